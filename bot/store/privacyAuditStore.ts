import { odata, type TableClient } from '@azure/data-tables';
import { reqStr, str } from './entityFields.js';
import type { PrivacyAuditKind, PrivacyAuditRow } from '../domain/dataProtection/privacyAudit.js';

export type { PrivacyAuditKind, PrivacyAuditRow };

/**
 * Table PrivacyAudit, PartitionKey `erasure` or `retention`, RowKey a time-ordered id: who erased what kind of data
 * and when, and what each retention run removed, as counts per kind. Never the erased content (for a person, not
 * even the name: the row would otherwise keep what was erased).
 */
export class PrivacyAuditStore {
  constructor(private readonly table: TableClient) {}

  /** Upsert by id: a retried write stores the row once. */
  async write(row: PrivacyAuditRow): Promise<void> {
    await this.table.upsertEntity({
      partitionKey: row.kind, rowKey: row.id, at: row.at, actorName: row.actorName, actorId: row.actorId ?? '',
      what: row.what, cvr: row.cvr ?? '', counts: JSON.stringify(row.counts),
    }, 'Replace');
  }

  /** Whether any erasure or retention run was recorded after a moment (by the storage clock). */
  async writtenSince(since: Date): Promise<boolean> {
    for await (const _ of this.table.listEntities({ queryOptions: { filter: odata`Timestamp gt ${since}`, select: ['PartitionKey'] } })) return true;
    return false;
  }

  /** Newest first. */
  async list(kind: PrivacyAuditKind, limit = 200): Promise<PrivacyAuditRow[]> {
    const out: PrivacyAuditRow[] = [];
    for await (const e of this.table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${kind}` } })) {
      out.push({
        id: reqStr(e, 'rowKey'), kind, at: reqStr(e, 'at'), actorName: reqStr(e, 'actorName'), actorId: str(e, 'actorId') || null,
        what: reqStr(e, 'what'), cvr: str(e, 'cvr') || null, counts: JSON.parse(reqStr(e, 'counts')) as Record<string, number>,
      });
    }
    return out.sort((a, b) => b.id.localeCompare(a.id)).slice(0, limit);
  }
}
