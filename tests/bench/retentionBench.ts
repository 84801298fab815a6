import os from 'node:os';
import { odata, type TransactionAction } from '@azure/data-tables';
import type { Contact } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import { copenhagenDay } from '../../bot/domain/danishTime.js';
import { generateCompanies } from '../../bot/demo/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { ContactReadModel } from '../../bot/services/contactReadModel.js';
import { RetentionService } from '../../bot/services/retentionService.js';
import { chunks, groupBy, mapLimit } from '../../bot/util/collections.js';
import { freshStores } from '../support/storage.js';
import { processCpuMs, table } from './stats.js';

/** 1,000,000 contacts (2,000,000 rows with the journal) takes the better part of an hour on a shared 2-core machine: set DP_BENCH_CONTACTS. */
const CONTACTS = Number(process.env.DP_BENCH_CONTACTS ?? 20_000);
const DAY = 86_400_000;
const SLICE = 50_000;

/** A contact past the 5-year period by `daysOverPeriod` days. */
export function expiredContact(cvr: string, i: number, daysOverPeriod: number): Contact {
  const at = Date.now() - (5 * 365 + daysOverPeriod) * DAY;
  return {
    id: newEventId(at + i),
    cvr,
    unit: 'jobcenter',
    staffName: 'Bench',
    staffId: null,
    date: new Date(at).toISOString().slice(0, 10),
    channel: 'telefon',
    purpose: 'rekruttering',
    outcome: null,
    followUpDate: null,
    note: `note ${i}`,
    rating: null,
    createdAt: new Date(at).toISOString(),
    createdBy: 'Bench',
  };
}

/**
 * Issue 14: the retention job deleting expired contacts (history and journal rows) beside Azurite's raw batch-delete
 * rate for the same number of history rows, in the same run and the same Azurite.
 */
export async function runRetentionBench(azurite: RunningAzurite): Promise<void> {
  const companies = generateCompanies({ seed: 15, count: 2000 });
  const contact = (i: number) => expiredContact(companies[i % companies.length].cvr, i, 2 + (i % 500));
  const load = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  const azuriteCpu = () => processCpuMs(azurite.process.pid) ?? NaN;
  console.log(
    `\n## Retention job (issue 14): ${CONTACTS.toLocaleString('en')} expired contacts over ${companies.length.toLocaleString('en')} companies, Azurite in memory; load average at start ${load()}`,
  );

  // Raw floor: the same history rows deleted by plain batch deletes (keys read, transactions of 100 per partition, 8 in flight).
  const raw = await freshStores(azurite);
  await seed(CONTACTS, contact, (batch) => raw.history.upsertContacts(batch), 'raw: history rows');
  const rawCpu = [process.cpuUsage(), azuriteCpu()] as const;
  const rawStarted = performance.now();
  const keys: { partitionKey: string; rowKey: string }[] = [];
  for await (const e of raw.tables.CompanyHistory.listEntities({
    queryOptions: { filter: odata`RowKey ge ${'c_'} and RowKey lt ${'c`'}`, select: ['PartitionKey', 'RowKey'] },
  })) {
    keys.push({ partitionKey: e.partitionKey as string, rowKey: e.rowKey as string });
  }
  const batches = [...groupBy(keys, (k) => k.partitionKey).values()].flatMap((g) => chunks(g, 100));
  await mapLimit(batches, 8, (b) => raw.tables.CompanyHistory.submitTransaction(b.map((k): TransactionAction => ['delete', k])));
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  const rawUsed = cpuSince(rawCpu, azuriteCpu());
  console.log(`  raw batch delete: ${keys.length} rows in ${rawSeconds.toFixed(1)} s; load average ${load()}`);

  const stores = await freshStores(azurite);
  await seed(
    CONTACTS,
    contact,
    async (batch) => {
      await stores.history.upsertContacts(batch);
      await stores.journal.upsertMany(batch);
    },
    'job: history + journal rows',
  );
  const now = () => new Date();
  const service = new RetentionService({ stores, readModel: new ContactReadModel(stores.journal, now), now, instanceId: 'bench' });
  const jobCpu = [process.cpuUsage(), azuriteCpu()] as const;
  const started = performance.now();
  // A long run says how far it has come, from its checkpoint, once a minute.
  const progress = setInterval(
    () =>
      void stores.retention.run(copenhagenDay(now())).then((r) => {
        const counts = JSON.stringify(r?.counts ?? {});
        console.log(`  job after ${((performance.now() - started) / 1000).toFixed(0)} s: ${counts}; load average ${load()}`);
      }),
    60_000,
  );
  const outcome = await service.runToday().finally(() => clearInterval(progress));
  const seconds = (performance.now() - started) / 1000;
  const jobUsed = cpuSince(jobCpu, azuriteCpu());
  const counts: Record<string, number> = outcome.kind === 'done' ? outcome.counts : {};
  const deleted = counts.contacts ?? 0;
  const rows = deleted + (counts['contacts.journal'] ?? 0);
  console.log(
    table(
      ['what', 'rows', 'seconds', 'rows/s', 'CPU s bench', 'CPU s Azurite'],
      [
        [
          'Azurite raw batch delete (history rows only)',
          keys.length,
          rawSeconds.toFixed(1),
          Math.round(keys.length / rawSeconds),
          rawUsed.node,
          rawUsed.azurite,
        ],
        [
          'retention job (contacts: history + journal, with checkpoints)',
          rows,
          seconds.toFixed(1),
          Math.round(rows / seconds),
          jobUsed.node,
          jobUsed.azurite,
        ],
      ],
    ),
  );
  console.log(`contacts deleted: ${deleted} of ${CONTACTS}; load average at end ${load()}`);
}

/** Writes the contacts in slices, so a million of them never sit in memory at once; says how fast. */
async function seed(n: number, contact: (i: number) => Contact, write: (batch: Contact[]) => Promise<void>, what: string): Promise<void> {
  const started = performance.now();
  for (let from = 0; from < n; from += SLICE) {
    await write(Array.from({ length: Math.min(SLICE, n - from) }, (_, k) => contact(from + k)));
    if (n > SLICE)
      console.log(`  seeded ${what}: ${Math.min(n, from + SLICE)} contacts in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

function cpuSince(from: readonly [NodeJS.CpuUsage, number], azuriteNow: number): { node: string; azurite: string } {
  const used = process.cpuUsage(from[0]);
  return { node: ((used.user + used.system) / 1e6).toFixed(1), azurite: ((azuriteNow - from[1]) / 1000).toFixed(1) };
}
