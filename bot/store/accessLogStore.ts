import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { monthsOfPeriod, userPartition, type AccessChannel, type AccessEvent, type AccessQuery } from '../domain/dataProtection/accessLog.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import { deleteWhere } from './bulkDelete.js';
import { num, present, reqStr, str } from './entityFields.js';

/**
 * Tables AccessByCompany (PartitionKey = CVR) and AccessByUser (PartitionKey = <user id>_<yyyy-mm>), RowKey = the
 * event's time-ordered id in both: every event is written to both, so "who looked at company X" is one partition
 * and "what did user Y look at in a period" is one partition per month. Writes are upserts keyed by the event id, so
 * a retried batch stores each event once. There is no update or delete here but `deleteOlderThan` (retention).
 */
export class AccessLogStore {
  constructor(private readonly byCompany: TableClient, private readonly byUser: TableClient) {}

  async append(events: readonly AccessEvent[]): Promise<void> {
    const rows = events.flatMap((e) => {
      const props = present({ at: e.at, userId: e.userId, userName: e.userName, cvr: e.cvr, via: e.via, rows: e.rows });
      return [
        { table: this.byCompany, entity: { partitionKey: e.cvr, rowKey: e.id, ...props } },
        { table: this.byUser, entity: { partitionKey: userPartition(e.userId, e.at), rowKey: e.id, ...props } },
      ];
    });
    const batches = [...groupBy(rows, (r) => `${r.table.tableName}|${r.entity.partitionKey}`).values()]
      .flatMap((group) => chunks(group, 100));
    await mapLimit(batches, 8, (batch) => batch[0].table.submitTransaction(batch.map((r): TransactionAction => ['upsert', r.entity, 'Replace'])));
  }

  /** By company (one partition), by user (a partition per month of the period), or the whole period (a scan of one table). */
  async query(q: AccessQuery, limit = 2000): Promise<AccessEvent[]> {
    const fromIso = `${q.from}T00:00:00.000Z`;
    const toIso = `${q.to}T23:59:59.999Z`;
    const inPeriod = odata`at ge ${fromIso} and at le ${toIso}`;
    let found: AccessEvent[];
    if (q.cvr) {
      found = await this.list(this.byCompany, `${odata`PartitionKey eq ${q.cvr}`} and ${inPeriod}`, limit);
      if (q.userId) found = found.filter((e) => e.userId === q.userId);
    } else if (q.userId) {
      const userId = q.userId;
      const parts = await mapLimit(monthsOfPeriod(q.from, q.to), 4, (m) =>
        this.list(this.byUser, `${odata`PartitionKey eq ${userPartition(userId, `${m}-01`)}`} and ${inPeriod}`, limit));
      found = parts.flat();
    } else {
      found = await this.list(this.byUser, inPeriod, limit);
    }
    return found.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, limit);
  }

  /** Retention: deletes rows read before `beforeIso` from both tables, a batch per partition; returns the events removed. */
  async deleteOlderThan(beforeIso: string, onBatch: (n: number) => Promise<void>): Promise<number> {
    let removed = 0;
    for (const table of [this.byCompany, this.byUser]) {
      removed += await deleteWhere(table, odata`at lt ${beforeIso}`, onBatch);
    }
    // Each event is two rows, one per table: count events.
    return removed / 2;
  }

  private async list(table: TableClient, filter: string, limit: number): Promise<AccessEvent[]> {
    const out: AccessEvent[] = [];
    for await (const e of table.listEntities({ queryOptions: { filter } })) {
      out.push({
        id: reqStr(e, 'rowKey'), at: reqStr(e, 'at'), userId: str(e, 'userId'), userName: reqStr(e, 'userName'),
        cvr: reqStr(e, 'cvr'), via: reqStr(e, 'via') as AccessChannel, rows: num(e, 'rows'),
      });
      if (out.length >= limit) break;
    }
    return out;
  }
}
