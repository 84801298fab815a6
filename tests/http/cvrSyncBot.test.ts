import assert from 'node:assert/strict';
import type { CvrSyncStatusResponse, RegisterChangesResponse } from '../../bot/contract/registerChangeContract.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { cardOf, cardTexts } from '../support/botClient.js';
import { validCvr } from '../support/companies.js';
import { CvrStandIn, cvrHit } from '../support/cvrStandIn.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

/**
 * Done when a company registered in CVR is found by the bot and listed on the changes page without anyone
 * running a command: the server's own schedule (a delta every 0.6 s here) fetches it from the stand-in.
 */
describe('The register keeps itself current from CVR', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let cvr: CvrStandIn;
  let t: TestApp;
  const OLD = { cvr: validCvr(301), name: 'Gjerrild Kro ApS', postnummer: 8500, by: 'Grenaa' };
  const NEW = { cvr: validCvr(302), name: 'Fjellerup Surfudlejning ApS', postnummer: 8585, by: 'Glesborg', branchekode: '773900' };

  before(async () => {
    azurite = await startTestAzurite();
    cvr = new CvrStandIn();
    const url = await cvr.start();
    cvr.put(cvrHit(OLD));
    t = await startTestApp(azurite, {
      config: { cvr: { url, user: cvr.user, password: cvr.password, municipalityCodes: ['707'], deltaMinutes: 0.01, fullDays: 7 } },
      deps: { cvrTickMs: 100, cvrSource: { pageSize: 50, requestTimeoutMs: 5000, maxAttempts: 2, backoffMs: 10 } },
    });
  });
  after(async () => {
    await t?.stop();
    await cvr?.stop();
    await azurite?.stop();
  });

  async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = await probe();
      if (v !== undefined) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('finds a newly registered company through /api/messages and lists it as new', async () => {
    const coordinator = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    await until(async () => ((await coordinator.get<CvrSyncStatusResponse>('/cvr-sync')).body.state.lastFullAt ?? undefined), 'the first full sync');
    assert.equal(t.app.directory.get(OLD.cvr)?.name, OLD.name);

    cvr.put(cvrHit({ ...NEW, sidstOpdateret: new Date().toISOString() }));
    const texts = await until(async () => {
      const replies = await t.client.say('Fjellerup Surfudlejning');
      const all = cardTexts(cardOf(replies[0]));
      return all.includes(NEW.name) ? all : undefined;
    }, 'the bot to know the new company');
    assert.ok(texts.some((x) => x.includes(`CVR ${NEW.cvr}`)), texts.join('\n'));

    const month = new Date().toISOString().slice(0, 7);
    const { status, body } = await coordinator.get<RegisterChangesResponse>(`/register-changes?from=${month}&to=${month}&kind=new`);
    assert.equal(status, 200);
    assert.deepEqual(body.changes.map((c) => [c.kind, c.cvr, c.name]), [['new', NEW.cvr, NEW.name]]);

    const bad = await coordinator.get<{ message: string }>('/register-changes?kind=nyhed');
    assert.equal(bad.status, 400);
    assert.match(bad.body.message, /Ukendt slags ændring/);
    const sync = (await coordinator.get<CvrSyncStatusResponse>('/cvr-sync')).body;
    assert.equal(sync.configured, true);
    assert.equal(sync.state.lastError, null);
    assert.ok(sync.state.lastDeltaAt);
  });
});
