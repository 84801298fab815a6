import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { AuditEntry } from '../domain/audit.js';
import type { Contact, OptOut } from '../domain/contact.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import { TtlCache } from '../util/ttlCache.js';
import {
  AUDIT_PREFIX, auditProps, CONTACT_PREFIX, contactProps, decodeAudit, decodeContact, decodeOptOut, OPT_OUT_PREFIX, optOutProps, VERSION_KEY,
} from './historyCodec.js';
import { rowsOf } from './keyRange.js';
import { isConflict, isNotFound, isPreconditionFailed } from './tableSet.js';

export interface CompanyHistory { contacts: Contact[]; optOuts: OptOut[] }

export type InsertOutcome<T> = { created: true; stored: T } | { created: false; stored: T };

type Entity = Parameters<typeof decodeContact>[0];

/** A company's history as of a version of its partition (null: the partition had no version row). */
interface Versioned { etag: string | null; history: CompanyHistory }

/** How long a read history may serve a later write's check: a card is usually sent within minutes of opening. */
const VERSION_TTL_MS = 30 * 60 * 1000;
const VERSION_CACHE_SIZE = 5000;
/** Guarded writes to one company that lose the race this often in a row are stored unguarded instead. */
const GUARDED_TRIES = 3;

/**
 * Table CompanyHistory: one partition per company (PartitionKey = CVR) holding its contacts (c_<id>),
 * opt-outs (o_<id>) and the audit entries of both (a_<id>), so "who contacted company X, and may we call?"
 * is a single partition query, and a write and its audit entry commit in one transaction. Every write also
 * replaces the partition's version row (0_version) in that transaction, so a later write can be guarded by
 * the version a history was read at. Erasing a company's contact data deletes only c_ rows (and replaces the
 * version row like any write): the opt-out rows are its GDPR Art. 21 suppression entry and stay.
 */
export class CompanyHistoryStore {
  /**
   * Histories this instance read or wrote, by the version they were current at. Only a write guarded by that
   * version's ETag trusts one, so a change made by anyone else in between (another instance, a revocation)
   * fails the write, which then reads afresh: the cache saves reads, never consistency.
   */
  private readonly versions = new TtlCache<Versioned>(VERSION_TTL_MS, VERSION_CACHE_SIZE);

  constructor(private readonly table: TableClient) {}

  /**
   * The company's contacts and opt-outs. The audit entries (about as many rows again) stay in storage:
   * every look-up and every logged contact reads this, and none of them shows the audit trail.
   */
  async read(cvr: string): Promise<CompanyHistory> {
    return copyOf((await this.readVersioned(cvr)).history);
  }

  private async readVersioned(cvr: string): Promise<Versioned> {
    const read: Versioned = { etag: null, history: { contacts: [], optOuts: [] } };
    const filter = `${odata`PartitionKey eq ${cvr}`} and (${odata`RowKey eq ${VERSION_KEY}`} or (${rowsOf(CONTACT_PREFIX)}) or (${rowsOf(OPT_OUT_PREFIX)}))`;
    for await (const e of this.table.listEntities({ queryOptions: { filter } })) {
      if (e.rowKey === VERSION_KEY) read.etag = e.etag;
      else if (e.rowKey?.startsWith(CONTACT_PREFIX)) read.history.contacts.push(decodeContact(e));
      else if (e.rowKey?.startsWith(OPT_OUT_PREFIX)) read.history.optOuts.push(decodeOptOut(e));
    }
    this.versions.set(cvr, read);
    return read;
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
   * submit finds the first one and stores nothing. Also returns the company's history as it was when the
   * contact was stored (for the confirmation's warnings): the transaction is guarded by the ETag of the
   * version that history was read at, so it is exact even when it comes from this instance's cache; if the
   * company changed in between, the history is read again and the insert retried. When many write to the
   * company at once and the guard keeps losing, the contact is stored unguarded and the history read after
   * it (the caller leaves out its own rows), so a busy company never costs a "not saved".
   */
  async insertContact(c: Contact, audit: AuditEntry): Promise<InsertOutcome<Contact> & { before: CompanyHistory }> {
    const row = { partitionKey: c.cvr, rowKey: CONTACT_PREFIX + c.id, ...contactProps(c) };
    for (let race = 0; race < GUARDED_TRIES; race++) {
      const known = this.versions.get(c.cvr)?.value ?? (await this.readVersioned(c.cvr));
      const version: TransactionAction = known.etag === null
        ? ['create', versionRow(c.cvr)]
        : ['update', versionRow(c.cvr), 'Replace', { etag: known.etag }];
      try {
        const result = await this.table.submitTransaction([['create', row], auditAction(audit), version]);
        const etag = result.subResponses[2]?.etag;
        if (etag) this.versions.set(c.cvr, { etag, history: { contacts: [...known.history.contacts, c], optOuts: known.history.optOuts } });
        else this.versions.delete(c.cvr);
        return { created: true, stored: c, before: copyOf(known.history) };
      } catch (e) {
        this.versions.delete(c.cvr);
        // 412 or 404: the version row changed or went; 409: the contact exists (a retry) or the version row was just made.
        if (!isPreconditionFailed(e) && !isNotFound(e) && !isConflict(e)) throw e;
        if (isConflict(e)) {
          const existing = await this.getRow(c.cvr, row.rowKey);
          if (existing) return { created: false, stored: decodeContact(existing), before: await this.read(c.cvr) };
        }
      }
    }
    // Many writers on this company at once: store without the guard and read afterwards, which includes what they stored.
    const outcome = await this.insertOnce(c.cvr, row.rowKey, contactProps(c), c, decodeContact, audit);
    return { ...outcome, before: await this.read(c.cvr) };
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
        auditAction(audit),
        newVersion(cvr),
      ]);
      this.versions.delete(cvr);
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
      // 99 rows and the version row: a transaction holds at most 100.
      for (const batch of chunks(rows, 99)) {
        await this.table.submitTransaction([
          ...batch.map(([, rowKey, props]): TransactionAction => ['upsert', { partitionKey: cvr, rowKey, ...props }, 'Replace']),
          newVersion(cvr),
        ]);
      }
      this.versions.delete(cvr);
    });
  }

  private async getRow(cvr: string, rowKey: string): Promise<Entity | null> {
    try {
      return await this.table.getEntity(cvr, rowKey);
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  private async insertOnce<T>(
    cvr: string, rowKey: string, props: Record<string, unknown>, value: T, decode: (e: Entity) => T, audit?: AuditEntry,
  ): Promise<InsertOutcome<T>> {
    try {
      const row = { partitionKey: cvr, rowKey, ...props };
      await this.table.submitTransaction([['create', row], ...(audit ? [auditAction(audit)] : []), newVersion(cvr)]);
      this.versions.delete(cvr);
      return { created: true, stored: value };
    } catch (e) {
      if (!isConflict(e)) throw e;
      return { created: false, stored: decode(await this.table.getEntity(cvr, rowKey)) };
    }
  }
}

/** Callers get arrays of their own: the cached ones must not change under a later guarded write. */
function copyOf(history: CompanyHistory): CompanyHistory {
  return { contacts: [...history.contacts], optOuts: [...history.optOuts] };
}

function versionRow(cvr: string): { partitionKey: string; rowKey: string } {
  return { partitionKey: cvr, rowKey: VERSION_KEY };
}

/** Replaces the version row whatever it was: for writes that need no guard but must invalidate every cached history. */
function newVersion(cvr: string): TransactionAction {
  return ['upsert', versionRow(cvr), 'Replace'];
}

function auditAction(audit: AuditEntry): TransactionAction {
  return ['create', { partitionKey: audit.cvr, rowKey: AUDIT_PREFIX + audit.id, ...auditProps(audit) }];
}
