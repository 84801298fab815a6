import assert from 'node:assert/strict';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { companySubtitle } from '../../bot/cards/lookupCards.js';
import { parseCvrDocuments } from '../../bot/domain/companyImport/index.js';
import { CompanyDirectory } from '../../bot/services/companyDirectory.js';
import { CvrSource } from '../../bot/services/cvr/cvrSource.js';
import { CvrSyncService, type SyncOutcome } from '../../bot/services/cvr/cvrSyncService.js';
import type { Stores } from '../../bot/store/index.js';
import { validCvr } from '../support/companies.js';
import { CvrStandIn, cvrHit, cvrUnitHit } from '../support/cvrStandIn.js';
import { freshStores, otherInstanceStores, startTestAzurite } from '../support/storage.js';

/** A clock the test moves by hand, so "an hour later" needs no waiting. */
class Clock {
  constructor(public t = Date.parse('2026-12-07T09:00:00Z')) {}
  now = (): Date => new Date(this.t);
  advance(ms: number): void { this.t += ms; }
}

const HOUR = 3600_000;
const A = { cvr: validCvr(1), name: 'Grenaa Havnekiosk ApS' };
const B = { cvr: validCvr(2), name: 'Ørsted Tømrer og Snedker ApS', postnummer: 8950, by: 'Ørsted' };
const C = { cvr: validCvr(3), name: 'Bønnerup Strand Fiskerøgeri I/S', postnummer: 8585, by: 'Glesborg' };
const D = { cvr: validCvr(4), name: 'Allingåbro Maskinfabrik A/S', postnummer: 8961, by: 'Allingåbro' };
const ELSEWHERE = { cvr: validCvr(5), name: 'Aarhus Revision ApS', kommune: 751, postnummer: 8000, by: 'Aarhus C' };

describe('CVR sync against a stand-in of the system-to-system service', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let cvr: CvrStandIn;
  let baseUrl: string;

  before(async () => {
    azurite = await startTestAzurite();
    cvr = new CvrStandIn();
    baseUrl = await cvr.start();
  });
  after(async () => {
    await cvr?.stop();
    await azurite?.stop();
  });

  function setup(stores: Stores, clock: Clock, o: { password?: string; pageSize?: number; writeBatch?: number; instance?: string } = {}) {
    const directory = new CompanyDirectory(stores.companies, clock.now);
    const source = new CvrSource({
      baseUrl, user: cvr.user, password: o.password ?? cvr.password, pageSize: o.pageSize ?? 2,
      requestTimeoutMs: 1500, scrollKeepAlive: '1m', maxAttempts: 3, backoffMs: 20,
    });
    const sync = new CvrSyncService({
      source, store: stores.cvrSync, companies: stores.companies, directory, now: clock.now, instanceId: o.instance ?? 'test-1', log: () => undefined,
      settings: { municipalityCodes: ['707'], deltaMinutes: 60, fullDays: 7, pageSize: o.pageSize ?? 2, writeBatch: o.writeBatch ?? 2 },
    });
    return { directory, sync };
  }

  function ran(o: SyncOutcome) {
    assert.equal(o.kind, 'ran', JSON.stringify(o));
    return (o as Extract<SyncOutcome, { kind: 'ran' }>).run;
  }

  it('runs a full sync first (a baseline), then deltas that record new, ceased, moved, industry and reklamebeskyttelse changes', async () => {
    cvr.docs.clear();
    cvr.units.clear();
    cvr.put(cvrHit(A), cvrHit(B), cvrHit(C), cvrHit(D), cvrHit(ELSEWHERE));
    const clock = new Clock();
    const stores = await freshStores(azurite, clock.now);
    // Pages of 2 written in batches of 4 documents: the last batch is written when the scroll ends.
    const { directory, sync } = setup(stores, clock, { writeBatch: 4 });
    await directory.load();

    const full = ran(await sync.tick());
    assert.equal(full.kind, 'full');
    assert.equal(full.fetched, 4, 'the company in Aarhus is not asked for');
    assert.equal(full.inserted, 4);
    assert.equal(full.changes, 0, 'the first sync is the baseline');
    assert.equal((await stores.companies.get(B.cvr))?.name, 'Ørsted Tømrer og Snedker ApS');
    assert.equal(directory.get(A.cvr)?.name, A.name, 'the in-memory register heard of it at once');
    const journal = await stores.companies.changesSince(clock.t - HOUR);
    assert.ok(journal.companies.some((c) => c.cvr === C.cvr), 'written through the import\'s path, so the change journal has it');
    assert.ok(cvr.requests.every((r) => r.auth === `Basic ${Buffer.from(`${cvr.user}:${cvr.password}`).toString('base64')}`));
    const firstQuery = JSON.parse(cvr.requests.find((r) => r.path.startsWith('/cvr-permanent/virksomhed/_search?scroll='))!.body) as object;
    assert.match(JSON.stringify(firstQuery), /"Vrvirksomhed\.virksomhedMetadata\.nyesteBeliggenhedsadresse\.kommune\.kommuneKode":\[707\]/);
    assert.ok(cvr.requests.some((r) => r.path.startsWith('/_search/scroll?scroll=1m')), 'pages beyond the first come by scroll');

    assert.deepEqual(await sync.tick(), { kind: 'notDue' });
    clock.advance(HOUR);
    const NEW = { cvr: validCvr(6), name: 'Grenaa Æblemost ApS', sidstOpdateret: '2026-12-07T09:30:00.000+01:00' };
    const later = '2026-12-07T09:40:00.000+01:00';
    cvr.put(
      cvrHit(NEW),
      cvrHit({ ...A, status: 'OPHØRT', sidstOpdateret: later }),
      cvrHit({ ...B, kommune: 706, by: 'Rønde', postnummer: 8410, sidstOpdateret: later }),
      cvrHit({ ...C, branchekode: '102000', sidstOpdateret: later }),
      cvrHit({ ...D, reklamebeskyttet: true, sidstOpdateret: later }),
    );
    const delta = ran(await sync.tick());
    assert.equal(delta.kind, 'delta');
    const range = JSON.stringify(JSON.parse(cvr.requests.filter((r) => r.path.startsWith('/cvr-permanent/virksomhed/_search?scroll')).at(-1)!.body));
    assert.match(range, /"Vrvirksomhed\.sidstOpdateret":\{"gte":"2026-12-07T08:00:00\.000Z"\}/, 'asks for changes since the last run, less an hour');
    assert.match(range, new RegExp(`"Vrvirksomhed\\.cvrNummer":\\[[^\\]]*${B.cvr}`), 'asks for known companies by number, so a move out is seen');
    const changes = await sync.changes('2026-12', '2026-12');
    const kinds = Object.fromEntries(changes.map((c) => [c.kind, c.cvr]));
    assert.deepEqual(kinds, { new: NEW.cvr, ceased: A.cvr, movedOut: B.cvr, industry: C.cvr, protected: D.cvr });
    assert.equal(changes.find((c) => c.kind === 'industry')?.after, '102000 (DB07)');
    assert.equal(directory.get(NEW.cvr)?.name, 'Grenaa Æblemost ApS');
    assert.equal((await stores.companies.get(B.cvr))?.inMunicipality, false);

    clock.advance(HOUR);
    const again = ran(await sync.tick());
    assert.equal(again.inserted + again.updated, 0, 'an overlapping delta writes nothing twice');
    assert.equal((await sync.changes('2026-12', '2026-12')).length, 5, 'and records no change twice');
    const { state } = await sync.status();
    assert.equal(state.lastError, null);
    assert.ok(state.lastFullAt && state.lastDeltaAt);
  });

  it('includes companies registered elsewhere with a production unit here, marked "P-enhed i kommunen", and unmarks them when the unit closes', async () => {
    cvr.docs.clear();
    cvr.units.clear();
    const FAR = { cvr: validCvr(7), name: 'Vestjysk Entreprenør A/S', kommune: 657, postnummer: 7400, by: 'Herning' };
    const U_HERE = { pNumber: '1020304050', cvr: ELSEWHERE.cvr, vejnavn: 'Østre Kaj', postnummer: 8500, by: 'Grenaa' };
    cvr.put(cvrHit(A), cvrHit(ELSEWHERE), cvrHit(FAR));
    cvr.putUnit(
      cvrUnitHit(U_HERE),
      cvrUnitHit({ pNumber: '1020304051', cvr: A.cvr }), // A is registered here: no mark needed
      cvrUnitHit({ pNumber: '1020304052', cvr: FAR.cvr, kommune: 657, postnummer: 7400, by: 'Herning' }), // not here
    );
    const noOwner = cvrUnitHit({ pNumber: '1020304053', cvr: A.cvr }) as { _source: { VrproduktionsEnhed: Record<string, unknown> } };
    delete noOwner._source.VrproduktionsEnhed.virksomhedsrelation;
    delete (noOwner._source.VrproduktionsEnhed.produktionsEnhedMetadata as Record<string, unknown>).nyesteCvrNummerRelation;
    cvr.putUnit(noOwner);
    const clock = new Clock();
    const stores = await freshStores(azurite, clock.now);
    const { directory, sync } = setup(stores, clock);
    await directory.load();

    const full = ran(await sync.tick());
    assert.equal(full.inserted, 2, 'A, and the Aarhus company for its unit in Grenaa');
    assert.equal(full.refused, 1, 'the unit without a company is left out');
    const unitSearch = cvr.requests.find((r) => r.path.startsWith('/cvr-permanent/produktionsenhed/_search?scroll='));
    assert.match(unitSearch?.body ?? '', /"VrproduktionsEnhed\.produktionsEnhedMetadata\.nyesteBeliggenhedsadresse\.kommune\.kommuneKode":\[707\]/);
    const lookup = cvr.requests.find((r) => r.path === '/cvr-permanent/virksomhed/_search');
    assert.ok(lookup, 'the owner is fetched by CVR number in one look-up without a scroll');
    assert.match(lookup.body, new RegExp(`"Vrvirksomhed\\.cvrNummer":\\[${ELSEWHERE.cvr}\\]`));
    const stored = await stores.companies.get(ELSEWHERE.cvr);
    assert.equal(stored?.inMunicipality, false);
    assert.deepEqual(stored?.localUnits, [{ pNumber: U_HERE.pNumber, address: { street: 'Østre Kaj 4', postalCode: '8500', town: 'Grenaa', municipalityCode: '707' } }]);
    assert.equal((await stores.companies.get(A.cvr))?.localUnits, undefined);
    assert.equal(await stores.companies.get(FAR.cvr), null, 'a company with no unit here stays out');
    assert.deepEqual(directory.get(ELSEWHERE.cvr)?.localUnits, stored?.localUnits, 'the bot knows at once');
    assert.match(companySubtitle(directory.get(ELSEWHERE.cvr)!, 'da'), /Registreret uden for Norddjurs Kommune · P-enhed i kommunen: Østre Kaj 4, 8500 Grenaa \(P-nr\. 1020304050\)/);
    const journal = await stores.companies.changesSince(clock.t - HOUR);
    assert.ok(journal.companies.some((c) => c.cvr === ELSEWHERE.cvr && c.localUnits?.length === 1), 'other instances hear of the mark through the change journal');
    const fromFile = parseCvrDocuments([cvrHit({ ...ELSEWHERE, name: 'Aarhus Revision ApS (fil)' })]).rows[0].company;
    await stores.companies.upsertMany([fromFile]);
    assert.equal((await stores.companies.get(ELSEWHERE.cvr))?.localUnits?.length, 1, 'a file import, which knows no production units, keeps the mark');

    clock.advance(HOUR);
    cvr.put(cvrHit({ ...ELSEWHERE, name: 'Aarhus Revision & Rådgivning ApS', sidstOpdateret: '2026-12-07T09:45:00.000+01:00' }));
    ran(await sync.tick());
    const renamed = await stores.companies.get(ELSEWHERE.cvr);
    assert.equal(renamed?.name, 'Aarhus Revision & Rådgivning ApS', 'a marked company is kept current by the deltas');
    assert.equal(renamed?.localUnits?.length, 1, 'and keeps its mark');

    clock.advance(HOUR);
    cvr.putUnit(cvrUnitHit({ ...U_HERE, ophoert: true, sidstOpdateret: '2026-12-07T10:50:00.000+01:00' }));
    ran(await sync.tick());
    const unitQuery = cvr.requests.filter((r) => r.path.startsWith('/cvr-permanent/produktionsenhed')).at(-1)!.body;
    assert.match(unitQuery, /"VrproduktionsEnhed\.pNummer":\[1020304050\]/, 'known units are asked for by number, so a closed one is seen');
    assert.equal((await stores.companies.get(ELSEWHERE.cvr))?.localUnits, undefined, 'the mark goes with the unit');
    assert.equal(directory.get(ELSEWHERE.cvr)?.localUnits, undefined);
  });

  it('refuses a wrong password without retrying, writes nothing, and says so in Danish', async () => {
    cvr.docs.clear();
    cvr.units.clear();
    cvr.put(cvrHit(A));
    const clock = new Clock();
    const stores = await freshStores(azurite, clock.now);
    const { sync } = setup(stores, clock, { password: 'forkert' });
    const before = cvr.requests.length;
    const o = await sync.tick();
    assert.equal(o.kind, 'failed');
    assert.equal(cvr.requests.length - before, 1, 'a 401 is not retried');
    assert.equal(await stores.companies.get(A.cvr), null);
    const status = await sync.status();
    assert.match(status.state.lastError ?? '', /afviste brugernavn eller adgangskode/);
    assert.equal(status.failingLong, false);
    clock.advance(25 * HOUR);
    await sync.tick();
    assert.equal((await sync.status()).failingLong, true, 'a day of failures is flagged');
  });

  it('retries 429 and 503, and resumes after a timeout mid-scroll from the last company written', async () => {
    cvr.docs.clear();
    cvr.units.clear();
    cvr.put(cvrHit(A), cvrHit(B), cvrHit(C), cvrHit(D));
    // A document the import cannot read: counted and left out, the rest of its page is written.
    cvr.putRaw('broken', { _source: { Vrvirksomhed: { cvrNummer: 99999999, virksomhedMetadata: { nyesteNavn: { navn: 'Forkert CVR ApS' }, nyesteBeliggenhedsadresse: { kommune: { kommuneKode: 707 } } } } } });
    const clock = new Clock();
    const stores = await freshStores(azurite, clock.now);
    const { sync } = setup(stores, clock);
    // First search: 429, then 503, then served. Page 2 (a scroll) hangs past the timeout on every attempt.
    cvr.fault({ status: 429 }, { status: 503 }, { pass: true }, { hang: true }, { hang: true }, { hang: true });
    const failed = await sync.tick();
    assert.equal(failed.kind, 'failed');
    assert.match((failed as { error: string }).error, /svarede ikke inden for 2 sekunder/);
    const sorted = [A, B, C, D].map((x) => x.cvr).sort();
    const state = (await sync.status()).state;
    assert.equal(state.checkpoint?.pages, 1);
    assert.equal(state.checkpoint?.lastCvr, sorted[1]);
    assert.ok(await stores.companies.get(sorted[0]), 'the first page is written');
    assert.equal(await stores.companies.get(sorted[2]), null, 'nothing of the failed page is');

    const resumed = ran(await sync.tick());
    assert.equal(resumed.kind, 'full');
    const resumeQuery = cvr.requests.filter((r) => r.path.startsWith('/cvr-permanent/virksomhed/_search?scroll')).at(-1)!.body;
    assert.match(resumeQuery, new RegExp(`"Vrvirksomhed\\.cvrNummer":\\{"gt":${sorted[1]}\\}`));
    for (const c of sorted) assert.ok(await stores.companies.get(c), c);
    assert.equal(resumed.refused, 1);
    assert.equal((await sync.status()).state.checkpoint, null);
  });

  it('writes pages in batches: a failure inside a batch writes nothing of it, and the run resumes after the last batch written', async () => {
    cvr.docs.clear();
    cvr.units.clear();
    const E = { cvr: validCvr(8), name: 'Trustrup Vognmandsforretning ApS', postnummer: 8570, by: 'Trustrup' };
    cvr.put(cvrHit(A), cvrHit(B), cvrHit(C), cvrHit(D), cvrHit(E));
    const clock = new Clock();
    const stores = await freshStores(azurite, clock.now);
    const { sync } = setup(stores, clock, { writeBatch: 4 });
    // Pages of 2: pages 1 and 2 make the first batch; page 3 fails on every attempt.
    cvr.fault({ pass: true }, { pass: true }, { status: 503 }, { status: 503 }, { status: 503 });
    assert.equal((await sync.tick()).kind, 'failed');
    const sorted = [A, B, C, D, E].map((x) => x.cvr).sort();
    const { checkpoint } = (await sync.status()).state;
    assert.deepEqual([checkpoint?.phase, checkpoint?.pages, checkpoint?.lastCvr], ['companies', 2, sorted[3]]);
    for (const c of sorted.slice(0, 4)) assert.ok(await stores.companies.get(c), c);
    assert.equal(await stores.companies.get(sorted[4]), null);

    const resumed = ran(await sync.tick());
    assert.equal(resumed.inserted, 1);
    assert.ok(await stores.companies.get(sorted[4]));
  });

  it('resumes in the production unit phase without reading the companies again', async () => {
    cvr.docs.clear();
    cvr.units.clear();
    cvr.put(cvrHit(A), cvrHit(ELSEWHERE));
    cvr.putUnit(cvrUnitHit({ pNumber: '1020304060', cvr: ELSEWHERE.cvr }));
    const clock = new Clock();
    const stores = await freshStores(azurite, clock.now);
    const { sync } = setup(stores, clock);
    // The company search and its (empty) next page are served; the unit search is refused.
    cvr.fault({ pass: true }, { pass: true }, { status: 401 });
    assert.equal((await sync.tick()).kind, 'failed');
    assert.equal((await sync.status()).state.checkpoint?.phase, 'units');
    assert.ok(await stores.companies.get(A.cvr));
    const before = cvr.requests.length;

    ran(await sync.tick());
    // The unit search, its next page (asked for while the first is handled) and the owner's look-up.
    const paths = cvr.requests.slice(before).map((r) => r.path.replace(/\?.*/, '')).sort();
    assert.deepEqual(paths, ['/_search/scroll', '/cvr-permanent/produktionsenhed/_search', '/cvr-permanent/virksomhed/_search']);
    assert.equal((await stores.companies.get(ELSEWHERE.cvr))?.localUnits?.[0]?.pNumber, '1020304060');
  });

  it('lets one instance run at a time', async () => {
    cvr.docs.clear();
    cvr.units.clear();
    cvr.put(cvrHit(A), cvrHit(B), cvrHit(C));
    const clock = new Clock();
    const stores = await freshStores(azurite, clock.now);
    const one = setup(stores, clock, { instance: 'one' });
    const two = setup(otherInstanceStores(azurite, stores), clock, { instance: 'two' });
    cvr.fault({ hang: true });
    const before = cvr.requests.length;
    const first = one.sync.tick();
    await waitUntil(() => cvr.requests.length > before);
    assert.deepEqual(await two.sync.tick(), { kind: 'leaseTaken' });
    await first;
  });
});

async function waitUntil(ok: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
