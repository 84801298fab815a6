import assert from 'node:assert/strict';
import type { ApiError, CompanyResponse, MeResponse, OverviewResponse, StrategyHistoryResponse, StrategyResponse } from '../../bot/contract/api.js';
import type { Contact } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import { addDays, addMonths, copenhagenDay } from '../../bot/domain/danishTime.js';
import type { ContactStrategy, StrategyDraft } from '../../bot/domain/strategy/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { cardOf, cardTexts, containersWithStyle, type Sender } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { startTestAzurite, tablePrefixOf } from '../support/storage.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

type TabApi = Awaited<ReturnType<typeof localTabApi>>;

const TODAY = copenhagenDay(new Date());
const MASKINSTATION = testCompany({ cvr: validCvr(701), name: 'Grenaa Maskinstation ApS' });
// Same industry (016100, section A) and area (8500) as the machine station, so segment owners reach both.
const GARTNERI = testCompany({ cvr: validCvr(702), name: 'Hemmed Gartneri ApS' });
const ANHOLT = testCompany({ cvr: validCvr(703), name: 'Anholt Isbod', industryCode: '563010', address: { street: 'Havnen 3', postalCode: '8592', town: 'Anholt', municipalityCode: '707' } });
const LARS: Sender = { id: 'user-skole-1', name: 'Lars Bækgaard', aadObjectId: '00000000-0000-4000-8000-000000000005' };
const METTE: Sender = { id: 'user-erhverv-1', name: 'Mette Kjærgaard', aadObjectId: '00000000-0000-4000-8000-000000000001' };

const contact = (cvr: string, unit: string, date: string): Contact => ({
  id: newEventId(Date.parse(`${date}T09:00:00Z`)), cvr, unit, staffName: `${unit}-medarbejder`, staffId: null, date, channel: 'telefon', purpose: 'andet',
  outcome: null, followUpDate: null, note: null, rating: null, createdAt: `${date}T09:00:00.000Z`, createdBy: 'test',
});

function draftOf(s: ContactStrategy): StrategyDraft {
  return { units: s.units, purposes: s.purposes, windows: s.windows, silenceMonths: s.silenceMonths, owners: s.owners, note: null };
}

describe('The contact strategy: saved in the tab, enforced by the bot', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  let coordinator: TabApi;
  let staff: TabApi;

  before(async () => {
    azurite = await startTestAzurite();
    const contacts = [
      // The youth unit called the machine station 40 days ago: outside the overall 30-day window.
      contact(MASKINSTATION.cvr, 'unge', addDays(TODAY, -40)),
      // The ice kiosk was last contacted 8 months ago: silent only under a threshold shorter than that.
      contact(ANHOLT.cvr, 'erhverv', addMonths(TODAY, -8)),
    ];
    t = await startTestApp(azurite, {
      seed: async (s) => {
        await s.companies.upsertMany([MASKINSTATION, GARTNERI, ANHOLT]);
        await s.history.upsertContacts(contacts);
        await s.journal.upsertMany(contacts);
      },
    });
    coordinator = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    staff = await localTabApi(t.baseUrl, 'Lars Bækgaard');
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  const current = async () => (await staff.get<StrategyResponse>('/strategy')).body.strategy;
  const save = (basedOnVersion: number, strategy: StrategyDraft, as = coordinator) => as.put<StrategyResponse & ApiError>('/strategy', { basedOnVersion, strategy });

  async function answer(company: string, from?: Sender): Promise<{ texts: string; owner: boolean; parallel: boolean }> {
    const replies = await t.client.say(`har nogen kontaktet ${company}?`, { from });
    const card = cardOf(replies[0]);
    return {
      texts: cardTexts(card).join('\n'),
      owner: containersWithStyle(card, 'accent').length > 0,
      parallel: containersWithStyle(card, 'warning').length > 0,
    };
  }

  it('starts from the configured window, the five units and a 12-month silence, as version 0', async () => {
    const s = await current();
    assert.deepEqual([s.version, s.windows.overallDays, s.silenceMonths, s.units.length, s.owners.length], [0, 30, 12, 5, 0]);
    const before = await answer('Grenaa Maskinstation');
    assert.equal(before.parallel, false, 'the youth unit\'s call 40 days ago is outside the 30-day window');
    assert.equal(before.owner, false);
  });

  it('refuses a save by staff, a stale version and invalid input, and stores nothing', async () => {
    const s = await current();
    const wider = { ...draftOf(s), silenceMonths: 6 };
    assert.equal((await save(0, wider, staff)).status, 403);
    const stale = await save(3, wider);
    assert.equal(stale.status, 409);
    const invalid = await save(0, {
      ...draftOf(s),
      units: s.units.slice(1),
      windows: { overallDays: 0, pairs: [{ units: ['jobcenter', 'jobcenter'], days: 10 }] },
      owners: [{ id: 'x', target: { kind: 'area', postalCode: '8000' }, unit: 'jobcenter', person: 'Mette', note: 'CPR 010203-1234' }],
    });
    assert.equal(invalid.status, 400);
    assert.deepEqual(Object.keys(invalid.body.fields ?? {}).sort(), ['owners.0.note', 'owners.0.target', 'units', 'windows.overallDays', 'windows.pairs.0.units']);
    assert.match(invalid.body.fields?.units ?? '', /kan ikke fjernes/);
    assert.equal((await current()).version, 0);
    assert.deepEqual((await staff.get<StrategyHistoryResponse>('/strategy/history')).body.versions, []);
  });

  it('a saved owner and pair window change the bot\'s warnings at once', async () => {
    const s = await current();
    const saved = await save(0, {
      ...draftOf(s),
      windows: { overallDays: 30, pairs: [{ units: ['jobcenter', 'unge'], days: 45 }] },
      owners: [
        { id: '', target: { kind: 'company', cvr: MASKINSTATION.cvr }, unit: 'erhverv', person: 'Mette Kjærgaard', note: 'Nøglevirksomhed: aftal alle kontakter med Erhverv.' },
        { id: '', target: { kind: 'industry', section: 'A' }, unit: 'jobcenter', person: null, note: null },
      ],
      note: 'Jobcentret og Ungeindsatsen deler mange landbrugsvirksomheder.',
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.strategy.version, 1);
    assert.equal(saved.body.strategy.savedBy, 'Mette Kjærgaard');
    assert.equal(saved.body.companyNames[MASKINSTATION.cvr], MASKINSTATION.name);
    assert.ok(saved.body.strategy.owners.every((o) => o.id.length > 0), 'owners get ids');

    const henrik = await answer('Grenaa Maskinstation');
    assert.equal(henrik.parallel, true, 'jobcentre and youth unit now share a 45-day window');
    assert.equal(henrik.owner, true);
    assert.match(henrik.texts, /Spørg først Mette Kjærgaard \(Erhverv\)/);
    assert.match(henrik.texts, /Kontaktansvarlig for virksomheden/, 'the company owner wins over the industry owner');
    assert.match(henrik.texts, /Nøglevirksomhed/);

    const lars = await answer('Grenaa Maskinstation', LARS);
    assert.equal(lars.parallel, false, 'the pair rule does not reach the schools');
    assert.equal(lars.owner, true);

    const mette = await answer('Grenaa Maskinstation', METTE);
    assert.equal(mette.owner, false, 'the owner\'s own unit is not told to ask itself');

    const gartneri = await answer('Hemmed Gartneri', LARS);
    assert.match(gartneri.texts, /Spørg først Jobcentret/);
    assert.match(gartneri.texts, /Kontaktansvarlig for branchen A Landbrug/);
    assert.equal((await answer('Anholt Isbod', LARS)).owner, false, 'another industry, another area: no owner');
  });

  it('the log card and its confirmation say to ask the owner first', async () => {
    const open = await t.client.execute('logContact.open', { cvr: MASKINSTATION.cvr });
    const card = open.body.value as { actions: { verb: string; data: Record<string, unknown> }[] };
    assert.match(cardTexts(card).join('\n'), /Spørg først Mette Kjærgaard \(Erhverv\)/);
    const ids = card.actions.find((a) => a.verb === 'logContact.submit')!.data;
    const saved = await t.client.execute('logContact.submit', { ...ids, date: TODAY, unit: 'jobcenter', channel: 'telefon', purpose: 'rekruttering' });
    const texts = cardTexts(saved.body.value).join('\n');
    assert.match(texts, /Kontakten er gemt/);
    assert.match(texts, /Spørg først Mette Kjærgaard \(Erhverv\) \(kontaktansvarlig for virksomheden\)/);
  });

  it('the company page names the owner, and the history says what changed, by whom', async () => {
    const company = await staff.get<CompanyResponse>(`/companies/${GARTNERI.cvr}`);
    assert.deepEqual([company.body.owner?.unit, company.body.owner?.target], ['jobcenter', { kind: 'industry', section: 'A' }]);
    const listed = (await staff.get<StrategyHistoryResponse>('/strategy/history')).body;
    assert.deepEqual(listed.companyNames, { [MASKINSTATION.cvr]: MASKINSTATION.name }, 'companies named in the changes come with their names');
    const history = listed.versions;
    assert.equal(history.length, 1);
    assert.equal(history[0].savedBy, 'Mette Kjærgaard');
    assert.match(history[0].note ?? '', /deler mange landbrugsvirksomheder/);
    assert.deepEqual(history[0].changes.map((c) => c.kind).sort(), ['ownerAdded', 'ownerAdded', 'pairWindow']);
  });

  it('a shorter silence threshold and window reach the overview and the tab at once, and other instances on refresh', async () => {
    const silentBefore = (await coordinator.get<OverviewResponse>('/overview')).body.overview.silent.map((s) => s.cvr);
    assert.ok(!silentBefore.includes(ANHOLT.cvr), 'contacted 8 months ago is not silent under 12 months');
    const s = await current();
    const saved = await save(s.version, { ...draftOf(s), windows: { ...s.windows, overallDays: 21 }, silenceMonths: 6 });
    assert.equal(saved.status, 200);
    const me = (await coordinator.get<MeResponse>('/me')).body;
    assert.deepEqual(me.settings, { windowDays: 21, pairWindows: [{ units: ['jobcenter', 'unge'], days: 45 }], silenceMonths: 6 });
    const silentAfter = (await coordinator.get<OverviewResponse>('/overview')).body.overview.silent.map((x) => x.cvr);
    assert.ok(silentAfter.includes(ANHOLT.cvr));

    const other = await startTestApp(azurite, { config: { tablePrefix: tablePrefixOf(t.stores) } });
    try {
      assert.equal(other.app.strategy.current().version, 2, 'a new instance starts from the stored strategy');
      const third = await save(2, { ...draftOf(saved.body.strategy), silenceMonths: 9 });
      assert.equal(third.status, 200);
      assert.equal(other.app.strategy.current().version, 2, 'until it refreshes');
      await other.app.strategy.load();
      assert.equal(other.app.strategy.current().silenceMonths, 9);
      const old = await staff.get<StrategyResponse>('/strategy/versions/1');
      assert.equal(old.body.strategy.silenceMonths, 12, 'older versions stay readable');
      assert.equal((await staff.get<ApiError>('/strategy/versions/99')).status, 404);
    } finally {
      await other.stop();
    }
  });

  it('a purpose added for a unit is offered in its log card, accepted and named in the confirmation', async () => {
    const s = await current();
    const saved = await save(s.version, {
      ...draftOf(s),
      purposes: [...s.purposes, { id: 'sommerjob', name: 'Sommerjob', nameEn: 'Summer job' }],
      units: s.units.map((u) => (u.id === 'jobcenter' ? { ...u, purposes: [...u.purposes, 'sommerjob'] } : u)),
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const open = await t.client.execute('logContact.open', { cvr: GARTNERI.cvr });
    const card = open.body.value as { actions: { verb: string; data: Record<string, unknown> }[] };
    assert.match(JSON.stringify(card), /"title":"Sommerjob","value":"sommerjob"/);
    const ids = card.actions.find((a) => a.verb === 'logContact.submit')!.data;
    const done = await t.client.execute('logContact.submit', { ...ids, date: TODAY, unit: 'jobcenter', channel: 'telefon', purpose: 'sommerjob' });
    assert.match(cardTexts(done.body.value).join('\n'), /Sommerjob/);
    assert.equal((await t.stores.history.read(GARTNERI.cvr)).contacts.at(-1)?.purpose, 'sommerjob');
    const again = (await t.client.execute('logContact.open', { cvr: GARTNERI.cvr })).body.value as typeof card;
    const otherIds = again.actions.find((a) => a.verb === 'logContact.submit')!.data;
    const refused = await t.client.execute('logContact.submit', { ...otherIds, date: TODAY, unit: 'skole', channel: 'telefon', purpose: 'sommerjob' });
    assert.match(cardTexts(refused.body.value).join('\n'), /Formålet hører ikke til den valgte enhed/, 'the schools did not take up summer jobs');
  });
});
