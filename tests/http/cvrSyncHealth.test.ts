import assert from 'node:assert/strict';
import type { ReadinessResponse } from '../../bot/contract/readinessContract.js';
import type { HealthReport } from '../../bot/http/healthRoute.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { CvrStandIn } from '../support/cvrStandIn.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const DAY = 24 * 3600_000;

/**
 * /healthz and the readiness view report the CVR sync: fine while it works or has failed for less than a day,
 * degraded after a day of failures, and never a 503 for it (App Service would take out and restart every
 * instance, which cannot mend an outside service).
 */
describe('/healthz and readiness include the CVR sync', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let cvr: CvrStandIn;
  let t: TestApp;
  let offsetMs = 0;

  before(async () => {
    azurite = await startTestAzurite();
    cvr = new CvrStandIn();
    const url = await cvr.start();
    t = await startTestApp(azurite, {
      now: () => new Date(Date.now() + offsetMs),
      // A wrong password: every run fails with 401. The test runs the sync itself (no timer).
      config: { cvr: { url, user: cvr.user, password: 'forkert', municipalityCodes: ['707'], deltaMinutes: 60, fullDays: 7 } },
      deps: { cvrTickMs: 0, cvrSource: { maxAttempts: 1, backoffMs: 10 } },
    });
  });
  after(async () => {
    await t?.stop();
    await cvr?.stop();
    await azurite?.stop();
  });

  async function health(): Promise<{ status: number; body: HealthReport }> {
    const res = await fetch(`${t.baseUrl}/healthz`);
    return { status: res.status, body: (await res.json()) as HealthReport };
  }

  it('is ok before the first run and after a failure of less than a day, degraded (still 200) after a day', async () => {
    const coordinator = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    const fresh = await health();
    assert.equal(fresh.status, 200);
    assert.equal(fresh.body.status, 'ok');
    assert.deepEqual(fresh.body.cvrSync, { status: 'ok', failingSince: null });

    assert.equal((await t.app.cvrSync.tick()).kind, 'failed');
    const failing = await health();
    assert.equal(failing.status, 200);
    assert.equal(failing.body.status, 'ok', 'a failure of minutes is no reason to alarm anyone');
    assert.equal(failing.body.cvrSync.status, 'ok');
    assert.ok(failing.body.cvrSync.failingSince);
    assert.equal((await coordinator.get<ReadinessResponse>('/readiness')).body.status, 'ready');

    offsetMs = DAY + 60_000;
    try {
      const degraded = await health();
      assert.equal(degraded.status, 200, 'liveness: the instance still answers');
      assert.equal(degraded.body.ok, true);
      assert.equal(degraded.body.status, 'degraded');
      assert.deepEqual(degraded.body.cvrSync, { status: 'degraded', failingSince: failing.body.cvrSync.failingSince });

      await t.app.readModel.refresh(); // the read model catches up at the moved clock, so only the sync is behind
      const { body } = await coordinator.get<ReadinessResponse>('/readiness');
      assert.equal(body.readModel.ok, true, JSON.stringify(body.readModel));
      assert.equal(body.status, 'degraded');
      assert.equal(body.ok, false);
      assert.equal(body.cvrSync?.status, 'degraded');
      assert.equal(body.cvrSync?.failingLong, true);
    } finally {
      offsetMs = 0;
    }
  });
});
