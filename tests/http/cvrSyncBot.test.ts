import assert from 'node:assert/strict';
import type { CompanyResponse } from '../../bot/contract/api.js';
import type { CvrSyncStatusResponse, RegisterChangesResponse } from '../../bot/contract/registerChangeContract.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { cardOf, cardTexts } from '../support/botClient.js';
import { validCvr } from '../support/companies.js';
import { CvrStandIn, cvrHit, cvrUnitHit } from '../support/cvrStandIn.js';
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
  /** Registered in Aarhus, with a workshop in Grenaa: found through its production unit. */
  const ELSEWHERE = { cvr: validCvr(303), name: 'Aarhus Elinstallation A/S', kommune: 751, postnummer: 8000, by: 'Aarhus C' };
  const NEW = { cvr: validCvr(302), name: 'Fjellerup Surfudlejning ApS', postnummer: 8585, by: 'Glesborg', branchekode: '773900' };

  before(async () => {
    azurite = await startTestAzurite();
    cvr = new CvrStandIn();
    const url = await cvr.start();
    cvr.put(cvrHit(OLD), cvrHit(ELSEWHERE));
    cvr.putUnit(cvrUnitHit({ pNumber: '1017654321', cvr: ELSEWHERE.cvr, vejnavn: 'Lillegade', postnummer: 8500, by: 'Grenaa' }));
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

  it('shows a company registered elsewhere with a production unit here as "P-enhed i kommunen" in the answer and the company page', async () => {
    const coordinator = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    await until(async () => ((await coordinator.get<CvrSyncStatusResponse>('/cvr-sync')).body.state.lastFullAt ?? undefined), 'the first full sync');
    const texts = cardTexts(cardOf((await t.client.say('Aarhus Elinstallation'))[0]));
    assert.ok(texts.some((x) => x.includes('P-enhed i kommunen: Lillegade 4, 8500 Grenaa (P-nr. 1017654321)')), texts.join('\n'));
    const { status, body } = await coordinator.get<CompanyResponse>(`/companies/${ELSEWHERE.cvr}`);
    assert.equal(status, 200);
    assert.equal(body.company.inMunicipality, false);
    assert.deepEqual(body.company.localUnits?.map((u) => [u.pNumber, u.address.municipalityCode]), [['1017654321', '707']]);
  });

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
