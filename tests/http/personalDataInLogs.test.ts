import assert from 'node:assert/strict';
import type { CompanyResponse, CompanySearchResponse, CreatedFeedbackLink, GeneratePlanResponse, SavedPlan } from '../../bot/contract/api.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { RateLimiter } from '../../bot/util/rateLimiter.js';
import { cardOf, cardTexts, type Sender } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

type Card = Record<string, unknown> & { actions?: { verb?: string; data?: Record<string, unknown> }[] };

/**
 * Distinctive strings, each a kind of personal data the product handles. None of them may reach a log line, at
 * any level: the logs go to App Service and Log Analytics, where the retention and access rules of the contact
 * register do not apply.
 */
const PERSONAL = {
  companyName: 'Ingeborg Quistgaard Frisør',
  searchQuery: 'Quistgaard Fris',
  staffName: 'Torbjørn Zachariassen',
  contactPerson: 'Valdemar Høstrup-Bech',
  note: 'Talte med Valdemar Høstrup-Bech om hans ryglidelse',
  outcome: 'Aftalte opfølgning hos Quistgaard',
  optOutReason: 'Ønsker ikke flere opkald efter skilsmissen',
  revokeReason: 'Fortrød sig efter samtale med Zachariassen',
  planNote: 'Plan om Ingeborgs nye salon på Torvet',
  feedbackComment: 'Sagsbehandleren Yrsa Kløvedal var meget venlig',
};

const START = Date.parse('2026-11-30T10:00:00Z');
const FRISOR = testCompany({ cvr: validCvr(701), name: PERSONAL.companyName, legalForm: 'Enkeltmandsvirksomhed' });
const SMEDIE = testCompany({ cvr: validCvr(702), name: 'Ørum Smedie ApS' });
const STAFF: Sender = { id: 'user-jobcenter-9', name: PERSONAL.staffName, aadObjectId: '00000000-0000-4000-8000-000000000099' };
const COORDINATOR: Sender = { id: 'user-erhverv-1', name: 'Mette Kjærgaard', aadObjectId: '00000000-0000-4000-8000-000000000001' };

describe('No personal data in the server\'s logs over the real use cases', function () {
  this.timeout(90_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  let clock = START;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, {
      now: () => new Date(clock++),
      seed: (s) => s.companies.upsertMany([FRISOR, SMEDIE]).then(() => undefined),
      deps: { feedbackLimiter: new RateLimiter({ capacity: 1000, perMinute: 1000, maxClients: 10, now: Date.now }) },
      config: { logLevel: 'debug' },
    });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  it('logs ids, counts and kinds, never what the users typed or whom it is about', async () => {
    // Look-up by message, and the bot's type-ahead.
    const [lookup] = await t.client.say(`har nogen kontaktet ${PERSONAL.companyName}?`, { from: STAFF });
    assert.match(cardTexts(cardOf(lookup)).join('\n'), /Quistgaard/);
    const typeahead = await t.client.search({ queryText: PERSONAL.searchQuery, dataset: 'companies' }, { from: STAFF });
    assert.equal(typeahead.status, 200);

    // Log a contact with a note, and register an opt-out on the same card (Action.Execute).
    const open = await t.client.execute('logContact.open', { cvr: FRISOR.cvr }, { from: STAFF });
    const ids = (open.body.value as Card).actions?.find((a) => a.verb === 'logContact.submit')?.data ?? {};
    const form = { date: '2026-11-28', unit: 'jobcenter', channel: 'telefon', purpose: 'virksomhedspraktik', outcome: PERSONAL.outcome, note: PERSONAL.note, rating: '4' };
    const saved = await t.client.execute('logContact.submit', { ...ids, ...form, optOut: 'true', optOutScope: 'all', optOutReason: PERSONAL.optOutReason }, { from: STAFF });
    assert.match(cardTexts(saved.body.value).join('\n'), /Frabedt kontakt registreret/);
    const optOut = (await t.stores.history.read(FRISOR.cvr)).optOuts[0];
    assert.ok(optOut, 'the opt-out is stored');
    const revoked = await t.client.execute('optOut.revoke', { cvr: FRISOR.cvr, optOutId: optOut.id, [`revokeReason_${optOut.id}`]: PERSONAL.revokeReason }, { from: COORDINATOR });
    assert.match(cardTexts(revoked.body.value).join('\n'), /Frabedt kontakt er tilbagekaldt/);

    // The tab: type-ahead, the company page, a plan with a note, a feedback link for a named contact person.
    const api = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    const search = await api.get<CompanySearchResponse>(`/companies?q=${encodeURIComponent(PERSONAL.searchQuery)}`);
    assert.equal(search.body.results[0]?.cvr, FRISOR.cvr);
    const page = await api.get<CompanyResponse>(`/companies/${FRISOR.cvr}`);
    assert.equal(page.status, 200);
    assert.ok(JSON.stringify(page.body).includes(PERSONAL.note), 'the page shows the note (to staff)');
    const suggestion = await api.post<GeneratePlanResponse>('/plans/generate', { size: 2 });
    assert.equal(suggestion.status, 200, JSON.stringify(suggestion.body));
    const plan = await api.post<SavedPlan>('/plans', { items: suggestion.body.items, note: PERSONAL.planNote });
    assert.equal(plan.status, 200, JSON.stringify(plan.body));
    const link = await api.post<CreatedFeedbackLink>('/feedback/links', { cvr: FRISOR.cvr, contactName: PERSONAL.contactPerson });
    assert.equal(link.status, 200, JSON.stringify(link.body));

    // The company answers on the public page.
    const answer = await fetch(`${t.baseUrl}${new URL(link.body.url).pathname}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ rating: '5', recommend: '9', comment: PERSONAL.feedbackComment, wish: 'same' }).toString(),
    });
    assert.equal(answer.status, 200, await answer.text());
    assert.equal((await t.stores.feedback.forCompany(FRISOR.cvr)).responses.length, 1);

    // Logging did happen, with correlation ids, over every kind of request above.
    const entries = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.msg === 'request');
    assert.ok(requests.length >= 10, `${requests.length} request lines`);
    assert.ok(requests.every((e) => typeof e.correlationId === 'string' && e.correlationId.length > 0), 'every request line has a correlation id');
    for (const route of ['/api/messages', '/api/tab/companies/:cvr', '/api/tab/plans', '/feedback/:token']) {
      assert.ok(requests.some((e) => e.route === route), `a request line for ${route}: ${[...new Set(requests.map((e) => e.route))].join(', ')}`);
    }
    assert.ok(entries.some((e) => e.level === 'debug'), 'debug lines (storage requests) were written');

    // And none of them holds personal data: neither whole strings nor their telling parts.
    const all = t.logs.join('\n');
    const words = [...Object.values(PERSONAL), 'Quistgaard', 'Høstrup', 'Zachariassen', 'Kløvedal', 'Mette Kjærgaard', link.body.url.split('/').pop()!];
    for (const w of words) {
      const at = all.indexOf(w);
      assert.equal(at, -1, `"${w}" is in the log: ${at === -1 ? '' : all.slice(Math.max(0, all.lastIndexOf('\n', at)), all.indexOf('\n', at))}`);
    }
  });
});
