import assert from 'node:assert/strict';
import type { Company } from '../../bot/domain/company.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { CompanyDirectory } from '../../bot/services/companyDirectory.js';
import { CompanyFinder } from '../../bot/services/companyFinder.js';
import { JOURNAL_COPY_LIMIT } from '../../bot/store/companyStore.js';
import type { Stores } from '../../bot/store/index.js';
import { testCompany, validCvr } from '../support/companies.js';
import { freshStores, startTestAzurite } from '../support/storage.js';

describe('the in-memory register across instances', function () {
  this.timeout(120_000);
  let azurite: RunningAzurite;
  let stores: Stores;
  let clock = new Date('2026-11-30T10:00:00Z');
  const tick = (): void => { clock = new Date(clock.getTime() + 10 * 60_000); };

  before(async () => { azurite = await startTestAzurite(); });
  after(async () => { await azurite.stop(); });
  beforeEach(async () => { stores = await freshStores(azurite, () => clock); });

  it('another instance sees a changed company after its next sync, and its finder finds it', async () => {
    await stores.companies.upsertMany([testCompany({ cvr: validCvr(1), name: 'Gammelt Navn ApS' })]);
    const other = new CompanyDirectory(stores.companies, () => clock);
    const finder = new CompanyFinder(other);
    await other.load();
    tick();
    await stores.companies.upsertMany([testCompany({ cvr: validCvr(1), name: 'Fjellerup Fiskerøgeri ApS' }), testCompany({ cvr: validCvr(2), name: 'Trustrup Tømrerfirma' })]);
    tick();
    assert.equal(await other.sync(), 2);
    assert.equal(other.get(validCvr(1))?.name, 'Fjellerup Fiskerøgeri ApS');
    assert.equal(finder.find('fjellerup fiskeroegeri').hits[0]?.cvr, validCvr(1));
    assert.equal(await other.sync(), 0, 'nothing new the second time');
  });

  it('a bulk import reaches other instances as one reload', async () => {
    const other = new CompanyDirectory(stores.companies, () => clock);
    const heard: Company[] = [];
    other.onChange((changed) => heard.push(...changed));
    await other.load();
    tick();
    const bulk = Array.from({ length: JOURNAL_COPY_LIMIT + 50 }, (_, i) => testCompany({ cvr: validCvr(100 + i), name: `Bulkfirma ${i}` }));
    await stores.companies.upsertMany(bulk);
    const journal = [];
    for await (const e of stores.tables.CompanyChanges.listEntities()) journal.push(e);
    assert.equal(journal.length, 2, 'a reload marker before and after the writes, not a copy per company');
    tick();
    assert.equal(await other.sync(), bulk.length);
    assert.equal(other.size, bulk.length);
    assert.equal(heard.length, bulk.length);
  });
});
