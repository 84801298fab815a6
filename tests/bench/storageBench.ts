import { odata } from '@azure/data-tables';
import { parseCompanyFile } from '../../bot/domain/companyImport/index.js';
import { generateActivity, generateCompanies, toCompanyCsv } from '../../bot/demo/index.js';
import { importCompanies } from '../../bot/services/importCompanies.js';
import { companyPartition } from '../../bot/store/companyStore.js';
import { freshStores, startTestAzurite } from '../support/storage.js';
import { ms, percentile, sample, table } from './stats.js';

/**
 * Issue 2: import throughput for 100,000 generated rows, and our point read and partition query beside
 * Azurite's raw figures for the same requests at the same table size, in the same run.
 */
export async function runStorageBench(): Promise<void> {
  const azurite = await startTestAzurite();
  try {
    const stores = await freshStores(azurite);
    const companies = generateCompanies({ seed: 11, count: 100_000 });
    const csv = toCompanyCsv(companies);

    const parseStart = performance.now();
    const parsed = parseCompanyFile(csv, 'bench.csv');
    const parseMs = performance.now() - parseStart;
    const importStart = performance.now();
    const report = await importCompanies(parsed, stores.companies);
    const importMs = performance.now() - importStart;
    const reimportStart = performance.now();
    const again = await importCompanies(parsed, stores.companies);
    const reimportMs = performance.now() - reimportStart;

    // Raw floor: the same 100,000 entities as bare batches of 100 into one table, no reads, no journal.
    const raw = (await freshStores(azurite)).tables.Companies;
    const rawStart = performance.now();
    for (let i = 0; i < companies.length; i += 100) {
      await raw.submitTransaction(companies.slice(i, i + 100).map((c) => ['upsert', { partitionKey: 'p' + String(Math.floor(i / 100) % 100), rowKey: c.cvr, name: c.name }]));
    }
    const rawMs = performance.now() - rawStart;

    console.log(`\n## Import (issue 2): ${companies.length.toLocaleString('en')} generated rows, CSV ${(csv.length / 1e6).toFixed(1)} MB`);
    console.log(table(['step', 'rows', 'seconds', 'rows/s'], [
      ['parse CSV', parsed.rows.length, (parseMs / 1000).toFixed(2), Math.round(parsed.rows.length / (parseMs / 1000))],
      ['import (compare + journal + upsert)', report.inserted, (importMs / 1000).toFixed(2), Math.round(report.inserted / (importMs / 1000))],
      ['re-import, unchanged (reads only)', again.unchanged, (reimportMs / 1000).toFixed(2), Math.round(again.unchanged / (reimportMs / 1000))],
      ['raw Azurite batch upserts (floor)', companies.length, (rawMs / 1000).toFixed(2), Math.round(companies.length / (rawMs / 1000))],
    ]));

    // Latency with the register (100k) plus 100k contacts in the store.
    const { contacts } = generateActivity({ seed: 11, companies: companies.slice(0, 20_000), now: new Date('2026-11-30T10:00:00Z'), targetContactCount: 100_000 });
    await stores.history.upsertContacts(contacts);
    const busiest = [...countBy(contacts.map((c) => c.cvr))].sort((a, b) => b[1] - a[1]).slice(0, 200).map(([cvr]) => cvr);
    const picks = Array.from({ length: 300 }, (_, i) => companies[(i * 7919) % companies.length].cvr);

    await sample(50, (i) => stores.companies.get(picks[i])); // warm-up
    const ourPoint = await sample(300, (i) => stores.companies.get(picks[i]));
    const rawPoint = await sample(300, (i) => stores.tables.Companies.getEntity(companyPartition(picks[i]), picks[i]));
    const ourPartition = await sample(200, (i) => stores.history.read(busiest[i]));
    const rawPartition = await sample(200, async (i) => {
      const rows = [];
      for await (const e of stores.tables.CompanyHistory.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${busiest[i]}` } })) rows.push(e);
      return rows;
    });
    const rowsPer = contacts.filter((c) => busiest.includes(c.cvr)).length / busiest.length;
    console.log(`\n## Storage latency (issue 2): ${companies.length.toLocaleString('en')} companies, ${contacts.length.toLocaleString('en')} contacts; history partitions of ~${rowsPer.toFixed(0)} rows`);
    console.log(table(['request', 'ours p50 ms', 'ours p95 ms', 'raw p50 ms', 'raw p95 ms'], [
      ['company point read', ms(percentile(ourPoint, 50)), ms(percentile(ourPoint, 95)), ms(percentile(rawPoint, 50)), ms(percentile(rawPoint, 95))],
      ['company history partition query', ms(percentile(ourPartition, 50)), ms(percentile(ourPartition, 95)), ms(percentile(rawPartition, 50)), ms(percentile(rawPartition, 95))],
    ]));
  } finally {
    await azurite.stop();
  }
}

function countBy(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

if (require.main === module) {
  runStorageBench().catch((e) => { console.error(e); process.exit(1); });
}
