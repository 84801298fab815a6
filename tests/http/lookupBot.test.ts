import assert from 'node:assert/strict';
import type { Contact, OptOut } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import type { Stores } from '../../bot/store/index.js';
import { cardOf, cardTexts, containersWithStyle } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const daysAgo = (n: number): string => new Date(NOW.getTime() - n * 86_400_000).toISOString().slice(0, 10);

const C = {
  grenaa: testCompany({ cvr: validCvr(101), name: 'Grenaa Maskinstation ApS', industryCode: '016100', employeeBand: 'ANTAL_10_19' }),
  glesborg: testCompany({ cvr: validCvr(102), name: 'Glesborg Maskinstation I/S', legalForm: 'I/S', address: { street: 'Bygaden 4', postalCode: '8585', town: 'Glesborg', municipalityCode: '707' } }),
  oerum: testCompany({ cvr: validCvr(103), name: 'Ørum Autoværksted v/ Jens Nielsen', legalForm: 'Enkeltmandsvirksomhed', industryCode: '452010', address: { street: 'Hovedgaden 9', postalCode: '8586', town: 'Ørum Djurs', municipalityCode: '707' } }),
  anholt: testCompany({ cvr: validCvr(104), name: 'Anholt Havnekro ApS', industryCode: '561010', address: { street: 'Havnen 1', postalCode: '8592', town: 'Anholt', municipalityCode: '707' } }),
  djurs: testCompany({ cvr: validCvr(105), name: 'Djurs Rengøring ApS', industryCode: '812100', advertisingProtected: true }),
  noerregaardA: testCompany({ cvr: validCvr(106), name: 'Nørregaard Landbrug I/S', address: { street: 'Gjerrildvej 3', postalCode: '8500', town: 'Grenaa', municipalityCode: '707' } }),
  noerregaardB: testCompany({ cvr: validCvr(107), name: 'Nørregaard Landbrug ApS', address: { street: 'Markvej 8', postalCode: '8963', town: 'Auning', municipalityCode: '707' } }),
  bager: testCompany({ cvr: validCvr(108), name: 'Vivild Bageri', industryCode: '107100', address: { street: 'Bygaden 2', postalCode: '8961', town: 'Allingåbro', municipalityCode: '707' } }),
};

function contact(cvr: string, unit: string, staffName: string, ageDays: number, extra: Partial<Contact> = {}): Contact {
  const at = NOW.getTime() - ageDays * 86_400_000;
  return {
    id: newEventId(at), cvr, unit, staffName, staffId: null, date: daysAgo(ageDays), channel: 'telefon',
    purpose: 'virksomhedspraktik', outcome: 'Aftale om praktik', followUpDate: null, note: null, rating: null,
    createdAt: new Date(at).toISOString(), createdBy: staffName, ...extra,
  };
}

const CONTACTS: Contact[] = [
  contact(C.grenaa.cvr, 'jobcenter', 'Pia Mølgaard', 45, { purpose: 'loentilskud', outcome: 'Ansætter i løntilskud' }),
  contact(C.grenaa.cvr, 'skole', 'Lars Bækgaard', 200, { purpose: 'aaben-skole', channel: 'moede', outcome: 'Besøg for 8. klasse' }),
  contact(C.grenaa.cvr, 'erhverv', 'Søren Bøgh', 500, { purpose: 'erhvervsservice' }),
  contact(C.djurs.cvr, 'unge', 'Camilla Brøndum', 5, { purpose: 'ungepraktik', outcome: 'Tager en praktikant i januar' }),
  contact(C.djurs.cvr, 'jobcenter', 'Henrik Østergaard', 12, { purpose: 'rekruttering' }),
];

const OPT_OUT: OptOut = {
  id: newEventId(NOW.getTime() - 20 * 86_400_000), cvr: C.anholt.cvr, pNumber: null, scope: { kind: 'all' },
  reason: 'Ønsker ikke flere henvendelser om praktik', source: 'telefon', date: daysAgo(20),
  registeredAt: new Date(NOW.getTime() - 20 * 86_400_000).toISOString(), registeredBy: 'Mette Kjærgaard',
  revokedAt: null, revokedBy: null, revokeReason: null,
};

async function seed(stores: Stores): Promise<void> {
  await stores.companies.upsertMany(Object.values(C));
  await stores.history.upsertContacts(CONTACTS);
  await stores.journal.upsertMany(CONTACTS);
  await stores.history.insertOptOut(OPT_OUT);
  await stores.optOutRegister.upsert(OPT_OUT);
}

const UNGE_USER = { id: 'user-unge-1', name: 'Camilla Brøndum', aadObjectId: '00000000-0000-4000-8000-000000000003' };

describe('Ask the bot through /api/messages', function () {
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { now: () => NOW, seed });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  async function ask(text: string, o?: Parameters<TestApp['client']['say']>[1]) {
    const replies = await t.client.say(text, o);
    assert.equal(replies.length, 1, `one reply to "${text}"`);
    const card = cardOf(replies[0]);
    return { card, texts: cardTexts(card), all: cardTexts(card).join('\n') };
  }

  it('answers a plain question with the company, its recent contacts newest first and an all-clear', async () => {
    const { card, all, texts } = await ask('har nogen kontaktet Grenaa Maskinstation for nylig?');
    assert.ok(texts.includes('Grenaa Maskinstation ApS'));
    assert.match(all, new RegExp(`CVR ${C.grenaa.cvr}`));
    assert.match(all, /Landbrug, jagt, skovbrug og fiskeri \(016100\)/);
    assert.match(all, /10–19/);
    assert.match(all, /Ingen andre enheder har kontaktet virksomheden de seneste 30 dage/);
    const pia = texts.findIndex((x) => x.includes('Jobcentret · Pia Mølgaard'));
    const lars = texts.findIndex((x) => x.includes('Skoleområdet · Lars Bækgaard'));
    assert.ok(pia >= 0 && lars > pia, 'newest first');
    assert.ok(!all.includes('Søren Bøgh'), 'a contact older than 12 months is not in the recent list');
    assert.match(all, /Telefon · Løntilskud · Ansætter i løntilskud/);
    assert.equal(containersWithStyle(card, 'attention').length, 0);
    assert.equal(containersWithStyle(card, 'warning').length, 0);
    const actions = card.actions as { verb: string; data: { cvr: string } }[];
    assert.deepEqual(actions.map((a) => a.verb), ['logContact.open', 'history.show']);
    assert.ok(actions.every((a) => a.data.cvr === C.grenaa.cvr));
  });

  it('shows a red opt-out banner with scope, date, reason and who registered it', async () => {
    const { card } = await ask('Anholt Havnekro');
    const [banner] = containersWithStyle(card, 'attention');
    assert.ok(banner, 'opt-out banner present');
    const text = cardTexts(banner).join('\n');
    assert.match(text, /Virksomheden har frabedt sig kontakt/);
    assert.match(text, /Gælder alle enheder/);
    assert.match(text, /Ønsker ikke flere henvendelser om praktik/);
    assert.match(text, /Registreret 10\. november 2026 af Mette Kjærgaard/);
  });

  it('warns about another unit\'s recent contact, naming unit, person and date', async () => {
    const { card } = await ask('hvem har talt med Djurs Rengøring?');
    const [warning] = containersWithStyle(card, 'warning');
    assert.ok(warning, 'parallel-contact warning present');
    const text = cardTexts(warning).join('\n');
    assert.match(text, /Ungeindsatsen: Camilla Brøndum, 25\. november 2026 \(for 5 dage siden\)/);
    assert.ok(!text.includes('Henrik Østergaard'), 'the asker\'s own unit is not a parallel contact');
  });

  it('does not warn a unit about its own contact, but about the other unit\'s', async () => {
    const { card } = await ask('hvem har talt med Djurs Rengøring?', { from: UNGE_USER });
    const text = cardTexts(containersWithStyle(card, 'warning')[0]).join('\n');
    assert.match(text, /Jobcentret: Henrik Østergaard/);
    assert.ok(!text.includes('Camilla'));
  });

  it('finds a company despite a typo', async () => {
    const { texts } = await ask('har nogen kontaktet Grenaa Maskinstatoin?');
    assert.ok(texts.includes('Grenaa Maskinstation ApS'));
  });

  it('finds a company written without æ, ø and å', async () => {
    const { texts } = await ask('Orum Autovaerksted');
    assert.ok(texts.includes('Ørum Autoværksted v/ Jens Nielsen'));
  });

  it('finds a company by CVR written with spaces and a DK prefix', async () => {
    const spaced = `DK ${C.anholt.cvr.slice(0, 2)} ${C.anholt.cvr.slice(2, 4)} ${C.anholt.cvr.slice(4, 6)} ${C.anholt.cvr.slice(6)}`;
    const { texts } = await ask(`kontakt ${spaced}`);
    assert.ok(texts.includes('Anholt Havnekro ApS'));
  });

  it('finds a partial name qualified by the town', async () => {
    const { texts } = await ask('har nogen kontaktet maskinstationen i Glesborg?');
    assert.ok(texts.includes('Glesborg Maskinstation I/S'));
  });

  it('offers a choice card when several companies fit, each a button', async () => {
    const { card } = await ask('Nørregaard Landbrug');
    const actions = card.actions as { type: string; verb: string; title: string; data: { cvr: string } }[];
    assert.equal(actions.length, 2);
    assert.ok(actions.every((a) => a.type === 'Action.Execute' && a.verb === 'lookup.choose'));
    assert.deepEqual(actions.map((a) => a.data.cvr).sort(), [C.noerregaardA.cvr, C.noerregaardB.cvr].sort());
    assert.ok(actions.some((a) => a.title === 'Nørregaard Landbrug ApS (Auning)'));
  });

  it('says so when nothing matches', async () => {
    const { all } = await ask('har nogen kontaktet Zyxwv Plastikfabrik?');
    assert.match(all, /Jeg fandt ingen virksomhed, der passer på "Zyxwv Plastikfabrik"/);
  });

  it('says so for an unknown or invalid CVR', async () => {
    assert.match((await ask(validCvr(999))).all, new RegExp(`CVR ${validCvr(999)} findes ikke`));
    assert.match((await ask('12345678')).all, /12345678 er ikke et gyldigt CVR-nummer/);
  });

  it('strips the @mention in a channel', async () => {
    const { card } = await ask('har nogen kontaktet Anholt Havnekro?', { conversationType: 'channel', mentionBot: true });
    assert.equal(containersWithStyle(card, 'attention').length, 1);
  });

  it('answers in a group chat', async () => {
    const { texts } = await ask('Vivild Bageri', { conversationType: 'groupChat', mentionBot: true });
    assert.ok(texts.includes('Vivild Bageri'));
  });

  it('answers in English when Teams is in English', async () => {
    const { all } = await ask('has anyone contacted Anholt Havnekro recently?', { locale: 'en-US' });
    assert.match(all, /The company has declined contact/);
    assert.match(all, /Registered 10 November 2026 by Mette Kjærgaard/);
  });

  it('answers "hjælp" with the help card, and what it cannot place with help too', async () => {
    assert.match((await ask('hjælp')).all, /Spørg mig, før du kontakter en virksomhed/);
    const unplaced = await ask('hvad synes du om vejret i dag og i morgen og resten af ugen her i Norddjurs mon');
    assert.match(unplaced.all, /Det forstod jeg ikke helt/);
    assert.match(unplaced.all, /Spørg mig, før du kontakter en virksomhed/);
  });

  it('replaces the choice card with the answer when a button is pressed (Action.Execute)', async () => {
    const res = await t.client.execute('lookup.choose', { cvr: C.noerregaardB.cvr });
    assert.equal(res.status, 200);
    assert.equal(res.body.statusCode, 200);
    assert.equal(res.body.type, 'application/vnd.microsoft.card.adaptive');
    assert.ok(cardTexts(res.body.value).includes('Nørregaard Landbrug ApS'));
  });

  it('shows the whole history, older than 12 months too', async () => {
    const res = await t.client.execute('history.show', { cvr: C.grenaa.cvr });
    const all = cardTexts(res.body.value).join('\n');
    assert.match(all, /Hele kontakthistorikken: Grenaa Maskinstation ApS/);
    assert.match(all, /Søren Bøgh/);
  });

  it('answers a malformed card action with a clean 400', async () => {
    for (const [verb, data] of [['nonsense', { cvr: C.grenaa.cvr }], ['history.show', { cvr: 'DROP TABLE' }], [undefined, null]] as const) {
      const res = await t.client.execute(verb, data);
      // A card action without a verb is refused by botbuilder's own validation with HTTP 400; ours with an error body.
      assert.ok(res.status === 200 || res.status === 400, `status ${res.status}`);
      assert.equal(res.body.statusCode, 400, JSON.stringify(res.body));
      assert.equal(res.body.type, 'application/vnd.microsoft.error');
    }
  });
});

describe('/api/messages with a bot registration', function () {
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { bot: { appId: '11111111-2222-3333-4444-555555555555', appPassword: 'not-a-real-secret', appType: 'MultiTenant', tenantId: null } });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  it('refuses a request without a Bot Framework token with 401', async () => {
    const res = await t.client.post({ type: 'message', text: 'hjælp', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', conversation: { id: 'x' }, from: { id: 'u' }, recipient: { id: 'b' } });
    assert.equal(res.status, 401);
    assert.equal(t.capture.received.length, 0);
  });

  it('refuses a forged token with 401', async () => {
    const forged = `${Buffer.from('{"alg":"RS256","kid":"x"}').toString('base64url')}.${Buffer.from('{"aud":"11111111-2222-3333-4444-555555555555"}').toString('base64url')}.c2ln`;
    const res = await t.client.post({ type: 'message', text: 'hjælp', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', conversation: { id: 'x' }, from: { id: 'u' }, recipient: { id: 'b' } }, { Authorization: `Bearer ${forged}` });
    assert.equal(res.status, 401);
  });
});
