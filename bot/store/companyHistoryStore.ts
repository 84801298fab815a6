import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { AuditEntry } from '../domain/audit.js';
import type { Contact, OptOut } from '../domain/contact.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import {
  AUDIT_PREFIX, auditProps, CONTACT_PREFIX, contactProps, decodeAudit, decodeContact, decodeOptOut, OPT_OUT_PREFIX, optOutProps,
} from './historyCodec.js';
import { isConflict, isNotFound, isPreconditionFailed } from './tableSet.js';

export interface CompanyHistory { contacts: Contact[]; optOuts: OptOut[] }

export type InsertOutcome<T> = { created: true; stored: T } | { created: false; stored: T };

type Entity = Parameters<typeof decodeContact>[0];

/**
 * Table CompanyHistory: one partition per company (PartitionKey = CVR) holding its contacts (c_<id>),
 * opt-outs (o_<id>) and the audit entries of both (a_<id>), so "who contacted company X, and may we call?"
 * is a single partition query, and a write and its audit entry commit in one transaction.
 * Erasing a company's contact data deletes only c_ rows: the opt-out rows are its GDPR Art. 21
 * suppression entry and stay.
 */
export class CompanyHistoryStore {
  constructor(private readonly table: TableClient) {}

  /**
   * The company's contacts and opt-outs. The audit entries (about as many rows again) stay in storage:
   * every look-up and every logged contact reads this, and none of them shows the audit trail.
   */
  async read(cvr: string): Promise<CompanyHistory> {
    const history: CompanyHistory = { contacts: [], optOuts: [] };
    const filter = `${odata`PartitionKey eq ${cvr}`} and ((${rowsOf(CONTACT_PREFIX)}) or (${rowsOf(OPT_OUT_PREFIX)}))`;
    for await (const e of this.table.listEntities({ queryOptions: { filter } })) {
      if (e.rowKey?.startsWith(CONTACT_PREFIX)) history.contacts.push(decodeContact(e));
      else if (e.rowKey?.startsWith(OPT_OUT_PREFIX)) history.optOuts.push(decodeOptOut(e));
    }
    return history;
  }

  /** The company's audit trail, oldest first. */
  async audit(cvr: string): Promise<AuditEntry[]> {
    const filter = `${odata`PartitionKey eq ${cvr}`} and ${rowsOf(AUDIT_PREFIX)}`;
    const out: AuditEntry[] = [];
    for await (const e of this.table.listEntities({ queryOptions: { filter } })) out.push(decodeAudit(e));
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }

  /**
   * Conditional insert keyed by the contact id, with its audit entry in the same transaction: a retried
   * submit finds the first one and stores nothing.
   */
  insertContact(c: Contact, audit?: AuditEntry): Promise<InsertOutcome<Contact>> {
    return this.insertOnce(c.cvr, CONTACT_PREFIX + c.id, contactProps(c), c, decodeContact, audit);
  }

  insertOptOut(o: OptOut, audit?: AuditEntry): Promise<InsertOutcome<OptOut>> {
    return this.insertOnce(o.cvr, OPT_OUT_PREFIX + o.id, optOutProps(o), o, decodeOptOut, audit);
  }

  async getOptOut(cvr: string, id: string): Promise<OptOut | null> {
    try {
      return decodeOptOut(await this.table.getEntity(cvr, OPT_OUT_PREFIX + id));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /**
   * Marks an opt-out revoked (its row stays: the history is kept), guarded by the row's ETag so two
   * coordinators cannot both revoke it; returns the stored row, already revoked or newly so.
   */
  async revokeOptOut(cvr: string, id: string, revoke: { at: string; by: string; reason: string }, audit: AuditEntry): Promise<OptOut | null> {
    let entity: Entity;
    try {
      entity = await this.table.getEntity(cvr, OPT_OUT_PREFIX + id);
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
    const current = decodeOptOut(entity);
    if (current.revokedAt !== null) return current;
    const revoked: OptOut = { ...current, revokedAt: revoke.at, revokedBy: revoke.by, revokeReason: revoke.reason };
    try {
      await this.table.submitTransaction([
        ['update', { partitionKey: cvr, rowKey: OPT_OUT_PREFIX + id, ...optOutProps(revoked) }, 'Replace', { etag: entity.etag }],
        ['create', { partitionKey: cvr, rowKey: AUDIT_PREFIX + audit.id, ...auditProps(audit) }],
      ]);
      return revoked;
    } catch (e) {
      // 412: someone else changed it first; 409: this audit entry exists, i.e. a retry of a revocation that committed.
      if (isConflict(e) || isPreconditionFailed(e)) return this.getOptOut(cvr, id);
      throw e;
    }
  }

  /** Bulk load (demo data, benchmarks): one transaction per 100 rows of a company; replays are harmless. */
  upsertContacts(contacts: readonly Contact[]): Promise<void> {
    return this.upsertRows(contacts, (c) => [c.cvr, CONTACT_PREFIX + c.id, contactProps(c)]);
  }

  upsertOptOuts(optOuts: readonly OptOut[]): Promise<void> {
    return this.upsertRows(optOuts, (o) => [o.cvr, OPT_OUT_PREFIX + o.id, optOutProps(o)]);
  }

  private async upsertRows<T>(items: readonly T[], keyed: (item: T) => [string, string, Record<string, unknown>]): Promise<void> {
    const byCompany = [...groupBy(items.map(keyed), ([cvr]) => cvr)];
    await mapLimit(byCompany, 8, async ([cvr, rows]) => {
      for (const batch of chunks(rows, 100)) {
        await this.table.submitTransaction(batch.map(([, rowKey, props]): TransactionAction => [
          'upsert', { partitionKey: cvr, rowKey, ...props }, 'Replace',
        ]));
      }
    });
  }

  private async insertOnce<T>(
    cvr: string, rowKey: string, props: Record<string, unknown>, value: T, decode: (e: Entity) => T, audit?: AuditEntry,
  ): Promise<InsertOutcome<T>> {
    try {
      const row = { partitionKey: cvr, rowKey, ...props };
      if (audit) {
        await this.table.submitTransaction([
          ['create', row],
          ['create', { partitionKey: cvr, rowKey: AUDIT_PREFIX + audit.id, ...auditProps(audit) }],
        ]);
      } else {
        await this.table.createEntity(row);
      }
      return { created: true, stored: value };
    } catch (e) {
      if (!isConflict(e)) throw e;
      return { created: false, stored: decode(await this.table.getEntity(cvr, rowKey)) };
    }
  }
}

/** The row keys that start with a prefix, as a key range (the end is the prefix with its last character plus one). */
function rowsOf(prefix: string): string {
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return odata`RowKey ge ${prefix} and RowKey lt ${end}`;
}
