import assert from 'node:assert/strict';
import type { SavedPlan } from '../../bot/contract/api.js';
import { generateDemoData } from '../../bot/demo/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { generatePlan } from '../../bot/domain/planning/index.js';
import { DEFAULT_UNITS } from '../../bot/domain/units.js';
import { changeStatus, newProposal } from '../../bot/domain/proposals.js';
import { PlanStore } from '../../bot/store/planStore.js';
import { cardTexts, type Sender } from '../support/botClient.js';
import { startTestAzurite, tablePrefixOf } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const CHANNEL = '19:koordinering@thread.tacv2';
const COORDINATOR: Sender = { id: 'user-erhverv-1', name: 'Mette Kjærgaard', aadObjectId: '00000000-0000-4000-8000-000000000001' };
const PIA: Sender = { id: 'user-jobcenter-2', name: 'Pia Mølgaard', aadObjectId: '00000000-0000-4000-8000-000000000006' };
/** Monday 30 November 2026, 10:00 in Copenhagen: the week 49 digest slot (08:00) has passed. */
const MONDAY_AFTER_SLOT = new Date('2026-11-30T09:00:00Z');
const DEMO = generateDemoData({ now: MONDAY_AFTER_SLOT, companyCount: 300, seed: 23 });

describe('Proactive posts: the digest and the plan in the coordinator\'s channel', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  let clock = MONDAY_AFTER_SLOT;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, {
      now: () => clock,
      seed: async (s) => {
        await s.companies.upsertMany(DEMO.companies);
        await s.journal.upsertMany(DEMO.contacts);
        await s.optOutRegister.upsertMany(DEMO.optOuts);
      },
    });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  const posts = () => t.capture.received.filter((r) => r.conversationId === CHANNEL && r.method === 'POST');

  it('remembers a team installation and forgets it on uninstall', async () => {
    await t.client.activity({ type: 'installationUpdate', action: 'add' }, { conversationType: 'channel', from: COORDINATOR });
    assert.equal((await t.stores.conversations.get(CHANNEL))?.channelName, 'Koordinering');
    await t.client.activity({ type: 'installationUpdate', action: 'remove' }, { conversationType: 'channel', from: COORDINATOR });
    assert.equal(await t.stores.conversations.get(CHANNEL), null);
  });

  it('lets only the coordinator choose the channel with "digest her"', async () => {
    const [refused] = await t.client.say('digest her', { conversationType: 'channel', mentionBot: true, from: PIA });
    assert.match(cardTexts(refused.activity.attachments?.[0]?.content).join(' '), /Kun erhvervskoordinatoren/);
    assert.equal(await t.stores.conversations.target(), null);
    const [chosen] = await t.client.say('digest her', { conversationType: 'channel', mentionBot: true, from: COORDINATOR });
    assert.match(cardTexts(chosen.activity.attachments?.[0]?.content).join(' '), /sendes nu til denne kanal \(Erhverv › Koordinering\)/);
    assert.equal((await t.stores.conversations.target())?.conversationId, CHANNEL);
  });

  it('posts the week\'s digest once, however many instances race for it', async () => {
    const other = await startTestApp(azurite, { now: () => clock, config: { tablePrefix: tablePrefixOf(t.stores) } });
    try {
      const before = posts().length;
      const outcomes = await Promise.all([t.app.digest.tick(), other.app.digest.tick(), t.app.digest.tick(), other.app.digest.tick()]);
      assert.deepEqual(outcomes.filter((o) => o.kind === 'posted').length, 1, JSON.stringify(outcomes));
      assert.equal(posts().length, before + 1, 'one message in the channel');
      const card = posts().at(-1)?.activity.attachments?.[0]?.content;
      assert.match(cardTexts(card).join('\n'), /Ugens overblik – uge 48/);
      assert.equal((await t.app.digest.tick()).kind, 'notDue');
      assert.equal((await other.app.digest.tick()).kind, 'notDue');
    } finally {
      await other.stop();
    }
  });

  it('posts a week missed while the server was down once, after a restart', async () => {
    clock = new Date('2026-12-08T11:30:00Z'); // Tuesday of week 50: Monday's slot passed while nothing ran
    const restarted = await startTestApp(azurite, { now: () => clock, config: { tablePrefix: tablePrefixOf(t.stores) } });
    try {
      const before = posts().length;
      assert.deepEqual(await restarted.app.digest.tick().then((o) => [o.kind, 'week' in o ? o.week : null]), ['posted', '2026-W50']);
      assert.equal((await restarted.app.digest.tick()).kind, 'notDue');
      assert.equal((await t.app.digest.tick()).kind, 'notDue');
      assert.equal(posts().length, before + 1);
    } finally {
      await restarted.stop();
      clock = MONDAY_AFTER_SLOT;
    }
  });

  it('posts a plan whose items can be claimed; the first claim wins and every copy is updated', async () => {
    const items = generatePlan({
      companies: DEMO.companies, contacts: DEMO.contacts, optOuts: DEMO.optOuts, today: '2026-11-30', windowDays: 30, silenceMonths: 12,
      units: DEFAULT_UNITS, size: 5,
    });
    const id = PlanStore.idFor(clock);
    const plan: SavedPlan = { id, planId: id, version: 1, savedAt: clock.toISOString(), savedBy: 'Mette Kjærgaard', note: null, items };
    await t.stores.plans.save(plan);
    const outcome = await t.app.planPosts.post(plan.id, 'da');
    assert.equal(outcome.kind, 'posted');
    const posted = outcome.kind === 'posted' ? outcome.activityId : '';
    const card = posts().at(-1)?.activity.attachments?.[0]?.content;
    assert.match(cardTexts(card).join('\n'), /Plan for virksomhedskontakt/);
    assert.equal(JSON.stringify(card).split('"verb":"plan.claim"').length - 1, 5, 'a claim button per item');

    const cvr = items[0].cvr;
    const first = await t.client.execute('plan.claim', { planId: plan.id, cvr }, { from: PIA, replyToId: posted });
    assert.match(cardTexts(first.body.value).join('\n'), /Taget af Pia Mølgaard/);
    const second = await t.client.execute('plan.claim', { planId: plan.id, cvr }, { from: COORDINATOR, replyToId: posted });
    assert.match(cardTexts(second.body.value).join('\n'), /allerede taget af Pia Mølgaard/);
    const claims = await t.stores.leases.list(`claim-${plan.id}`);
    assert.deepEqual(claims.map((c) => [c.key, c.owner]), [[cvr, 'Pia Mølgaard']]);
    const updates = t.capture.received.filter((r) => r.method === 'PUT' && r.path.includes(encodeURIComponent(posted)));
    assert.ok(updates.length >= 1, 'the posted card was updated for everyone');
    assert.match(cardTexts(updates.at(-1)?.activity.attachments?.[0]?.content).join('\n'), /Taget af Pia Mølgaard/);
  });

  it('names the version of a plan edited after it was first saved, so the channel can tell the copies apart', async () => {
    const first = posts().find((r) => /Plan for virksomhedskontakt/.test(cardTexts(r.activity.attachments?.[0]?.content).join('\n')));
    assert.doesNotMatch(cardTexts(first?.activity.attachments?.[0]?.content)[0], /version/, 'a first version is not numbered');
    const items = generatePlan({
      companies: DEMO.companies, contacts: DEMO.contacts, optOuts: DEMO.optOuts, today: '2026-11-30', windowDays: 30, silenceMonths: 12,
      units: DEFAULT_UNITS, size: 3,
    });
    const planId = PlanStore.idFor(new Date(clock.getTime() - 3_600_000));
    const id = PlanStore.idFor(new Date(clock.getTime() + 60_000));
    assert.ok(await t.stores.plans.save({ id, planId, version: 3, savedAt: clock.toISOString(), savedBy: 'Mette Kjærgaard', note: null, items }));
    assert.equal((await t.app.planPosts.post(id, 'da')).kind, 'posted');
    assert.equal(cardTexts(posts().at(-1)?.activity.attachments?.[0]?.content)[0], 'Plan for virksomhedskontakt, version 3 – gemt 30. november 2026');
  });

  it('names the open proposals in the digest and leaves the closed ones out', async () => {
    const by = { id: COORDINATOR.id, name: COORDINATOR.name };
    const draft = (title: string) => ({ title, text: 'Forslagets tekst.', evidence: { kind: 'other' as const, reference: null, summary: null } });
    const open = newProposal(draft('Én indgang til havnens virksomheder'), 'prop-open', new Date('2026-11-16T09:00:00Z'), by);
    const decided = changeStatus(newProposal(draft('Fælles praktikbank'), 'prop-closed', new Date('2026-11-02T09:00:00Z'), by), 'afvist', 'Findes allerede', clock, by);
    assert.ok(decided.ok);
    await t.stores.proposals.create(open);
    await t.stores.proposals.create(decided.value);
    const outcome = await t.app.digest.postNow();
    assert.equal(outcome.kind, 'posted');
    const text = cardTexts(posts().at(-1)?.activity.attachments?.[0]?.content).join('\n');
    assert.match(text, /Forslag til justeringer/);
    assert.match(text, /Åbne forslag: 1/);
    assert.match(text, /Én indgang til havnens virksomheder – ny, oprettet for 14 dage siden/);
    assert.doesNotMatch(text, /Fælles praktikbank/);
  });

  it('forgets the channel when Teams answers 403 (the bot was removed)', async () => {
    t.capture.respond = () => 403;
    try {
      const outcome = await t.app.digest.postNow();
      assert.equal(outcome.kind, 'targetGone');
      assert.equal(await t.stores.conversations.get(CHANNEL), null);
      assert.equal(await t.stores.conversations.target(), null);
    } finally {
      t.capture.respond = () => 200;
    }
  });

});
