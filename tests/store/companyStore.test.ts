import assert from 'node:assert/strict';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { companyPartition } from '../../bot/store/companyStore.js';
import type { Stores } from '../../bot/store/index.js';
import { testCompany, validCvr } from '../support/companies.js';
import { freshStores, recordRequests, startTestAzurite } from '../support/storage.js';

describe('CompanyStore on Azurite', function () {
  let azurite: RunningAzurite;
  let stores: Stores;
  let clock = new Date('2026-11-30T10:00:00Z');

  before(async () => { azurite = await startTestAzurite(); });
  after(async () => { await azurite.stop(); });
  beforeEach(async () => { stores = await freshStores(azurite, () => clock); });

  const register = Array.from({ length: 250 }, (_, i) => testCompany({ cvr: validCvr(i), name: `Testvirksomhed ${i} ApS` }));

  it('inserts, then re-importing the same companies writes nothing', async () => {
    const first = await stores.companies.upsertMany(register);
    assert.deepEqual(first, { inserted: 250, updated: 0, unchanged: 0 });
    const journal = recordRequests(stores.tables.CompanyChanges);
    const companyWrites = recordRequests(stores.tables.Companies);
    const second = await stores.companies.upsertMany(register);
    assert.deepEqual(second, { inserted: 0, updated: 0, unchanged: 250 });
    assert.equal(journal.length, 0, 'no change journal rows for an unchanged import');
    assert.ok(companyWrites.every((r) => r.method === 'GET'), 'only reads on an unchanged import');
    assert.equal((await stores.companies.listAll()).length, 250);
  });

  it('updates a changed company and round-trips every field', async () => {
    await stores.companies.upsertMany(register);
    const changed = {
      ...register[7],
      name: 'Grenå Maskinstation ApS',
      secondaryNames: ['Maskinstationen ved Havnen'],
      pNumbers: ['1012345678'],
      employeeBand: 'ANTAL_20_49',
      advertisingProtected: true,
      address: { street: null, postalCode: '8585', town: 'Glesborg', municipalityCode: '707' },
      industryCode: null,
    };
    assert.deepEqual(await stores.companies.upsertMany([changed, register[8]]), { inserted: 0, updated: 1, unchanged: 1 });
    assert.deepEqual(await stores.companies.get(changed.cvr), changed);
    assert.equal(await stores.companies.get(validCvr(9999)), null);
  });

  it('reads one company with a single point read', async () => {
    await stores.companies.upsertMany(register);
    const seen = recordRequests(stores.tables.Companies);
    const cvr = register[42].cvr;
    await stores.companies.get(cvr);
    assert.equal(seen.length, 1);
    assert.match(seen[0].url, new RegExp(`PartitionKey='${companyPartition(cvr)}',RowKey='${cvr}'`));
  });

  it('reports the companies changed since a watermark', async () => {
    await stores.companies.upsertMany(register.slice(0, 10));
    // Readers re-read two minutes before their watermark (clock skew between instances), so step past that.
    const watermark = clock.getTime() + 3 * 60_000;
    clock = new Date(clock.getTime() + 5 * 60_000);
    await stores.companies.upsertMany([{ ...register[3], name: 'Omdøbt ApS' }, register[4], register[20]]);
    const batch = await stores.companies.changesSince(watermark);
    assert.deepEqual(batch.companies.map((c) => c.name).sort(), ['Omdøbt ApS', 'Testvirksomhed 20 ApS']);
    assert.equal(batch.watermark, clock.getTime());
    const unrelated = await freshStores(azurite, () => clock);
    assert.equal((await unrelated.companies.changesSince(watermark)).companies.length, 0);
  });

  it('says whether the register is empty', async () => {
    assert.equal(await stores.companies.isEmpty(), true);
    await stores.companies.upsertMany(register.slice(0, 1));
    assert.equal(await stores.companies.isEmpty(), false);
  });
});
