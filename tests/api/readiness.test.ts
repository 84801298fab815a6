import assert from 'node:assert/strict';
import type { ReadinessResponse } from '../../bot/contract/readinessContract.js';
import type { HealthReport } from '../../bot/http/healthRoute.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

/** The lease job under which DigestService records each posted week. */
const DIGEST_JOB = 'digest';

describe('GET /api/tab/readiness: the coordinator\'s readiness view', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  // The server's clock: moved forward to make the read model look stale without waiting.
  let offsetMs = 0;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { now: () => new Date(Date.now() + offsetMs) });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  it('is for the coordinator only', async () => {
    const staff = await localTabApi(t.baseUrl, 'Lars Bækgaard');
    assert.equal((await staff.get('/readiness')).status, 403);
  });

  it('reports storage reachable, the read model caught up, no digest yet and no CVR sync configured', async () => {
    const api = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    const { status, body } = await api.get<ReadinessResponse>('/readiness');
    assert.equal(status, 200);
    assert.equal(body.storage.ok, true);
    assert.equal(body.readModel.ok, true, JSON.stringify(body.readModel));
    assert.equal(body.readModel.allowedLagSeconds, 40);
    assert.ok(body.readModel.lagSeconds !== null && body.readModel.lagSeconds <= 40);
    assert.deepEqual(body.digest, { lastWeek: null, lastPostedAt: null });
    assert.equal(body.cvrSync, null);
    assert.equal(body.ok, true);
    assert.equal(body.status, 'ready');
    const health = (await (await fetch(`${t.baseUrl}/healthz`)).json()) as HealthReport;
    assert.equal(health.status, 'ok');
    assert.deepEqual(health.cvrSync, { status: 'off', failingSince: null }, 'a sync that is not configured is not a fault');
  });

  it('is not ready when the read model has not caught up within two polling intervals', async () => {
    const api = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    offsetMs = 5 * 60_000;
    try {
      const { body } = await api.get<ReadinessResponse>('/readiness');
      assert.equal(body.readModel.ok, false);
      assert.ok((body.readModel.lagSeconds ?? 0) >= 300, JSON.stringify(body.readModel));
      assert.equal(body.ok, false);
    } finally {
      offsetMs = 0;
    }
  });

  it('names the last week whose digest was posted', async () => {
    // What a posted digest leaves behind: its week's lease, completed.
    assert.equal(await t.stores.leases.acquire(DIGEST_JOB, '2026-W49', 'another-instance', new Date()), true);
    await t.stores.leases.complete(DIGEST_JOB, '2026-W49', null);
    const api = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    const { body } = await api.get<ReadinessResponse>('/readiness');
    assert.equal(body.digest.lastWeek, '2026-W49');
    assert.ok(body.digest.lastPostedAt, 'with the time it was posted');
  });

  it('reports storage unreachable when Azurite stops', async () => {
    const api = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    await azurite.stop();
    const { status, body } = await api.get<ReadinessResponse>('/readiness');
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.storage.ok, false);
    assert.equal(body.ok, false);
    assert.equal(body.status, 'notReady');
  });
});
