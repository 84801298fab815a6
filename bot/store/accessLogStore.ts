import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { monthsOfPeriod, userPartition, type AccessChannel, type AccessEvent, type AccessQuery } from '../domain/dataProtection/accessLog.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import { deleteWhere } from './bulkDelete.js';
import { num, present, reqStr, str } from './entityFields.js';

/**
 * Tables AccessByCompany (PartitionKey = the CVR's last digit, RowKey = <cvr>_<event id>) and AccessByUser
 * (PartitionKey = <user id>_<yyyy-mm>, RowKey = the event id): every event is written to both, so "who looked at
 * company X" is a key range in one partition and "what did user Y look at in a period" is one partition per month.
 * Ten company partitions rather than one per CVR: the events of a write then go in a few transactions instead of a
 * request per company, which is what the writer cost the look-ups around it (docs/data-protection.md, figures).
 * Writes are upserts keyed by the event id, so a retried batch stores each event once. There is no update or delete
 * here but `deleteOlderThan` (retention).
 */
export class AccessLogStore {
  constructor(private readonly byCompany: TableClient, private readonly byUser: TableClient) {}

  /**
   * `inFlight` requests at a time: the writer runs beside the look-ups it logs, and each request it has in flight is
   * one a look-up's read may queue behind (in this process and in storage), so it writes few at a time.
   */
  async append(events: readonly AccessEvent[], inFlight = 8): Promise<void> {
    const rows = events.flatMap((e) => {
      const props = present({ at: e.at, userId: e.userId, userName: e.userName, cvr: e.cvr, via: e.via, rows: e.rows });
      return [
        { table: this.byCompany, entity: { partitionKey: companyPartition(e.cvr), rowKey: `${e.cvr}_${e.id}`, ...props } },
        { table: this.byUser, entity: { partitionKey: userPartition(e.userId, e.at), rowKey: e.id, ...props } },
      ];
    });
    const batches = [...groupBy(rows, (r) => `${r.table.tableName}|${r.entity.partitionKey}`).values()]
      .flatMap((group) => chunks(group, 100));
    await mapLimit(batches, inFlight, (batch) => batch[0].table.submitTransaction(batch.map((r): TransactionAction => ['upsert', r.entity, 'Replace'])));
  }

  /** By company (one partition), by user (a partition per month of the period), or the whole period (a scan of one table). */
  async query(q: AccessQuery, limit = 2000): Promise<AccessEvent[]> {
    const fromIso = `${q.from}T00:00:00.000Z`;
    const toIso = `${q.to}T23:59:59.999Z`;
    const inPeriod = odata`at ge ${fromIso} and at le ${toIso}`;
    let found: AccessEvent[];
    if (q.cvr) {
      const cvr = q.cvr;
      // Rows written before the company partitions were bucketed (PartitionKey = CVR) are read too, until retention removes them.
      const parts = await Promise.all([
        this.list(this.byCompany, `${odata`PartitionKey eq ${companyPartition(cvr)} and RowKey ge ${`${cvr}_`} and RowKey lt ${`${cvr}\``}`} and ${inPeriod}`, limit),
        this.list(this.byCompany, `${odata`PartitionKey eq ${cvr}`} and ${inPeriod}`, limit),
      ]);
      found = parts.flat();
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
        id: eventIdOf(reqStr(e, 'rowKey')), at: reqStr(e, 'at'), userId: str(e, 'userId'), userName: reqStr(e, 'userName'),
        cvr: reqStr(e, 'cvr'), via: reqStr(e, 'via') as AccessChannel, rows: num(e, 'rows'),
      });
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** A CVR's partition in AccessByCompany: its last digit. */
function companyPartition(cvr: string): string {
  return cvr.slice(-1);
}

/** The event id from either table's RowKey (`<cvr>_<id>` or `<id>`; event ids hold no underscore). */
function eventIdOf(rowKey: string): string {
  return rowKey.slice(rowKey.indexOf('_') + 1);
}
