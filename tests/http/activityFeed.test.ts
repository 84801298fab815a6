import assert from 'node:assert/strict';
import type { ActivityFeedSettings, SavedPlan } from '../../bot/contract/api.js';
import type { Contact } from '../../bot/domain/contact.js';
import type { PlanItem } from '../../bot/domain/planning/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { GraphActivityFeed } from '../../bot/services/graph/graphActivityFeed.js';
import { cardOf, cardTexts, type Sender } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { dayContact } from '../support/domainFixtures.js';
import { FixedTokenCredential, GraphStub } from '../support/graphStub.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

/** Monday 30 November 2026, 11:00 in Copenhagen. */
const NOW = new Date('2026-11-30T10:00:00Z');
// The local identities (bot/demo/localUsers.ts): the tab's local sign-in and the bot's senders share their ids.
const METTE = { id: '00000000-0000-4000-8000-000000000001', name: 'Mette Kjærgaard' }; // coordinator, erhverv
const HENRIK = { id: '00000000-0000-4000-8000-000000000002', name: 'Henrik Østergaard' }; // jobcenter
const CAMILLA = { id: '00000000-0000-4000-8000-000000000003', name: 'Camilla Brøndum' }; // unge
const BIRGITTE = { id: '00000000-0000-4000-8000-000000000004', name: 'Birgitte Hald' }; // boern-familie
const LARS = { id: '00000000-0000-4000-8000-000000000005', name: 'Lars Bækgaard' }; // skole
const PIA = { id: '00000000-0000-4000-8000-000000000006', name: 'Pia Mølgaard' }; // jobcenter

const SMEDIE = testCompany({ cvr: validCvr(301), name: 'Grenaa Smedie ApS' });
const BAGER = testCompany({ cvr: validCvr(302), name: 'Vivild Bageri' });
const KRO = testCompany({ cvr: validCvr(303), name: 'Anholt Havnekro ApS' });
const SAVVAERK = testCompany({ cvr: validCvr(304), name: 'Ørum Savværk ApS' });
const FISK = testCompany({ cvr: validCvr(305), name: 'Bønnerup Fiskeeksport A/S' });

const asSender = (p: { id: string; name: string }): Sender => ({ id: `user-${p.id.slice(-2)}`, name: p.name, aadObjectId: p.id });

function contact(n: number, cvr: string, unit: string, date: string, who: { id: string; name: string }): Contact {
  return dayContact(`2026${String(n).padStart(14, '0')}`, cvr, unit, date, { staffId: who.id, staffName: who.name });
}

function item(company: { cvr: string; name: string }, unit: string, person: string | null): PlanItem {
  return {
    cvr: company.cvr,
    companyName: company.name,
    unit,
    person,
    reasons: [{ code: 'addedByCoordinator' }],
    score: 1,
    advertisingProtected: false,
    flags: ['manual'],
    optedOutUnits: [],
    section: null,
    area: null,
    employeeBand: null,
  };
}

describe('Activity-feed notices through Microsoft Graph (stub) for plans and opt-outs', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let graph: GraphStub;
  let credential: FixedTokenCredential;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    graph = new GraphStub();
    const baseUrl = await graph.start();
    credential = new FixedTokenCredential('feed-token');
    let tick = 0;
    t = await startTestApp(azurite, {
      now: () => new Date(NOW.getTime() + tick++),
      deps: { activityFeedSender: new GraphActivityFeed({ credential, baseUrl }) },
      seed: async (s) => {
        await s.companies.upsertMany([SMEDIE, BAGER, KRO, SAVVAERK, FISK]);
        const contacts = [
          contact(1, SMEDIE.cvr, 'jobcenter', '2026-10-01', HENRIK),
          contact(2, KRO.cvr, 'jobcenter', '2026-11-02', HENRIK),
          contact(3, KRO.cvr, 'skole', '2026-09-02', LARS), // day 90 back from 30 November, today included
          contact(4, KRO.cvr, 'unge', '2026-09-01', CAMILLA), // day 91: too long ago
          contact(5, KRO.cvr, 'jobcenter', '2026-11-20', PIA), // Pia turns notices off below
          contact(6, KRO.cvr, 'boern-familie', '2026-11-25', BIRGITTE), // registers the opt-out herself
          contact(7, BAGER.cvr, 'skole', '2026-11-29', LARS),
          contact(8, BAGER.cvr, 'jobcenter', '2026-11-28', HENRIK), // registers the opt-out in the tab
        ].map((c) => ({ ...c, id: s.journal.mintContactId(Date.parse(`${c.date}T09:00:00Z`)) }));
        await s.journal.upsertMany(contacts);
      },
    });
  });
  after(async () => {
    await t?.stop();
    await graph?.stop();
    await azurite?.stop();
  });

  const sent = () =>
    graph.notifications.map((n) => [
      n.userId,
      (n.body.templateParameters as { name: string; value: string }[]).find((p) => p.name === 'company')?.value,
      n.body.activityType,
    ]);
  const warnings = () => t.logs.filter((l) => l.includes('"level":40') || l.includes('"level":"warn"'));

  it("keeps each person's choice, on by default for their own items and off for the unit's, and refuses a malformed one", async () => {
    const pia = await localTabApi(t.baseUrl, PIA.name);
    assert.deepEqual((await pia.get<ActivityFeedSettings>('/activity-feed')).body, { notify: true, unitItems: false, available: true });
    const saved = await pia.put<ActivityFeedSettings>('/activity-feed', { notify: false, unitItems: false });
    assert.deepEqual(saved.body, { notify: false, unitItems: false, available: true });
    assert.deepEqual((await pia.get<ActivityFeedSettings>('/activity-feed')).body.notify, false);
    const bad = await pia.put<{ message: string }>('/activity-feed', { notify: 'ja' });
    assert.equal(bad.status, 400);
    assert.match(bad.body.message, /Vælg til eller fra/);
    const camilla = await localTabApi(t.baseUrl, CAMILLA.name);
    assert.equal((await camilla.put<ActivityFeedSettings>('/activity-feed', { notify: true, unitItems: true })).status, 200);
    assert.deepEqual(await t.stores.activityFeed.get(CAMILLA.id), {
      userId: CAMILLA.id,
      displayName: CAMILLA.name,
      unit: 'unge',
      choice: { notify: true, unitItems: true },
    });
  });

  let first: SavedPlan;

  it('tells the named and the opted-in unit members of a saved plan, not the opted-out nor the coordinator who saved it', async () => {
    const mette = await localTabApi(t.baseUrl, METTE.name);
    const res = await mette.post<SavedPlan>('/plans', {
      items: [
        item(SMEDIE, 'jobcenter', HENRIK.name),
        item(BAGER, 'jobcenter', PIA.name),
        item(SAVVAERK, 'unge', null),
        item(FISK, 'erhverv', METTE.name),
      ],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    first = res.body;
    await t.app.activityFeed.settled();
    assert.deepEqual(sent(), [
      [HENRIK.id, SMEDIE.name, 'planItemAssigned'],
      [CAMILLA.id, SAVVAERK.name, 'planItemAssignedToUnit'],
    ]);
    const henrik = graph.notifications[0];
    assert.deepEqual(henrik.body, {
      topic: { source: 'text', value: SMEDIE.name, webUrl: `https://erhverv.example/tab/index.html#/virksomhed/${SMEDIE.cvr}` },
      activityType: 'planItemAssigned',
      previewText: { content: `Du står i kontaktplanen til ${SMEDIE.name} (CVR ${SMEDIE.cvr}).` },
      templateParameters: [
        { name: 'actor', value: METTE.name },
        { name: 'company', value: SMEDIE.name },
      ],
    });
    const request = graph.requests.find((r) => r.url.endsWith('/sendActivityNotification'));
    assert.equal(request?.url, `/v1.0/users/${HENRIK.id}/teamwork/sendActivityNotification`);
    assert.equal(request?.authorization, 'Bearer feed-token');
    const unit = graph.notifications[1].body.templateParameters as { name: string; value: string }[];
    assert.deepEqual(unit, [
      { name: 'actor', value: METTE.name },
      { name: 'unit', value: 'Ungeindsatsen' },
      { name: 'company', value: SAVVAERK.name },
    ]);
  });

  it('tells only of assignments a new version changes, not again of those it keeps', async () => {
    const before = graph.notifications.length;
    const mette = await localTabApi(t.baseUrl, METTE.name);
    const res = await mette.post<SavedPlan>('/plans', {
      basedOn: first.id,
      items: [item(SMEDIE, 'jobcenter', HENRIK.name), item(BAGER, 'jobcenter', HENRIK.name), item(SAVVAERK, 'unge', null)],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.version, 2);
    await t.app.activityFeed.settled();
    assert.deepEqual(
      graph.notifications.slice(before).map((n) => [n.userId, n.body.activityType, (n.body.topic as { value: string }).value]),
      [[HENRIK.id, 'planItemAssigned', BAGER.name]],
    );
  });

  it('tells the staff who contacted a company in the last 90 days when it opts out through the bot', async () => {
    const before = graph.notifications.length;
    const from = asSender(BIRGITTE);
    const [reply] = await t.client.say('Anholt Havnekro har frabedt sig kontakt fordi de får for mange opkald', { from });
    const submit =
      (cardOf(reply) as { actions?: { verb?: string; data?: Record<string, unknown> }[] }).actions?.find((a) => a.verb === 'optOut.submit')
        ?.data ?? {};
    const saved = await t.client.execute(
      'optOut.submit',
      { ...submit, optOutScope: 'all', optOutReason: 'For mange opkald', optOutSource: 'telefon' },
      { from },
    );
    assert.match(cardTexts(saved.body.value).join('\n'), /Frabedt kontakt er registreret/);
    await t.app.activityFeed.settled();
    const fresh = graph.notifications.slice(before);
    assert.deepEqual(fresh.map((n) => n.userId).sort(), [HENRIK.id, LARS.id].sort());
    assert.deepEqual(fresh[0].body.activityType, 'companyOptedOut');
    assert.deepEqual(fresh[0].body.templateParameters, [{ name: 'company', value: KRO.name }]);
    // A retried submit of the same card stores nothing new, so nobody is told twice.
    await t.client.execute(
      'optOut.submit',
      { ...submit, optOutScope: 'all', optOutReason: 'For mange opkald', optOutSource: 'telefon' },
      { from },
    );
    await t.app.activityFeed.settled();
    assert.equal(graph.notifications.length, before + 2);
  });

  it('tells them too when the opt-out is registered in the tab (the bot and the tab share the contact-log service)', async () => {
    const before = graph.notifications.length;
    const henrik = await localTabApi(t.baseUrl, HENRIK.name);
    const res = await henrik.post<{ id: string }>('/optouts', {
      cvr: BAGER.cvr,
      scope: { kind: 'all' },
      reason: 'Ønsker ro',
      source: 'telefon',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await t.app.activityFeed.settled();
    assert.deepEqual(
      graph.notifications.slice(before).map((n) => [n.userId, n.body.activityType, (n.body.topic as { value: string }).value]),
      [[LARS.id, 'companyOptedOut', BAGER.name]],
    );
  });

  for (const status of [403, 404, 429, 500]) {
    it(`stores the plan and the opt-out when Graph answers ${status}, and logs a warning that says why`, async () => {
      graph.failWith = status;
      try {
        const before = warnings().length;
        const mette = await localTabApi(t.baseUrl, METTE.name);
        const res = await mette.post<SavedPlan>('/plans', { items: [item(SMEDIE, 'unge', CAMILLA.name)] });
        assert.equal(res.status, 200, JSON.stringify(res.body));
        assert.ok(await t.stores.plans.get(res.body.id), 'the plan is stored');
        await t.app.activityFeed.settled();
        const lines = warnings().slice(before);
        assert.equal(lines.length, 1, lines.join('\n'));
        assert.match(lines[0], new RegExp(`activity feed: 1 of 1 notice\\(s\\) for plan ${res.body.id} not sent: HTTP ${status}`));

        const optOut = await t.client.say(`${SMEDIE.name} har frabedt sig kontakt fordi de har travlt`, { from: asSender(LARS) });
        const submit =
          (cardOf(optOut[0]) as { actions?: { verb?: string; data?: Record<string, unknown> }[] }).actions?.find(
            (a) => a.verb === 'optOut.submit',
          )?.data ?? {};
        const saved = await t.client.execute(
          'optOut.submit',
          { ...submit, optOutScope: 'units', optOutUnits: 'skole', optOutReason: 'Travlt', optOutSource: 'telefon' },
          { from: asSender(LARS) },
        );
        assert.match(cardTexts(saved.body.value).join('\n'), /Frabedt kontakt er registreret/);
        assert.ok((await t.stores.history.read(SMEDIE.cvr)).optOuts.length >= 1, 'the opt-out is stored');
        await t.app.activityFeed.settled();
        assert.match(
          warnings().slice(before).join('\n'),
          new RegExp(`notice\\(s\\) for opt-out of ${SMEDIE.cvr} not sent: HTTP ${status}`),
        );
      } finally {
        graph.failWith = null;
      }
    });
  }

  it('stores the plan and says in the log why nothing was sent when Graph is not configured', async () => {
    const off = await startTestApp(azurite, {
      now: () => NOW,
      seed: async (s) => {
        await s.companies.upsertMany([SMEDIE]);
        await s.journal.upsertMany([
          { ...contact(1, SMEDIE.cvr, 'jobcenter', '2026-11-02', HENRIK), id: s.journal.mintContactId(Date.parse('2026-11-02T09:00:00Z')) },
        ]);
      },
    });
    try {
      const before = graph.requests.length;
      const mette = await localTabApi(off.baseUrl, METTE.name);
      const res = await mette.post<SavedPlan>('/plans', { items: [item(SMEDIE, 'jobcenter', HENRIK.name)] });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.ok(await off.stores.plans.get(res.body.id));
      await off.app.activityFeed.settled();
      assert.match(off.logs.join('\n'), /activity feed: 1 notice\(s\) for plan \S+ not sent: Microsoft Graph is not configured/);
      assert.equal(graph.requests.length, before, 'nothing reached Graph');
    } finally {
      await off.stop();
    }
  });
});
