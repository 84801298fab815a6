import type { TableClient, TransactionAction } from '@azure/data-tables';
import { chunks, groupBy, mapLimit } from '../util/collections.js';

export type RowKeys = { partitionKey: string; rowKey: string };

/**
 * Deletes every row matching a filter, in transactions of at most 100 per partition, reading the keys only. A page
 * of keys is deleted before the next is read, so memory stays bounded; `onBatch` is told after each page (the
 * retention job's checkpoint). A row already gone (a rerun after a crash) fails its batch with 404, which is then
 * deleted row by row, ignoring 404: the call is idempotent.
 */
export async function deleteWhere(table: TableClient, filter: string, onBatch: (n: number) => Promise<void> = async () => undefined): Promise<number> {
  let total = 0;
  for (;;) {
    const keys: RowKeys[] = [];
    for await (const e of table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
      keys.push({ partitionKey: e.partitionKey as string, rowKey: e.rowKey as string });
      if (keys.length >= 5000) break;
    }
    if (keys.length === 0) return total;
    total += await deleteKeys(table, keys);
    await onBatch(keys.length);
  }
}

export async function deleteKeys(table: TableClient, keys: readonly RowKeys[]): Promise<number> {
  const batches = [...groupBy(keys, (k) => k.partitionKey).values()].flatMap((g) => chunks(g, 100));
  const counts = await mapLimit(batches, 8, async (batch) => {
    try {
      await table.submitTransaction(batch.map((k): TransactionAction => ['delete', k]));
      return batch.length;
    } catch (e) {
      if ((e as { statusCode?: number }).statusCode !== 404) throw e;
      let n = 0;
      for (const k of batch) {
        try {
          await table.deleteEntity(k.partitionKey, k.rowKey);
          n++;
        } catch (inner) {
          if ((inner as { statusCode?: number }).statusCode !== 404) throw inner;
        }
      }
      return n;
    }
  });
  return counts.reduce((a, b) => a + b, 0);
}
