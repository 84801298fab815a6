import assert from 'node:assert/strict';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { testCompany, validCvr } from '../support/companies.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const SOEHOLM = testCompany({ cvr: validCvr(801), name: 'Søholm Tømrer og Snedker ApS', address: { street: 'Bygaden 2', postalCode: '8585', town: 'Glesborg', municipalityCode: '707' } });
const SOEHOLT = testCompany({ cvr: validCvr(802), name: 'Søholt Auto', address: { street: 'Vejen 9', postalCode: '8500', town: 'Grenaa', municipalityCode: '707' } });
const HAVN = testCompany({ cvr: validCvr(803), name: 'Grenaa Havn A/S' });

describe('The log card\'s company type-ahead (application/search on /api/messages)', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { seed: (s) => s.companies.upsertMany([SOEHOLM, SOEHOLT, HAVN]).then(() => undefined), deps: { companyTypeahead: true } });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  const results = (body: Record<string, unknown>) => ((body.value as { results: { title: string; value: string }[] }).results);

  it('answers what has been typed so far with the matcher\'s hits, æøå written as oe and typos included', async () => {
    const r = await t.client.search({ queryText: 'soeholm tomrer', dataset: 'companies', queryOptions: { skip: 0, top: 15 } });
    assert.equal(r.status, 200);
    assert.equal(r.body.type, 'application/vnd.microsoft.search.searchResponse');
    assert.deepEqual(results(r.body)[0], { title: 'Søholm Tømrer og Snedker ApS (Glesborg)', value: SOEHOLM.cvr });
    const partial = results((await t.client.search({ queryText: 'Søhol', dataset: 'companies' })).body).map((x) => x.value);
    assert.deepEqual(partial.sort(), [SOEHOLM.cvr, SOEHOLT.cvr].sort());
    const byCvr = results((await t.client.search({ queryText: HAVN.cvr, dataset: 'companies' })).body);
    assert.deepEqual(byCvr.map((x) => x.value), [HAVN.cvr]);
  });

  it('keeps to the requested count and to 15 at most', async () => {
    const one = results((await t.client.search({ queryText: 'Søhol', dataset: 'companies', queryOptions: { top: 1 } })).body);
    assert.equal(one.length, 1);
    const many = results((await t.client.search({ queryText: 'a', dataset: 'companies', queryOptions: { top: 500 } })).body);
    assert.ok(many.length <= 15);
  });

  it('refuses other datasets and malformed searches cleanly', async () => {
    for (const value of [{ queryText: 'havn', dataset: 'npm' }, { queryText: 42, dataset: 'companies' }, { dataset: 'companies' }]) {
      const r = await t.client.search(value);
      assert.equal(r.status, 400, JSON.stringify(value));
      assert.equal(r.body.type, 'application/vnd.microsoft.error');
    }
  });

  /** The company input of a log card opened without a company. */
  async function companyInput(app: TestApp): Promise<{ input: Record<string, unknown>; submit: Record<string, unknown> }> {
    const open = await app.client.execute('logContact.open', {});
    const card = open.body.value as { body: Record<string, unknown>[]; actions: { verb: string; data: Record<string, unknown> }[] };
    const input = card.body.find((e) => e.id === 'company');
    assert.ok(input, 'the card asks for the company');
    return { input, submit: card.actions.find((a) => a.verb === 'logContact.submit')!.data };
  }

  it('offers the company field as a Data.Query type-ahead, and stores the contact with the company chosen there', async () => {
    const { input, submit } = await companyInput(t);
    assert.equal(input.type, 'Input.ChoiceSet');
    assert.equal(input.style, 'filtered');
    assert.deepEqual(input['choices.data'], { type: 'Data.Query', dataset: 'companies' });
    // Teams sends the chosen value, the CVR, in the company field.
    const missing = await t.client.execute('logContact.submit', { ...submit, company: HAVN.cvr, date: '2026-11-31', unit: 'jobcenter', channel: 'telefon', purpose: 'rekruttering' });
    const again = missing.body.value as { body: Record<string, unknown>[] };
    assert.ok(JSON.stringify(again).includes(HAVN.name), 'a form sent back for another field keeps the chosen company by name');
    const saved = await t.client.execute('logContact.submit', { ...submit, company: HAVN.cvr, date: '2026-11-27', unit: 'jobcenter', channel: 'telefon', purpose: 'rekruttering' });
    assert.match(JSON.stringify(saved.body.value), /Kontakten er gemt/);
    assert.equal((await t.stores.history.read(HAVN.cvr)).contacts.length, 1);
  });

  it('keeps the text field the matcher resolves in local mode, where the Agents Playground has no type-ahead', async () => {
    const local = await startTestApp(azurite, { seed: (s) => s.companies.upsertMany([HAVN]).then(() => undefined) });
    try {
      const { input } = await companyInput(local);
      assert.equal(input.type, 'Input.Text');
    } finally {
      await local.stop();
    }
  });
});
