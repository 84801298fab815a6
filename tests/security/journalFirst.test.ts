import assert from 'node:assert/strict';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { testCompany, validCvr } from '../support/companies.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const COMPANY = testCompany({ cvr: validCvr(331), name: 'Ørum Smedie' });
const FORM = { date: '2026-11-28', unit: 'jobcenter', channel: 'telefon', purpose: 'virksomhedspraktik', outcome: 'Aftale', note: '', rating: '4' };

/**
 * Issue 13, item 6: a contact in the company's history but not in the journal was invisible to the overview, plan
 * and digest until someone resubmitted. Whatever fails between the two writes, the history never gets ahead.
 */
describe('security: no contact in the history without its journal row (issue 13, item 6)', function () {
  this.timeout(120_000);
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { now: () => NOW, seed: (s) => s.companies.upsertMany([COMPANY]).then(() => undefined) });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  it('a journal write that fails leaves nothing in the history, and the resubmit stores both', async () => {
    const open = await t.client.execute('logContact.open', { cvr: COMPANY.cvr });
    const ids = (open.body.value as { actions?: { verb?: string; data?: Record<string, unknown> }[] }).actions?.find((a) => a.verb === 'logContact.submit')?.data;
    assert.ok(ids);
    const journal = t.app.stores.journal;
    const upsert = journal.upsert.bind(journal);
    journal.upsert = async () => { throw new Error('the journal partition is unavailable'); };
    try {
      const failed = await t.client.execute('logContact.submit', { ...ids, ...FORM });
      assert.doesNotMatch(JSON.stringify(failed.body.value), /Kontakten er gemt/);
    } finally {
      journal.upsert = upsert;
    }
    const inHistory = (await t.stores.history.read(COMPANY.cvr)).contacts.some((c) => c.id === ids.contactId);
    const inJournal = (await t.stores.journal.listMonth('2026-11')).some((c) => c.id === ids.contactId);
    assert.ok(!inHistory || inJournal, 'a contact in the history is in the journal too');

    const again = await t.client.execute('logContact.submit', { ...ids, ...FORM });
    assert.match(JSON.stringify(again.body.value), /Kontakten er gemt/);
    assert.equal((await t.stores.history.read(COMPANY.cvr)).contacts.filter((c) => c.id === ids.contactId).length, 1);
    assert.equal((await t.stores.journal.listMonth('2026-11')).filter((c) => c.id === ids.contactId).length, 1);
  });
});
