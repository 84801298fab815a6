import assert from 'node:assert/strict';
import type { TableClient } from '@azure/data-tables';
import { eventIdTime, isEventId } from '../../bot/domain/contactId.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { ContactJournalStore, journalPartition } from '../../bot/store/contactJournalStore.js';
import { PartitionBatcher } from '../../bot/store/partitionBatcher.js';
import { freshStores, recordRequests, startTestAzurite } from '../support/storage.js';

async function rows(table: TableClient, partition: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const e of table.listEntities({ queryOptions: { filter: `PartitionKey eq '${partition}'` } })) out.push(e);
  return out;
}

describe('Group commit of journal rows on Azurite', function () {
  let azurite: RunningAzurite;
  let table: TableClient;

  before(async () => { azurite = await startTestAzurite(); });
  after(async () => { await azurite.stop(); });
  beforeEach(async () => { table = (await freshStores(azurite)).tables.ContactJournal; });

  it('sends a write to an idle partition at once, alone, and the writes that queue behind it together', async () => {
    const batcher = new PartitionBatcher(table);
    const seen = recordRequests(table);
    await batcher.upsert({ partitionKey: 'p', rowKey: 'alone', n: 0 });
    assert.deepEqual(seen.map((r) => r.method), ['PUT'], 'a lone write is a plain upsert');

    seen.length = 0;
    await Promise.all(Array.from({ length: 250 }, (_, i) => batcher.upsert({ partitionKey: 'p', rowKey: `r${String(i).padStart(3, '0')}`, n: i })));
    // The first goes at once; the other 249 wait for it and then go in transactions of at most 100.
    assert.deepEqual(seen.map((r) => r.method), ['PUT', 'POST', 'POST', 'POST']);
    assert.equal((await rows(table, 'p')).length, 251, 'every row stored');
  });

  it('keeps partitions apart and lets two writes of one row share the wait, the later value winning', async () => {
    const batcher = new PartitionBatcher(table);
    await Promise.all([
      batcher.upsert({ partitionKey: 'a', rowKey: 'first', n: 0 }),
      batcher.upsert({ partitionKey: 'b', rowKey: 'first', n: 0 }),
      batcher.upsert({ partitionKey: 'a', rowKey: 'same', n: 1 }),
      batcher.upsert({ partitionKey: 'a', rowKey: 'same', n: 2 }),
    ]);
    assert.deepEqual((await rows(table, 'a')).map((e) => [e.rowKey, e.n]), [['first', 0], ['same', 2]]);
    assert.deepEqual((await rows(table, 'b')).map((e) => e.rowKey), ['first']);
  });

  it('rejects every writer of a failed transaction, stores none of its rows, and goes on with the next', async () => {
    const batcher = new PartitionBatcher(table);
    const first = batcher.upsert({ partitionKey: 'p', rowKey: 'first', n: 0 });
    // Waiting behind the first: one of them is over the service's 64 KiB limit for a property, so their transaction fails.
    const waiting = [
      batcher.upsert({ partitionKey: 'p', rowKey: 'good1', n: 1 }),
      batcher.upsert({ partitionKey: 'p', rowKey: 'huge', text: 'x'.repeat(70_000) }),
      batcher.upsert({ partitionKey: 'p', rowKey: 'good2', n: 2 }),
    ];
    await first;
    const settled = await Promise.allSettled(waiting);
    assert.deepEqual(settled.map((s) => s.status), ['rejected', 'rejected', 'rejected']);
    assert.deepEqual((await rows(table, 'p')).map((e) => e.rowKey), ['first'], 'all or nothing');
    await batcher.upsert({ partitionKey: 'p', rowKey: 'good1', n: 1 });
    assert.deepEqual((await rows(table, 'p')).map((e) => e.rowKey), ['first', 'good1'], 'a retry goes through');
  });

  it('mints contact ids that share this instance\'s journal partition within an hour and move on the next', () => {
    const journal = new ContactJournalStore(table, () => 0.5);
    const at = Date.parse('2026-11-30T10:15:00Z');
    const ids = Array.from({ length: 50 }, (_, i) => journal.mintContactId(at + i * 1000));
    assert.ok(ids.every(isEventId), 'valid event ids');
    assert.deepEqual(ids.map(eventIdTime), ids.map((_, i) => at + i * 1000), 'their time part is the minting time');
    assert.equal(new Set(ids).size, 50, 'all different');
    assert.deepEqual([...new Set(ids.map(journalPartition))], ['2026-11-10'], 'one partition: month and this instance\'s shard of the hour');
    assert.equal(journalPartition(journal.mintContactId(at + 3600 * 1000)), '2026-11-11', 'the next hour, the next shard');
    const elsewhere = new ContactJournalStore(table, () => 0.9);
    assert.equal(journalPartition(elsewhere.mintContactId(at)), '2026-11-00', 'another instance starts elsewhere');
  });
});
