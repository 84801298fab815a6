import assert from 'node:assert/strict';
import type { ErasurePreviewResponse, ErasureResponse, RetentionDryRunResponse, RetentionResponse } from '../../bot/contract/dataProtectionContract.js';
import type { Contact, OptOut } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import type { CompanyDataExport } from '../../bot/domain/dataProtection/companyExport.js';
import { DEFAULT_RETENTION } from '../../bot/domain/dataProtection/retention.js';
import type { FeedbackResponse } from '../../bot/domain/feedback.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import type { Stores } from '../../bot/store/index.js';
import { TABLE_NAMES } from '../../bot/store/tableSet.js';
import { cardOf, cardTexts, containersWithStyle } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { localTabApi, localToken } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const DAY = 86_400_000;
const day = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * DAY).toISOString().slice(0, 10);

const KEEP = testCompany({ cvr: validCvr(901), name: 'Gjerrild Kro ApS' });
const GONE = testCompany({ cvr: validCvr(902), name: 'Fjellerup Is v/ Birthe Skovgaard', legalForm: 'Enkeltmandsvirksomhed' });

function contact(cvr: string, daysAgo: number, note: string, staffName = 'Pia Mølgaard'): Contact {
  const at = NOW.getTime() - daysAgo * DAY;
  return {
    id: newEventId(at), cvr, unit: 'jobcenter', staffName, staffId: null, date: day(daysAgo), channel: 'telefon', purpose: 'rekruttering',
    outcome: null, followUpDate: null, note, rating: null, createdAt: new Date(at).toISOString(), createdBy: staffName,
  };
}

const PERSON = 'Kirsten Abildgaard';
const CONTACTS = {
  fresh: contact(KEEP.cvr, 10, `Talte med ${PERSON} om elevplads`),
  otherFresh: contact(KEEP.cvr, 20, 'Ingen aftale endnu'),
  oldJustKept: contact(KEEP.cvr, 5 * 365, 'Præcis fem år gammel note'),
  oldGone: contact(KEEP.cvr, 5 * 365 + 1, 'Fem år og en dag gammel note'),
  goneCompany: contact(GONE.cvr, 30, 'Birthe fortalte om sæsonarbejde, ring til kirsten abildgaard'),
};
const OPT_OUT: OptOut = {
  id: newEventId(NOW.getTime() - 40 * DAY), cvr: GONE.cvr, pNumber: null, scope: { kind: 'all' }, reason: 'Birthe vil ikke forstyrres i sæsonen',
  source: 'telefon', date: day(40), registeredAt: new Date(NOW.getTime() - 40 * DAY).toISOString(), registeredBy: 'Søren Bøgh', revokedAt: null, revokedBy: null, revokeReason: null,
};
const FEEDBACK: FeedbackResponse = {
  id: 'fb1', cvr: GONE.cvr, linkId: newEventId(NOW.getTime() - 25 * DAY), receivedAt: new Date(NOW.getTime() - 25 * DAY).toISOString(), date: day(25),
  unit: 'jobcenter', purpose: 'rekruttering', rating: 4, recommend: 8, comment: 'Søde folk, men ring før kl. 10 (Birthe)', wish: 'fewer', review: null,
};

async function seed(s: Stores): Promise<void> {
  const all = Object.values(CONTACTS);
  await s.history.upsertContacts(all);
  await s.journal.upsertMany(all);
  await s.history.insertOptOut(OPT_OUT, {
    id: newEventId(NOW.getTime() - 40 * DAY), cvr: GONE.cvr, action: 'optOut.registered', subjectId: OPT_OUT.id, actorName: 'Søren Bøgh', actorId: null, at: OPT_OUT.registeredAt,
  });
  await s.optOutRegister.upsert(OPT_OUT);
  await s.feedback.createLink({
    id: FEEDBACK.linkId, cvr: GONE.cvr, createdAt: FEEDBACK.receivedAt, createdBy: 'Pia Mølgaard', createdById: null, expiresAt: '2027-01-01T00:00:00Z',
    contactId: CONTACTS.goneCompany.id, unit: 'jobcenter', purpose: 'rekruttering', contactName: 'Birthe Skovgaard', status: 'open', answeredAt: null,
  });
  const link = await s.feedback.getLink(GONE.cvr, FEEDBACK.linkId);
  await s.feedback.answer(link!, FEEDBACK);
  await s.plans.save({ id: 'plan1', planId: 'plan1', version: 1, savedAt: new Date(NOW.getTime() - 3 * DAY).toISOString(), savedBy: 'Mette Kjærgaard', note: null, items: [
    { cvr: GONE.cvr, companyName: GONE.name, unit: 'erhverv', person: null, reasons: [], score: 1, advertisingProtected: false, flags: [], optedOutUnits: [], section: null, area: null, employeeBand: null },
    { cvr: KEEP.cvr, companyName: KEEP.name, unit: 'skole', person: null, reasons: [], score: 1, advertisingProtected: false, flags: [], optedOutUnits: [], section: null, area: null, employeeBand: null },
  ] });
  await s.companies.upsertMany([KEEP, GONE]);
}

/** Every table of the prefix, every entity, every property: where a text still stands. */
async function scan(stores: Stores, text: string): Promise<string[]> {
  const found: string[] = [];
  const needle = text.toLowerCase();
  for (const name of TABLE_NAMES) {
    for await (const e of stores.tables[name].listEntities()) {
      for (const [k, v] of Object.entries(e)) if (String(v).toLowerCase().includes(needle)) found.push(`${name}/${e.partitionKey}/${e.rowKey}.${k}`);
    }
  }
  return found;
}

describe('Data protection through the tab API: export, erasure, opt-outs that survive, retention', function () {
  this.timeout(120_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  let api: Awaited<ReturnType<typeof localTabApi>>;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { now: () => NOW, seed, deps: { accessLog: { flushMs: 10 }, retentionTickMs: 0 } });
    api = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  it('exports everything held about a company as JSON and as a workbook', async () => {
    const token = await localToken(t.baseUrl, 'Mette Kjærgaard');
    const res = await fetch(`${t.baseUrl}/api/tab/companies/${GONE.cvr}/data-export`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', new RegExp(`data-${GONE.cvr}-2026-11-30.json`));
    const x = (await res.json()) as CompanyDataExport;
    assert.equal(x.company.name, GONE.name);
    assert.deepEqual(x.contacts.map((c) => c.note), [CONTACTS.goneCompany.note]);
    assert.deepEqual(x.optOuts.map((o) => [o.reason, o.registeredBy]), [[OPT_OUT.reason, 'Søren Bøgh']]);
    assert.deepEqual(x.feedback.responses.map((r) => r.comment), [FEEDBACK.comment]);
    assert.deepEqual(x.feedback.links.map((l) => l.contactName), ['Birthe Skovgaard']);
    assert.deepEqual(x.planItems.map((p) => [p.planId, p.item.unit]), [['plan1', 'erhverv']]);
    assert.ok(x.audit.some((a) => a.action === 'optOut.registered'));
    const xlsx = await fetch(`${t.baseUrl}/api/tab/companies/${GONE.cvr}/data-export?format=xlsx`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(xlsx.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    assert.equal(bytes.subarray(0, 2).toString(), 'PK');
    // The second export lists the first among the access-log rows.
    const again = (await (await fetch(`${t.baseUrl}/api/tab/companies/${GONE.cvr}/data-export`, { headers: { Authorization: `Bearer ${token}` } })).json()) as CompanyDataExport;
    assert.ok(again.accessLog.filter((e) => e.via === 'tab.companyExport').length >= 2);
  });

  it('refuses staff: 403 on erasure, retention and export', async () => {
    const staff = await localTabApi(t.baseUrl, 'Lars Bækgaard');
    assert.equal((await staff.post('/erasure/preview', { kind: 'company', cvr: GONE.cvr })).status, 403);
    assert.equal((await staff.post('/erasure', { kind: 'company', cvr: GONE.cvr, confirm: true })).status, 403);
    assert.equal((await staff.get('/retention')).status, 403);
    assert.equal((await staff.get(`/companies/${GONE.cvr}/data-export`)).status, 403);
  });

  it('erases a named person from notes, names and feedback in every table, after a preview', async () => {
    const preview = await api.post<ErasurePreviewResponse>('/erasure/preview', { kind: 'person', name: 'kirsten  abildgaard' });
    assert.equal(preview.status, 200);
    assert.equal(preview.body.counts['CompanyHistory.contact'], 2);
    assert.equal(preview.body.counts['ContactJournal.row'], 2);
    assert.notDeepEqual(await scan(t.stores, PERSON), [], 'the preview changed nothing');
    const done = await api.post<ErasureResponse>('/erasure', { kind: 'person', name: 'kirsten  abildgaard', confirm: true });
    assert.equal(done.status, 200);
    assert.deepEqual(await scan(t.stores, PERSON), []);
    assert.equal(done.body.audit.what, 'person');
    assert.equal(done.body.audit.actorName, 'Mette Kjærgaard');
    const history = await t.stores.history.read(KEEP.cvr);
    assert.equal(history.contacts.find((c) => c.id === CONTACTS.fresh.id)?.note, 'Talte med [slettet] om elevplads');
  });

  it('erases one contact: gone from history, journal and the read model', async () => {
    const before = t.app.readModel.contacts().length;
    const done = await api.post<ErasureResponse>('/erasure', { kind: 'contact', cvr: KEEP.cvr, contactId: CONTACTS.otherFresh.id, confirm: true });
    assert.deepEqual(done.body.counts, { 'CompanyHistory.contact': 1, 'ContactJournal.contact': 1 });
    assert.deepEqual(await scan(t.stores, 'Ingen aftale endnu'), []);
    assert.equal(t.app.readModel.contacts().length, before - 1);
  });

  it('erases everything about a company but its suppression record, which the bot and the plan still honour', async () => {
    const preview = await api.post<ErasurePreviewResponse>('/erasure/preview', { kind: 'company', cvr: GONE.cvr });
    assert.equal(preview.body.counts['CompanyHistory.contact'], 1);
    assert.equal(preview.body.counts['Plans.item'], 1);
    assert.equal((await api.post('/erasure', { kind: 'company', cvr: GONE.cvr })).status, 400, 'no erasure without confirmation');
    const done = await api.post<ErasureResponse>('/erasure', { kind: 'company', cvr: GONE.cvr, confirm: true });
    assert.equal(done.status, 200);
    for (const text of ['sæsonarbejde', OPT_OUT.reason, 'ring før kl. 10', 'Søren Bøgh']) assert.deepEqual(await scan(t.stores, text), [], text);
    const audit = JSON.stringify(done.body.audit);
    assert.ok(!audit.includes('sæson') && done.body.audit.cvr === GONE.cvr && done.body.audit.what === 'company');

    // The suppression record: the bot's banner and the plan.
    const replies = await t.client.say(`har nogen kontaktet ${GONE.cvr}?`);
    const card = cardOf(replies[0]);
    assert.equal(containersWithStyle(card, 'attention').length, 1, cardTexts(card).join('\n'));
    const plan = await api.post<{ message: string }>('/plans', { items: [{ cvr: GONE.cvr, companyName: GONE.name, unit: 'skole', person: null, reasons: [], flags: [] }] });
    assert.equal(plan.status, 400);
    assert.match(plan.body.message, /frabedt sig kontakt/);
    const register = (await t.stores.optOutRegister.listAll()).find((o) => o.cvr === GONE.cvr);
    assert.deepEqual([register?.scope, register?.date, register?.reason], [{ kind: 'all' }, OPT_OUT.date, '']);
    const audits = await api.get<{ rows: unknown[] }>('/erasure/audit');
    assert.equal(audits.body.rows.length, 3);
  });

  it('retention: a dry-run counts, the run deletes exactly what is past its period (the day after, not the day before)', async () => {
    const settings = await api.get<RetentionResponse>('/retention');
    assert.deepEqual(settings.body.periods, DEFAULT_RETENTION);
    assert.equal((await api.put('/retention', { periods: { ...DEFAULT_RETENTION, accessLog: 30 } })).status, 400, 'the access log is kept at least six months');
    const dry = await api.post<RetentionDryRunResponse>('/retention/dry-run', { periods: DEFAULT_RETENTION });
    assert.equal(dry.body.counts.contacts, 1, 'only the contact five years and a day old');
    const outcome = await t.app.retention.runToday();
    assert.equal(outcome.kind, 'done');
    const left = (await t.stores.history.read(KEEP.cvr)).contacts.map((c) => c.id);
    assert.ok(left.includes(CONTACTS.oldJustKept.id), 'exactly five years old is kept');
    assert.ok(!left.includes(CONTACTS.oldGone.id), 'five years and a day is deleted');
    assert.deepEqual(await scan(t.stores, 'Fem år og en dag'), []);
    assert.ok(!t.app.readModel.contacts().some((c) => c.id === CONTACTS.oldGone.id));
    assert.deepEqual((await t.app.retention.runToday()).kind, 'alreadyDone');
    const runs = (await api.get<RetentionResponse>('/retention')).body.runs;
    assert.equal(runs.length, 1, JSON.stringify(runs));
    assert.equal(runs[0].counts.contacts, 1, JSON.stringify(runs));
    // A shorter period: the dry-run shows it before it is saved; saving alone deletes nothing.
    const shorter = { ...DEFAULT_RETENTION, contacts: 30 };
    assert.equal((await api.post<RetentionDryRunResponse>('/retention/dry-run', { periods: shorter })).body.counts.contacts, 1);
    assert.equal((await api.put<RetentionResponse>('/retention', { periods: shorter })).body.periods.contacts, 30);
    assert.equal((await t.stores.history.read(KEEP.cvr)).contacts.length, 2);
  });

  it('serves the privacy notice in Danish with the periods as configured now', async () => {
    const res = await fetch(`${t.baseUrl}/privatliv`);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<html lang="da">/);
    assert.match(html, /artikel 6, stk\. 1, litra e/);
    assert.match(html, /Kontakter og deres noter \(efter kontaktdatoen\)<\/td><td>30 dage/);
    assert.match(html, /Adgangsloggen \(hvem har set hvad\)<\/td><td>6 måneder/);
  });
});
