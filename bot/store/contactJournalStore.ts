import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { Contact } from '../domain/contact.js';
import { eventIdTime, newEventId } from '../domain/contactId.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import { contactProps, decodeContact } from './historyCodec.js';
import { PartitionBatcher } from './partitionBatcher.js';

const HOUR_MS = 3600 * 1000;

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
  private readonly batcher: PartitionBatcher;
  /** Where this instance's shard of the hour starts, so instances started together spread over the shards. */
  private readonly shardSeed: number;

  constructor(private readonly table: TableClient, random: () => number = Math.random) {
    this.batcher = new PartitionBatcher(table);
    this.shardSeed = Math.floor(random() * JOURNAL_SHARDS);
  }

  /**
   * A contact id for a card this instance renders. Its last character puts its journal row in this instance's
   * shard of the hour, so contacts submitted here at the same time share a partition and their journal rows
   * go to storage together (see PartitionBatcher); the shard moves on every hour, so a month spreads over all
   * of them. The other characters are as random as any event id's.
   */
  mintContactId(atMs: number, random: () => number = Math.random): string {
    const shard = (this.shardSeed + Math.floor(atMs / HOUR_MS)) % JOURNAL_SHARDS;
    // The base-36 digits that land in the shard: shard, shard + 16 and (below 36) shard + 32.
    const digits = [shard, shard + JOURNAL_SHARDS, shard + 2 * JOURNAL_SHARDS].filter((d) => d < 36);
    const id = newEventId(atMs, random);
    return id.slice(0, -1) + digits[Math.floor(random() * digits.length)].toString(36);
  }

  /** Waits until the row is stored; rows of one partition written at the same time go in one transaction. */
  upsert(c: Contact): Promise<void> {
    return this.batcher.upsert({ partitionKey: journalPartition(c.id), rowKey: c.id, ...contactProps(c) });
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
