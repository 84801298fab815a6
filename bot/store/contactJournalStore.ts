import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { Contact } from '../domain/contact.js';
import { eventIdTime } from '../domain/contactId.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import { contactProps, decodeContact } from './historyCodec.js';

/**
 * Table ContactJournal: every contact again, by the month its id was minted, spread over a few shards
 * (PartitionKey = yyyy-mm-ss, UTC) and ordered by id (RowKey = contact id, time-ordered). An overview over
 * a period reads only the months from the period's start to now (a contact is logged on or after the day
 * it happened), and a read model catches up by reading the current month's shards after its last id.
 * Both keys come from the id alone, so a rewrite after a crash lands on the same row. The shards keep an
 * append-only month from becoming one hot partition (an Azure Tables anti-pattern; Azurite also slows
 * down sharply as one partition grows).
 */
export const JOURNAL_SHARDS = 16;
export class ContactJournalStore {
  constructor(private readonly table: TableClient) {}

  upsert(c: Contact): Promise<unknown> {
    return this.table.upsertEntity({ partitionKey: journalPartition(c.id), rowKey: c.id, ...contactProps(c) }, 'Replace');
  }

  async upsertMany(contacts: readonly Contact[]): Promise<void> {
    const byPartition = [...groupBy(contacts, (c) => journalPartition(c.id))];
    const batches = byPartition.flatMap(([partition, rows]) => chunks(rows, 100).map((b) => [partition, b] as const));
    await mapLimit(batches, 8, ([partition, batch]) => this.table.submitTransaction(batch.map((c): TransactionAction => [
      'upsert', { partitionKey: partition, rowKey: c.id, ...contactProps(c) }, 'Replace',
    ])));
  }

  /** Contacts of one journal month in id order, optionally only those after a given id. */
  async listMonth(month: string, afterId?: string): Promise<Contact[]> {
    const shards = Array.from({ length: JOURNAL_SHARDS }, (_, i) => shardKey(month, i));
    const parts = await mapLimit(shards, 8, async (partition) => {
      const filter = afterId === undefined
        ? odata`PartitionKey eq ${partition}`
        : odata`PartitionKey eq ${partition} and RowKey gt ${afterId}`;
      const out: Contact[] = [];
      for await (const e of this.table.listEntities({ queryOptions: { filter } })) out.push(decodeContact(e));
      return out;
    });
    return parts.flat().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * Journal rows written (by the storage clock) after a moment, in the shards of the given id-months. Ids are
   * minted when a card opens, so a contact saved now may carry last month's id: the caller passes both months.
   */
  async listWrittenSince(months: readonly string[], since: Date): Promise<Contact[]> {
    const shards = months.flatMap((m) => Array.from({ length: JOURNAL_SHARDS }, (_, i) => shardKey(m, i)));
    const parts = await mapLimit(shards, 8, async (partition) => {
      const out: Contact[] = [];
      const filter = odata`PartitionKey eq ${partition} and Timestamp gt ${since}`;
      for await (const e of this.table.listEntities({ queryOptions: { filter } })) out.push(decodeContact(e));
      return out;
    });
    return parts.flat();
  }

  /** Every contact logged from the month of `fromMs` up to `toMs`, month partitions read in parallel. */
  async listLoggedBetween(fromMs: number, toMs: number): Promise<Contact[]> {
    const months = monthsBetween(fromMs, toMs);
    return (await mapLimit(months, 2, (m) => this.listMonth(m))).flat();
  }
}

export function journalMonth(id: string): string {
  return new Date(eventIdTime(id)).toISOString().slice(0, 7);
}

/** The partition of an id: its month and a shard from its random tail. */
export function journalPartition(id: string): string {
  return shardKey(journalMonth(id), parseInt(id.slice(-1), 36) % JOURNAL_SHARDS);
}

function shardKey(month: string, shard: number): string {
  return `${month}-${String(shard).padStart(2, '0')}`;
}

export function monthsBetween(fromMs: number, toMs: number): string[] {
  const months: string[] = [];
  const d = new Date(fromMs);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  const end = new Date(toMs);
  while (y < end.getUTCFullYear() || (y === end.getUTCFullYear() && m <= end.getUTCMonth())) {
    months.push(`${y}-${String(m + 1).padStart(2, '0')}`);
    if (++m === 12) { m = 0; y++; }
  }
  return months;
}
