import assert from 'node:assert/strict';
import type { SavedPlan } from '../../bot/contract/api.js';
import type { Contact, OptOut } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { PlanStore } from '../../bot/store/planStore.js';
import type { Stores } from '../../bot/store/index.js';
import { cardTexts, type Sender } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { planItem } from '../support/domainFixtures.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const day = (n: number): string => new Date(NOW.getTime() - n * 86_400_000).toISOString().slice(0, 10);

const GRENAA = testCompany({
  cvr: validCvr(201),
  name: 'Grenaa Maskinstation ApS',
  address: { street: 'Havnevej 1', postalCode: '8500', town: 'Grenaa', municipalityCode: '707' },
});
const ANHOLT = testCompany({
  cvr: validCvr(202),
  name: 'Anholt Havnekro ApS',
  industryCode: '561010',
  address: { street: 'Havnen 1', postalCode: '8592', town: 'Anholt', municipalityCode: '707' },
});
const UNKNOWN_CVR = validCvr(299);

const CONTACT: Contact = {
  id: newEventId(NOW.getTime() - 10 * 86_400_000),
  cvr: GRENAA.cvr,
  unit: 'skole',
  staffName: 'Lars Bækgaard',
  staffId: null,
  date: day(10),
  channel: 'telefon',
  purpose: 'aaben-skole',
  outcome: 'Besøg for 8. klasse',
  followUpDate: null,
  note: null,
  rating: null,
  createdAt: new Date(NOW.getTime() - 10 * 86_400_000).toISOString(),
  createdBy: 'Lars Bækgaard',
};
const OPT_OUT: OptOut = {
  id: newEventId(NOW.getTime() - 20 * 86_400_000),
  cvr: ANHOLT.cvr,
  pNumber: null,
  scope: { kind: 'all' },
  reason: 'Ønsker ikke flere henvendelser',
  source: 'telefon',
  date: day(20),
  registeredAt: new Date(NOW.getTime() - 20 * 86_400_000).toISOString(),
  registeredBy: 'Mette Kjærgaard',
  revokedAt: null,
  revokedBy: null,
  revokeReason: null,
};

/** Staff: in the demo user directory (Jobcentret). */
const STAFF: Sender = { id: '29:staff-henrik', name: 'Henrik Østergaard', aadObjectId: '00000000-0000-4000-8000-000000000002' };
/** Someone in the same chat the user directory does not know (a guest, a colleague outside the five units). */
const OUTSIDER: Sender = { id: '29:guest-anna', name: 'Anna Gæst', aadObjectId: '00000000-0000-4000-8000-00000000beef' };

async function seed(stores: Stores): Promise<void> {
  await stores.companies.upsertMany([GRENAA, ANHOLT]);
  await stores.history.upsertContacts([CONTACT]);
  await stores.journal.upsertMany([CONTACT]);
  await stores.history.insertOptOut(OPT_OUT);
  await stores.optOutRegister.upsert(OPT_OUT);
}

type Attachment = {
  contentType: string;
  content: Record<string, unknown>;
  preview: { contentType: string; content: { title: string; subtitle?: string; text?: string; tap?: { type: string; value: unknown } } };
};
type ExtensionAnswer = { composeExtension: { type: string; attachmentLayout?: string; text?: string; attachments?: Attachment[] } };

describe('Message extension and CVR link unfurling through /api/messages', function () {
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { now: () => NOW, seed, deps: { accessLog: { flushMs: 10 } } });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  async function extension(name: string, value: unknown, from: Sender = STAFF): Promise<ExtensionAnswer['composeExtension']> {
    const { status, body } = await t.client.composeExtension(name, value, { from, conversationType: 'groupChat' });
    assert.equal(status, 200, JSON.stringify(body));
    return (body as ExtensionAnswer).composeExtension;
  }
  const search = (text: string) =>
    extension('query', { commandId: 'findCompany', parameters: [{ name: 'query', value: text }], queryOptions: { skip: 0, count: 25 } });

  function assertFactsOnly(card: Record<string, unknown>): void {
    const all = cardTexts(card).join('\n');
    assert.ok(
      !all.includes('Lars Bækgaard') && !all.includes('Ønsker ikke flere henvendelser'),
      'no contact history or opt-outs in a card everyone sees',
    );
  }

  it('finds a company by name despite a typo, each result with a preview and a facts-only card that refreshes for the inserter', async () => {
    const answer = await search('Grenaa Maskinstatoin');
    assert.equal(answer.type, 'result');
    assert.equal(answer.attachmentLayout, 'list');
    const first = answer.attachments?.[0];
    assert.ok(first);
    assert.equal(first.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(first.preview.contentType, 'application/vnd.microsoft.card.thumbnail');
    assert.equal(first.preview.content.title, 'Grenaa Maskinstation ApS');
    assert.match(first.preview.content.subtitle ?? '', new RegExp(`CVR ${GRENAA.cvr} · 8500 Grenaa`));
    assert.match(first.preview.content.text ?? '', /Landbrug, jagt, skovbrug og fiskeri \(016100\)/);
    const all = cardTexts(first.content).join('\n');
    assert.match(all, /Havnevej 1, 8500 Grenaa/);
    assert.match(all, /NORMAL/);
    assertFactsOnly(first.content);
    assert.deepEqual(first.content.refresh, {
      action: { type: 'Action.Execute', title: 'Opdatér', verb: 'companyCard.refresh', data: { cvr: GRENAA.cvr } },
      userIds: [STAFF.id],
    });
  });

  it('finds a company by CVR', async () => {
    const answer = await search(ANHOLT.cvr);
    assert.equal(answer.attachments?.[0]?.preview.content.title, 'Anholt Havnekro ApS');
    assertFactsOnly(answer.attachments[0].content);
  });

  it('answers the empty first run with how to search, and a query with no match with a Danish message', async () => {
    const initial = await extension('query', { commandId: 'findCompany', parameters: [{ name: 'initialRun', value: 'true' }] });
    assert.deepEqual(initial, { type: 'message', text: 'Skriv navn eller CVR-nummer' });
    const empty = await search('   ');
    assert.equal(empty.type, 'message');
    const none = await search('xqzzv wwkkq');
    assert.deepEqual(none, { type: 'message', text: 'Jeg fandt ingen virksomhed med det navn eller CVR-nummer.' });
  });

  it("inserts the card of the chosen result (selectItem, which Teams sends from the preview's tap)", async () => {
    const answer = await search('Anholt Havnekro');
    // Local mode leaves the tap out: the Agents Playground refuses results with one. In Teams it is there
    // (tests/security/serviceUrls.test.ts), and Teams then sends this invoke.
    assert.equal(answer.attachments?.[0]?.preview.content.tap, undefined);
    const chosen = await extension('selectItem', { cvr: ANHOLT.cvr });
    assert.equal(chosen.type, 'result');
    const card = chosen.attachments?.[0]?.content;
    assert.ok(card);
    assert.ok(cardTexts(card).includes('Anholt Havnekro ApS'));
    assertFactsOnly(card);
    const bad = await extension('selectItem', { cvr: '12345678' });
    assert.equal(bad.type, 'message');
  });

  for (const url of [
    `https://datacvr.virk.dk/enhed/virksomhed/${GRENAA.cvr}`,
    `https://www.datacvr.virk.dk/enhed/virksomhed/${GRENAA.cvr}?fritekst=grenaa&sideIndex=0#top`,
    `https://datacvr.virk.dk/data/visenhed?enhedstype=virksomhed&id=${GRENAA.cvr}`,
  ]) {
    it(`unfurls ${url} into the company card with a preview`, async () => {
      const answer = await extension('queryLink', { url });
      assert.equal(answer.type, 'result');
      const [att] = answer.attachments ?? [];
      assert.equal(att.preview.content.title, 'Grenaa Maskinstation ApS');
      assert.equal((att.content.refresh as { action: { verb: string } }).action.verb, 'companyCard.refresh');
      assertFactsOnly(att.content);
    });
  }

  it('unfurls an unknown CVR or a link that is no company page into a friendly Danish note', async () => {
    const unknown = await extension('queryLink', { url: `https://datacvr.virk.dk/enhed/virksomhed/${UNKNOWN_CVR}` });
    assert.match(
      cardTexts(unknown.attachments?.[0]?.content).join('\n'),
      new RegExp(`CVR ${UNKNOWN_CVR} findes ikke i kommunens virksomhedsregister`),
    );
    const other = await extension('queryLink', { url: `https://datacvr.virk.dk.evil.example/enhed/virksomhed/${GRENAA.cvr}` });
    assert.match(cardTexts(other.attachments?.[0]?.content).join('\n'), /Linket peger ikke på en virksomhed i CVR-registret/);
    const garbage = await extension('queryLink', { url: 42 });
    assert.equal(garbage.type, 'result');
  });

  it('refreshes the card for staff into their own view with opt-outs and recent contacts, and logs that read', async () => {
    for (const [cvr, expected] of [
      [GRENAA.cvr, /Lars Bækgaard/],
      [ANHOLT.cvr, /Ønsker ikke flere henvendelser/],
    ] as const) {
      const { status, body } = await t.client.refresh('companyCard.refresh', { cvr }, { from: STAFF, conversationType: 'groupChat' });
      assert.equal(status, 200);
      assert.equal(body.statusCode, 200);
      assert.match(cardTexts(body.value).join('\n'), expected);
    }
    await t.app.accessLog.flush();
    const rows = await t.stores.accessLog.query({ cvr: GRENAA.cvr, userId: null, from: '2020-01-01', to: '2099-12-31' });
    assert.ok(
      rows.some((r) => r.userId === STAFF.aadObjectId && r.via === 'bot.lookup'),
      JSON.stringify(rows),
    );
  });

  it('refreshes the card for someone the user directory does not know into the register facts only, logging nothing', async () => {
    const { status, body } = await t.client.refresh(
      'companyCard.refresh',
      { cvr: GRENAA.cvr },
      { from: OUTSIDER, conversationType: 'groupChat' },
    );
    assert.equal(status, 200);
    const card = body.value as Record<string, unknown>;
    assert.ok(cardTexts(card).includes('Grenaa Maskinstation ApS'));
    assertFactsOnly(card);
    assert.equal((card.refresh as { action: { verb: string } }).action.verb, 'companyCard.refresh');
    await t.app.accessLog.flush();
    const rows = await t.stores.accessLog.query({ cvr: null, userId: OUTSIDER.aadObjectId ?? null, from: '2020-01-01', to: '2099-12-31' });
    assert.deepEqual(rows, []);
  });

  it("gives the bot's answer card a refresh, so it shows the current opt-out state when opened again", async () => {
    const [reply] = await t.client.say('har nogen kontaktet Anholt Havnekro?');
    const card = reply.activity.attachments?.[0]?.content as Record<string, unknown>;
    assert.deepEqual(card.refresh, {
      action: { type: 'Action.Execute', title: 'Opdatér', verb: 'companyCard.refresh', data: { cvr: ANHOLT.cvr } },
    });
  });

  it('gives a posted plan card a refresh that shows the claims as they are now', async () => {
    const id = PlanStore.idFor(NOW);
    const plan: SavedPlan = {
      id,
      planId: id,
      version: 1,
      savedAt: NOW.toISOString(),
      savedBy: 'Mette Kjærgaard',
      note: null,
      items: [planItem(GRENAA.cvr, 'erhverv', null, { companyName: GRENAA.name, reasons: [{ code: 'neverContacted' }] })],
    };
    await t.stores.plans.save(plan);
    const before = await t.client.refresh('plan.refresh', { planId: id }, { from: STAFF, conversationType: 'channel' });
    assert.deepEqual((before.body.value as { refresh?: unknown }).refresh, {
      action: { type: 'Action.Execute', verb: 'plan.refresh', data: { planId: id } },
    });
    assert.ok(!cardTexts(before.body.value).join('\n').includes('Henrik Østergaard'));
    await t.client.execute('plan.claim', { planId: id, cvr: GRENAA.cvr }, { from: STAFF, conversationType: 'channel' });
    const after = await t.client.refresh('plan.refresh', { planId: id }, { from: OUTSIDER, conversationType: 'channel' });
    assert.match(cardTexts(after.body.value).join('\n'), /Henrik Østergaard/);
    const unknown = await t.client.refresh('plan.refresh', { planId: 'nope' }, { from: STAFF });
    assert.equal(unknown.body.statusCode, 400);
  });

  it('says nothing to a card inserted in its own chat, but still answers words sent with one', async () => {
    const card = (await search('Grenaa Maskinstation')).attachments?.[0]?.content;
    const attachments = [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }];
    const conversationId = `conv-inserted-${Date.now()}`;
    const placeholder = '<span class="inline-compose-card" itemid="0" itemtype="http://schema.skype.com/InputExtension"></span>';
    assert.equal(await t.client.activity({ type: 'message', text: placeholder, attachments }, { from: STAFF, conversationId }), 200);
    assert.equal(await t.client.activity({ type: 'message', text: '', attachments }, { from: STAFF, conversationId }), 200);
    assert.deepEqual(t.capture.for(conversationId), [], 'no "I did not understand" for a card alone');
    const text = `${placeholder} har nogen kontaktet Grenaa Maskinstation?`;
    assert.equal(await t.client.activity({ type: 'message', text, attachments }, { from: STAFF, conversationId }), 200);
    assert.match(cardTexts(t.capture.for(conversationId)[0]?.activity.attachments?.[0]?.content).join('\n'), /Grenaa Maskinstation ApS/);
  });

  // Last: it stops Azurite under the running server.
  it("answers a pasted link in Danish when the register cannot be read, instead of Teams' own error", async () => {
    await azurite.stop();
    const answer = await extension('queryLink', { url: `https://datacvr.virk.dk/enhed/virksomhed/${UNKNOWN_CVR}` });
    assert.match(cardTexts(answer.attachments?.[0]?.content).join('\n'), /Jeg kan ikke nå kontaktregistret lige nu/);
    assert.ok(
      t.logs.some((l) => l.includes('message extension: reading the register failed')),
      'the failure is logged',
    );
  });
});
