import assert from 'node:assert/strict';
import type { AuditAction, AuditEntry } from '../../bot/domain/audit.js';
import type { Contact, OptOut } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import type { Stores } from '../../bot/store/index.js';
import { cardOf, cardTexts, containersWithStyle, type Sender } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { otherInstanceStores, startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const GRENAA = testCompany({ cvr: validCvr(201), name: 'Grenaa Maskinstation ApS' });
const KRO = testCompany({ cvr: validCvr(202), name: 'Anholt Havnekro ApS', address: { street: 'Havnen 1', postalCode: '8592', town: 'Anholt', municipalityCode: '707' } });
const BAGER = testCompany({ cvr: validCvr(203), name: 'Vivild Bageri' });
const SMEDIE = testCompany({ cvr: validCvr(204), name: 'Ørum Smedie' });
const SAVVAERK = testCompany({ cvr: validCvr(204), name: 'Ørum Savværk ApS' });
const COORDINATOR: Sender = { id: 'user-erhverv-1', name: 'Mette Kjærgaard', aadObjectId: '00000000-0000-4000-8000-000000000001' };

type Card = Record<string, unknown> & { actions?: { verb?: string; data?: Record<string, unknown>; title?: string }[] };

function inputIds(card: unknown): string[] {
  const ids: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Input.') && typeof o.id === 'string') ids.push(o.id);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return ids;
}

function inputValue(card: unknown, id: string): unknown {
  let found: unknown;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.id === id && typeof o.type === 'string' && o.type.startsWith('Input.')) found = o.value;
    Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}

describe('Log contacts and opt-outs through Action.Execute on /api/messages', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  let stores: Stores;

  before(async () => {
    azurite = await startTestAzurite();
    // The clock moves a millisecond per reading, so audit entries written in one test keep their order.
    let tick = 0;
    t = await startTestApp(azurite, { now: () => new Date(NOW.getTime() + tick++), seed: (s) => s.companies.upsertMany([GRENAA, KRO, BAGER, SAVVAERK]).then(() => undefined) });
    stores = t.stores;
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  /** Opens the log card for a company and returns its submit action's data (with the minted ids). */
  async function openLogCard(cvr: string, from?: Sender): Promise<{ card: Card; submit: Record<string, unknown> }> {
    const res = await t.client.execute('logContact.open', { cvr }, { from });
    assert.equal(res.body.statusCode, 200, JSON.stringify(res.body));
    const card = res.body.value as Card;
    const submit = card.actions?.find((a) => a.verb === 'logContact.submit')?.data;
    assert.ok(submit, 'the card has a submit action');
    return { card, submit };
  }

  const form = { date: '2026-11-28', unit: 'jobcenter', channel: 'telefon', purpose: 'virksomhedspraktik', outcome: 'Aftale om praktik i januar', note: 'Kontaktperson: værkføreren', rating: '4' };

  async function submit(data: Record<string, unknown>, from?: Sender) {
    const res = await t.client.execute('logContact.submit', data, { from });
    return { res, card: res.body.value as Card, texts: cardTexts(res.body.value).join('\n') };
  }

  it('logs a contact from the answer card and replaces the card with a confirmation', async () => {
    const { card, submit: ids } = await openLogCard(GRENAA.cvr);
    for (const id of ['date', 'unit', 'channel', 'purpose', 'outcome', 'followUpDate', 'note', 'rating', 'optOut', 'optOutScope', 'optOutUnits', 'optOutReason']) {
      assert.ok(inputIds(card).includes(id), `input ${id}`);
    }
    assert.equal(inputValue(card, 'date'), '2026-11-30', 'today by default');
    assert.equal(inputValue(card, 'unit'), 'jobcenter', 'the user\'s unit by default');
    const { texts } = await submit({ ...ids, ...form });
    assert.match(texts, /Kontakten er gemt/);
    assert.match(texts, /28\. november 2026/);
    assert.match(texts, /Virksomhedspraktik/);
    const history = await stores.history.read(GRENAA.cvr);
    assert.equal(history.contacts.length, 1);
    const stored = history.contacts[0];
    assert.equal(stored.id, ids.contactId);
    assert.equal(stored.staffName, 'Henrik Østergaard');
    assert.equal(stored.rating, 4);
    assert.equal((await stores.journal.listMonth('2026-11')).filter((c) => c.id === stored.id).length, 1, 'in the journal too');
    const audit = await stores.history.audit(GRENAA.cvr);
    assert.deepEqual(audit.map((a) => [a.action, a.subjectId, a.actorName]), [['contact.logged', stored.id, 'Henrik Østergaard']]);
  });

  it('gives a card opened over four weeks ago new ids instead of storing under its old month, keeping what was typed', async () => {
    const old = NOW.getTime() - 40 * 24 * 3600 * 1000;
    const oldIds = { contactId: newEventId(old), optOutId: newEventId(old), cvr: SMEDIE.cvr };
    const first = await submit({ ...oldIds, ...form });
    assert.match(first.texts, /kortet blev åbnet for mere end fire uger siden/);
    assert.equal(inputValue(first.card, 'note'), form.note, 'what was typed is kept');
    const fresh = first.card.actions?.find((a) => a.verb === 'logContact.submit')?.data ?? {};
    assert.notEqual(fresh.contactId, oldIds.contactId);
    assert.equal((await stores.history.read(SMEDIE.cvr)).contacts.length, 0, 'nothing stored under the old id');
    const saved = await submit({ ...fresh, ...form });
    assert.match(saved.texts, /Kontakten er gemt/);

    // A card stored while it was fresh and retried weeks later is still "already saved", never stored twice.
    const earlier = (await stores.history.read(SMEDIE.cvr)).contacts[0];
    const storedLongAgo = { ...earlier, id: newEventId(old) };
    await stores.history.upsertContacts([storedLongAgo]);
    const retry = await submit({ contactId: storedLongAgo.id, optOutId: newEventId(old), cvr: SMEDIE.cvr, ...form });
    assert.match(retry.texts, /Kontakten var allerede gemt/);
    assert.equal((await stores.history.read(SMEDIE.cvr)).contacts.length, 2);
  });

  it('stores one contact however often the same card is submitted, also concurrently', async () => {
    const { submit: ids } = await openLogCard(BAGER.cvr);
    const results = await Promise.all([1, 2, 3].map(() => submit({ ...ids, ...form })));
    const again = await submit({ ...ids, ...form, note: 'ændret efter første klik' });
    assert.ok(results.every((r) => /Kontakten (er|var allerede) gemt/.test(r.texts)));
    assert.match(again.texts, /Kontakten var allerede gemt/);
    const contacts = (await stores.history.read(BAGER.cvr)).contacts;
    assert.equal(contacts.length, 1);
    assert.equal(contacts[0].note, form.note, 'the first submit wins');
  });

  const invalid: [string, Record<string, unknown>, RegExp][] = [
    ['a future date', { date: '2026-12-24' }, /kan ikke ligge i fremtiden/],
    ['a missing date', { date: '' }, /Skal udfyldes/],
    ['an unknown unit', { unit: 'kantinen' }, /Værdien er ikke gyldig/],
    ['a purpose of another unit', { purpose: 'aaben-skole' }, /Formålet hører ikke til den valgte enhed/],
    ['an unknown channel', { channel: 'brevdue' }, /Værdien er ikke gyldig/],
    ['a note of 1,001 characters', { note: 'x'.repeat(1001) }, /Teksten er for lang/],
    ['a follow-up before the contact', { followUpDate: '2026-11-01' }, /Opfølgningen kan ikke ligge før kontakten/],
    ['a rating of 9', { rating: '9' }, /Værdien er ikke gyldig/],
    ['an opt-out without a reason', { optOut: 'true', optOutScope: 'all', optOutReason: '' }, /Skal udfyldes/],
    ['a CPR number in the note', { note: 'Vedr. elev 120508-1234' }, /ser ud til at indeholde et CPR-nummer/],
    ['a CPR number without a dash', { note: 'cpr 1205081234 ringede' }, /CPR-nummer/],
  ];
  for (const [what, change, message] of invalid) {
    it(`refuses ${what}, shows why in Danish, keeps what was typed and stores nothing`, async () => {
      const { submit: ids } = await openLogCard(KRO.cvr);
      const { card, texts } = await submit({ ...ids, ...form, ...change });
      assert.match(texts, /Kontakten er ikke gemt\. Ret de markerede felter\./);
      assert.match(texts, message);
      assert.equal(inputValue(card, 'outcome'), form.outcome, 'the typed outcome is still there');
      assert.equal((await stores.history.read(KRO.cvr)).contacts.length, 0);
    });
  }

  it('allows a ten-digit P-number named as such', async () => {
    const { submit: ids } = await openLogCard(KRO.cvr);
    const { texts } = await submit({ ...ids, ...form, note: 'Mødtes på P-nr. 1012345678 (køkkenet)' });
    assert.match(texts, /Kontakten er gemt/);
  });

  it('answers malformed invokes cleanly and stores nothing', async () => {
    const before = (await stores.history.read(GRENAA.cvr)).contacts.length;
    const cases: [string | undefined, unknown][] = [
      ['no.such.verb', { cvr: GRENAA.cvr }],
      [undefined, { cvr: GRENAA.cvr }],
      ['logContact.submit', 'not an object'],
      ['logContact.submit', [1, 2, 3]],
      ['history.show', { cvr: 12345678 }],
      ['lookup.choose', {}],
    ];
    for (const [verb, data] of cases) {
      const res = await t.client.execute(verb, data);
      assert.ok(res.status === 200 || res.status === 400, `${verb}: HTTP ${res.status}`);
      assert.equal(res.body.statusCode, 400, `${verb}: ${JSON.stringify(res.body).slice(0, 200)}`);
    }
    const { submit: ids } = await openLogCard(GRENAA.cvr);
    const wrongTypes = await submit({ ...ids, date: 20261128, unit: ['jobcenter'], channel: { x: 1 }, purpose: null, note: 'x'.repeat(100_000) });
    assert.match(wrongTypes.texts, /Ret de markerede felter/);
    const noIds = await submit({ ...form, cvr: GRENAA.cvr, contactId: 'DROP TABLE', optOutId: '' });
    assert.match(noIds.texts, /Ret de markerede felter/);
    assert.equal((await stores.history.read(GRENAA.cvr)).contacts.length, before);
  });

  it('makes a feedback link when asked, with the contact\'s unit and purpose, once per contact', async () => {
    const { card, submit: ids } = await openLogCard(GRENAA.cvr);
    assert.ok(inputIds(card).includes('feedbackLink'), 'the "Send virksomheden et feedback-link" toggle');
    const withLink = { ...ids, ...form, feedbackLink: 'true' };
    const first = await submit(withLink);
    const url = /https:\/\/erhverv\.example\/feedback\/[A-Za-z0-9_.-]+/.exec(first.texts)?.[0];
    assert.ok(url, first.texts);
    assert.match(first.texts, /Feedback-link til virksomheden/);
    assert.match(first.texts, /udløber 30\. december 2026/);
    const again = await submit(withLink);
    assert.match(again.texts, /Kontakten var allerede gemt/);
    assert.ok(again.texts.split('\n').includes(url), 'the same link again');
    const links = (await stores.feedback.forCompany(GRENAA.cvr)).links.filter((l) => l.contactId === ids.contactId);
    assert.deepEqual(links.map((l) => [l.unit, l.purpose, l.createdBy, l.contactName]), [['jobcenter', 'virksomhedspraktik', 'Henrik Østergaard', null]]);
    const html = await (await fetch(`${t.baseUrl}${new URL(url).pathname}`)).text();
    assert.match(html, /Linket blev sendt efter en henvendelse fra Jobcentret \(Virksomhedspraktik\)\./);
    const plain = await submit({ ...(await openLogCard(GRENAA.cvr)).submit, ...form });
    assert.doesNotMatch(plain.texts, /feedback/i, 'no link unless asked for');
  });

  it('registers an opt-out from the log card, and the next look-up shows the red banner', async () => {
    const { submit: ids } = await openLogCard(KRO.cvr);
    const { texts } = await submit({ ...ids, ...form, optOut: 'true', optOutScope: 'all', optOutReason: 'Vil ikke ringes op om praktik' });
    assert.match(texts, /Frabedt kontakt registreret \(Gælder alle enheder\)/);
    const [reply] = await t.client.say('har nogen kontaktet Anholt Havnekro?', { from: { id: 'user-skole-1', name: 'Lars Bækgaard', aadObjectId: '00000000-0000-4000-8000-000000000005' } });
    const banner = containersWithStyle(cardOf(reply), 'attention')[0];
    assert.match(cardTexts(banner).join('\n'), /Vil ikke ringes op om praktik/);
    assert.equal((await stores.optOutRegister.listAll()).filter((o) => o.cvr === KRO.cvr).length, 1, 'in the register too');
  });

  it('registers an opt-out by message, and only the coordinator may revoke it', async () => {
    const [reply] = await t.client.say('Grenaa Maskinstation har frabedt sig kontakt fordi de får for mange opkald');
    const formCard = cardOf(reply) as Card;
    assert.equal(inputValue(formCard, 'optOutReason'), 'de får for mange opkald');
    const submitData = formCard.actions?.find((a) => a.verb === 'optOut.submit')?.data ?? {};
    const saved = await t.client.execute('optOut.submit', { ...submitData, optOutScope: 'units', optOutUnits: 'skole,unge', optOutReason: 'For mange opkald', optOutSource: 'telefon' });
    assert.match(cardTexts(saved.body.value).join('\n'), /Frabedt kontakt er registreret/);
    const optOut = (await stores.history.read(GRENAA.cvr)).optOuts[0];
    assert.deepEqual(optOut.scope, { kind: 'units', units: ['skole', 'unge'] });

    const refused = await t.client.execute('optOut.revoke', { cvr: GRENAA.cvr, optOutId: optOut.id, [`revokeReason_${optOut.id}`]: 'Fejl' });
    assert.match(cardTexts(refused.body.value).join('\n'), /Kun erhvervskoordinatoren kan tilbagekalde/);
    assert.equal((await stores.history.read(GRENAA.cvr)).optOuts[0].revokedAt, null);

    const history = await t.client.execute('history.show', { cvr: GRENAA.cvr }, { from: COORDINATOR });
    assert.ok(JSON.stringify(history.body.value).includes('"verb":"optOut.revoke"'), 'the coordinator sees a revoke button');
    const revoked = await t.client.execute('optOut.revoke', { cvr: GRENAA.cvr, optOutId: optOut.id, [`revokeReason_${optOut.id}`]: 'Virksomheden har selv ringet' }, { from: COORDINATOR });
    assert.match(cardTexts(revoked.body.value).join('\n'), /Frabedt kontakt er tilbagekaldt/);
    const after = (await stores.history.read(GRENAA.cvr)).optOuts;
    assert.equal(after.length, 1, 'the history is kept');
    assert.equal(after[0].revokedBy, 'Mette Kjærgaard');
    assert.deepEqual((await stores.history.audit(GRENAA.cvr)).filter((a) => a.subjectId === optOut.id).map((a) => a.action), ['optOut.registered', 'optOut.revoked']);
  });

  it('warns in the confirmation of an opt-out and of another unit\'s recent contact, also when another instance stored them a moment ago', async () => {
    const { submit: ids } = await openLogCard(SAVVAERK.cvr);
    // Written straight to storage, as another server instance would, after this card was opened: this instance has not seen them.
    const at = (day: string) => ({ ms: Date.parse(`${day}T09:00:00Z`), iso: `${day}T09:00:00.000Z` });
    const theirs: Contact = {
      id: newEventId(at('2026-11-25').ms), cvr: SAVVAERK.cvr, unit: 'unge', staffName: 'Sofie Lund', staffId: null, date: '2026-11-25', channel: 'moede',
      purpose: 'ungepraktik', outcome: null, followUpDate: null, note: null, rating: null, createdAt: at('2026-11-25').iso, createdBy: 'Sofie Lund',
    };
    const optOut: OptOut = {
      id: newEventId(at('2026-11-29').ms), cvr: SAVVAERK.cvr, pNumber: null, scope: { kind: 'units', units: ['jobcenter'] }, reason: 'Har ingen praktikpladser',
      source: 'telefon', date: '2026-11-29', registeredAt: at('2026-11-29').iso, registeredBy: 'Mette Kjærgaard', revokedAt: null, revokedBy: null, revokeReason: null,
    };
    // Stores of their own, as another server instance has: this server's memory of the company is not told.
    const elsewhere = otherInstanceStores(azurite, stores);
    const byThem = (subjectId: string, action: AuditAction, when: string): AuditEntry => ({
      id: newEventId(Date.parse(when)), cvr: SAVVAERK.cvr, action, subjectId, actorName: 'Sofie Lund', actorId: null, at: when,
    });
    await elsewhere.history.insertContact(theirs, byThem(theirs.id, 'contact.logged', theirs.createdAt));
    await elsewhere.journal.upsert(theirs);
    await elsewhere.history.insertOptOut(optOut, byThem(optOut.id, 'optOut.registered', optOut.registeredAt));
    await elsewhere.optOutRegister.upsert(optOut);

    const { card, texts } = await submit({ ...ids, ...form });
    assert.match(texts, /Kontakten er gemt/);
    assert.match(cardTexts(containersWithStyle(card, 'attention')).join('\n'), /Virksomheden havde frabedt sig kontakt \(Gælder: Jobcentret, 29\. november 2026\): Har ingen praktikpladser/);
    assert.match(texts, /Også kontaktet af Ungeindsatsen \(Sofie Lund\) 25\. november 2026/);
    assert.doesNotMatch(texts, /Også kontaktet af Jobcentret/, 'the contact just logged is not its own warning');
  });

  it('opens the log card from the message "log kontakt X" with the company filled in', async () => {
    const [reply] = await t.client.say('log kontakt Vivild Bageri');
    const card = cardOf(reply) as Card;
    assert.match(cardTexts(card).join('\n'), /Log kontakt/);
    assert.equal(card.actions?.find((a) => a.verb === 'logContact.submit')?.data?.cvr, BAGER.cvr);
  });

  it('resolves a typed company name, with a choice step when several fit', async () => {
    const [reply] = await t.client.say('log kontakt');
    const ids = (cardOf(reply) as Card).actions?.find((a) => a.verb === 'logContact.submit')?.data ?? {};
    assert.ok(inputIds(cardOf(reply)).includes('company'), 'a company field when none is known');
    const { texts } = await submit({ ...ids, ...form, cvr: '', company: 'anholt havnekro' });
    assert.match(texts, /Kontakten er gemt/);
    assert.match(texts, /Anholt Havnekro ApS/);
  });
});
