import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readTableFile, writeTableFile } from '../../bot/scripts/backupFolder.js';
import { exportTable, restoreWriter } from '../../bot/store/tableBackup.js';
import { freshStores, startTestAzurite } from '../support/storage.js';
import { table } from './stats.js';

const ROWS = 20_000;
const PARTITIONS = 200;

/**
 * Issue 15: backup (read + gzip NDJSON + SHA-256) and restore (gunzip + parse + batch upserts) of one table of
 * 20,000 contact-sized rows, beside Azurite's raw query rate and raw batch-upsert rate for the same rows.
 */
export async function runBackupBench(): Promise<void> {
  const azurite = await startTestAzurite();
  const folder = await mkdtemp(path.join(tmpdir(), 'backup-bench-'));
  try {
    const source = (await freshStores(azurite)).tables.ContactJournal;
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      partitionKey: `p${String(i % PARTITIONS).padStart(3, '0')}`, rowKey: `c_${String(i).padStart(6, '0')}`,
      cvr: String(30_000_000 + (i % 5000)), unit: 'jobcenter', staffName: 'Pia Mølgaard', note: `Talte med ejeren om løntilskud og praktik, opfølgning i næste uge (${i})`,
      rating: i % 5, createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000), seq: BigInt(i) * 1_000_003n, score: i / 7,
    }));
    const byPartition = new Map<string, typeof rows>();
    for (const r of rows) {
      const group = byPartition.get(r.partitionKey);
      if (group) group.push(r); else byPartition.set(r.partitionKey, [r]);
    }

    const rawWriteStart = performance.now();
    for (const group of byPartition.values()) {
      for (let i = 0; i < group.length; i += 100) await source.submitTransaction(group.slice(i, i + 100).map((r) => ['upsert', r, 'Replace']));
    }
    const rawWriteS = (performance.now() - rawWriteStart) / 1000;

    const rawReadStart = performance.now();
    let rawRead = 0;
    for await (const page of source.listEntities().byPage({ maxPageSize: 1000 })) rawRead += page.length;
    const rawReadS = (performance.now() - rawReadStart) / 1000;

    const backupStart = performance.now();
    const written = await writeTableFile(folder, 'ContactJournal', exportTable(source));
    const backupS = (performance.now() - backupStart) / 1000;

    const target = (await freshStores(azurite)).tables.ContactJournal;
    const restoreStart = performance.now();
    const writer = restoreWriter(target);
    for await (const page of readTableFile(folder, written)) await writer.write(page);
    await writer.flush();
    const restoreS = (performance.now() - restoreStart) / 1000;

    console.log(`\n## Backup and restore (issue 15): one table, ${ROWS.toLocaleString('en')} rows in ${PARTITIONS} partitions`);
    console.log(table(['step', 'rows', 'seconds', 'rows/s'], [
      ['raw Azurite query (listEntities, pages of 1,000)', rawRead, rawReadS.toFixed(2), Math.round(rawRead / rawReadS)],
      ['backup (typed read + NDJSON + SHA-256 + gzip)', written.count, backupS.toFixed(2), Math.round(written.count / backupS)],
      ['raw Azurite batch upserts (100/transaction, one at a time)', ROWS, rawWriteS.toFixed(2), Math.round(ROWS / rawWriteS)],
      ['restore (gunzip + parse + batches of 100, 4 in flight)', written.count, restoreS.toFixed(2), Math.round(written.count / restoreS)],
    ]));
  } finally {
    await rm(folder, { recursive: true, force: true });
    await azurite.stop();
  }
}

if (require.main === module) runBackupBench().catch((e) => { console.error(e); process.exit(1); });
