import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';

/** Azure Tables' limit of operations in one entity group transaction. */
const MAX_BATCH = 100;

interface Pending {
  entity: TableEntity;
  waiters: { resolve: () => void; reject: (e: unknown) => void }[];
}

/**
 * Group commit of upserts (Replace) into one table: a write to a partition with no request in flight goes at
 * once, alone; writes that arrive while one is in flight wait for it and then go together as one transaction.
 * An idle system therefore adds no delay, and a busy one sends one request per partition instead of one per
 * row. Every caller's promise settles only after storage answered for its row; a failed batch rejects each
 * of its writers, who may retry (an upsert is idempotent). Two writes of the same row in one wait share it,
 * as a transaction may touch a row only once.
 */
export class PartitionBatcher {
  /** Rows waiting per partition, by row key. */
  private readonly waiting = new Map<string, Map<string, Pending>>();
  private readonly busy = new Set<string>();

  constructor(private readonly table: TableClient) {}

  upsert(entity: TableEntity): Promise<void> {
    return new Promise((resolve, reject) => {
      let rows = this.waiting.get(entity.partitionKey);
      if (!rows) this.waiting.set(entity.partitionKey, (rows = new Map()));
      const known = rows.get(entity.rowKey);
      if (known) {
        known.entity = entity;
        known.waiters.push({ resolve, reject });
      } else {
        rows.set(entity.rowKey, { entity, waiters: [{ resolve, reject }] });
      }
      if (!this.busy.has(entity.partitionKey)) void this.drain(entity.partitionKey);
    });
  }

  private async drain(partition: string): Promise<void> {
    this.busy.add(partition);
    try {
      for (let rows = this.waiting.get(partition); rows && rows.size > 0; rows = this.waiting.get(partition)) {
        const batch = [...rows.values()].slice(0, MAX_BATCH);
        for (const p of batch) rows.delete(p.entity.rowKey);
        if (rows.size === 0) this.waiting.delete(partition);
        try {
          await this.send(batch.map((p) => p.entity));
          for (const p of batch) for (const w of p.waiters) w.resolve();
        } catch (e) {
          for (const p of batch) for (const w of p.waiters) w.reject(e);
        }
      }
    } finally {
      this.busy.delete(partition);
    }
  }

  private async send(entities: TableEntity[]): Promise<void> {
    if (entities.length === 1) {
      await this.table.upsertEntity(entities[0], 'Replace');
      return;
    }
    await this.table.submitTransaction(entities.map((e): TransactionAction => ['upsert', e, 'Replace']));
  }
}
