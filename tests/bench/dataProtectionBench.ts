import { odata, type TransactionAction } from '@azure/data-tables';
import type { Contact } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import { generateCompanies } from '../../bot/demo/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { AccessLogService } from '../../bot/services/accessLogService.js';
import { CompanyDirectory } from '../../bot/services/companyDirectory.js';
import { CompanyFinder } from '../../bot/services/companyFinder.js';
import { ContactReadModel } from '../../bot/services/contactReadModel.js';
import { LookupService } from '../../bot/services/lookupService.js';
import { RetentionService } from '../../bot/services/retentionService.js';
import { StrategyService } from '../../bot/services/strategyService.js';
import { chunks, groupBy, mapLimit } from '../../bot/util/collections.js';
import { freshStores, startTestAzurite } from '../support/storage.js';
import { ms, percentile, table } from './stats.js';

const LOOKUPS = 400;
/** 1,000,000 contacts (2,000,000 rows with the journal) does not fit a shared 2-core machine's time: set DP_BENCH_CONTACTS to try. */
const CONTACTS = Number(process.env.DP_BENCH_CONTACTS ?? 20_000);
const DAY = 86_400_000;

/**
 * Issue 14: (1) the look-up's cost of access logging (the service with the real buffered logger beside the same
 * service with logging switched off, interleaved, over one Azurite); (2) the retention job deleting expired contacts
 * (history and journal rows) beside Azurite's raw batch-delete rate for the same number of rows, in the same run.
 */
export async function runDataProtectionBench(): Promise<void> {
  const azurite = await startTestAzurite();
  try {
    await lookupOverhead(azurite);
    await retentionRate(azurite);
  } finally {
    await azurite.stop();
  }
}

async function lookupOverhead(azurite: RunningAzurite): Promise<void> {
  const now = () => new Date();
  const stores = await freshStores(azurite);
  const companies = generateCompanies({ seed: 14, count: 2000 });
  await stores.companies.upsertMany(companies);
  const contacts = companies.slice(0, 1000).flatMap((c, i) => [0, 1, 2].map((k) => expired(c.cvr, i * 3 + k, 30 + k)));
  await stores.history.upsertContacts(contacts);
  const directory = new CompanyDirectory(stores.companies, now);
  await directory.load();
  const strategy = new StrategyService(stores.strategy, 30, now, () => newEventId(Date.now()));
  await strategy.load();
  const logger = new AccessLogService(stores.accessLog, now, (m) => console.log(m));
  const logged = new LookupService(new CompanyFinder(directory), directory, stores.companies, stores.history, strategy, now, logger);
  const unlogged = new LookupService(new CompanyFinder(directory), directory, stores.companies, stores.history, strategy, now, { record: async () => undefined });
  const reader = { userId: 'bench', userName: 'Bench', via: 'bot.lookup' as const };
  const withLog: number[] = [];
  const without: number[] = [];
  const recordOnly: number[] = [];
  for (let i = 0; i < LOOKUPS + 20; i++) {
    const cvr = companies[(i * 7919) % 1000].cvr;
    for (const [service, out] of (i % 2 === 0 ? [[logged, withLog], [unlogged, without]] : [[unlogged, without], [logged, withLog]]) as [LookupService, number[]][]) {
      const started = performance.now();
      await service.byCvr(cvr, 'jobcenter', reader);
      if (i >= 20) out.push(performance.now() - started);
    }
    const started = performance.now();
    await logger.record(reader, [cvr]);
    recordOnly.push(performance.now() - started);
  }
  await logger.stop();
  const written = await stores.accessLog.query({ cvr: null, userId: 'bench', from: '2020-01-01', to: '2099-12-31' }, 100_000);
  console.log(`\n## Access logging and the look-up (issue 14): ${LOOKUPS} look-ups each way, interleaved, over Azurite (LookupService.byCvr, 2,000 companies)`);
  console.log(table(['variant', 'p50 ms', 'p95 ms'], [
    ['without access log', ms(percentile(without, 50)), ms(percentile(without, 95))],
    ['with access log', ms(percentile(withLog, 50)), ms(percentile(withLog, 95))],
    ['difference', ms(percentile(withLog, 50) - percentile(without, 50)), ms(percentile(withLog, 95) - percentile(without, 95))],
    ['record() alone', ms(percentile(recordOnly, 50)), ms(percentile(recordOnly, 95))],
  ]));
  console.log(`events written by the background writer: ${written.length} (expected ${LOOKUPS + 20 + recordOnly.length})`);
}

function expired(cvr: string, i: number, daysOverPeriod: number): Contact {
  const at = Date.now() - (5 * 365 + daysOverPeriod) * DAY;
  return {
    id: newEventId(at + i), cvr, unit: 'jobcenter', staffName: 'Bench', staffId: null, date: new Date(at).toISOString().slice(0, 10),
    channel: 'telefon', purpose: 'rekruttering', outcome: null, followUpDate: null, note: `note ${i}`, rating: null,
    createdAt: new Date(at).toISOString(), createdBy: 'Bench',
  };
}

async function retentionRate(azurite: RunningAzurite): Promise<void> {
  const companies = generateCompanies({ seed: 15, count: 2000 });
  const contacts = Array.from({ length: CONTACTS }, (_, i) => expired(companies[i % companies.length].cvr, i, 2 + (i % 500)));

  // Raw floor: the same history rows deleted by plain batch deletes (keys read, transactions of 100 per partition, 8 in flight).
  const raw = await freshStores(azurite);
  await raw.history.upsertContacts(contacts);
  const rawStarted = performance.now();
  const keys: { partitionKey: string; rowKey: string }[] = [];
  for await (const e of raw.tables.CompanyHistory.listEntities({ queryOptions: { filter: odata`RowKey ge ${'c_'} and RowKey lt ${'c`'}`, select: ['PartitionKey', 'RowKey'] } })) {
    keys.push({ partitionKey: e.partitionKey as string, rowKey: e.rowKey as string });
  }
  const batches = [...groupBy(keys, (k) => k.partitionKey).values()].flatMap((g) => chunks(g, 100));
  await mapLimit(batches, 8, (b) => raw.tables.CompanyHistory.submitTransaction(b.map((k): TransactionAction => ['delete', k])));
  const rawSeconds = (performance.now() - rawStarted) / 1000;

  const stores = await freshStores(azurite);
  await stores.history.upsertContacts(contacts);
  await stores.journal.upsertMany(contacts);
  const now = () => new Date();
  const service = new RetentionService({ stores, readModel: new ContactReadModel(stores.journal, now), now, instanceId: 'bench' });
  const started = performance.now();
  const outcome = await service.runToday();
  const seconds = (performance.now() - started) / 1000;
  const deleted = outcome.kind === 'done' ? outcome.counts.contacts ?? 0 : 0;
  const rows = deleted * 2;
  console.log(`\n## Retention job (issue 14): ${CONTACTS.toLocaleString('en')} expired contacts over ${companies.length.toLocaleString('en')} companies (history + journal rows), Azurite in memory`);
  console.log(table(['what', 'rows', 'seconds', 'rows/s'], [
    ['Azurite raw batch delete (history rows only)', keys.length, rawSeconds.toFixed(1), Math.round(keys.length / rawSeconds)],
    ['retention job (contacts: history + journal, with checkpoints)', rows, seconds.toFixed(1), Math.round(rows / seconds)],
  ]));
  console.log(`contacts deleted: ${deleted}; at this rate 1,000,000 contacts (2,000,000 rows) take about ${Math.round(2_000_000 / (rows / seconds) / 60)} min on Azurite (extrapolated, not measured; Azurite scans the whole table per query, real Azure does not)`);
}

if (require.main === module) runDataProtectionBench().catch((e) => { console.error(e); process.exit(1); });
