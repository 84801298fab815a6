import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { OptOut } from '../domain/contact.js';
import type { RetentionKind } from '../domain/dataProtection/retention.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import { deleteKeys, deleteWhere, type RowKeys } from './bulkDelete.js';
import { journalPartition } from './contactJournalStore.js';
import { AUDIT_PREFIX, CONTACT_PREFIX, decodeOptOut, OPT_OUT_PREFIX, optOutProps, VERSION_KEY } from './historyCodec.js';
import { rowsOf } from './keyRange.js';
import type { TableSet } from './tableSet.js';

/** Keys read per page: a page is deleted (and the job's checkpoint written) before the next is read, so memory stays bounded. */
const PAGE = 1000;

/** Told after each page: what was removed, by count key (`contacts`, `contacts.audit`, …). Never content. */
export type OnPage = (counts: Record<string, number>) => Promise<void>;

/**
 * What each kind of retention removes, as queries over the tables (a cross-partition scan filtered on the row's
 * date, reading keys only) and deletes in transactions of at most 100 per partition. Every sweep re-reads what is
 * still there, so a rerun after a crash continues where the last one stopped, and a row already gone is skipped:
 * the sweeps are idempotent. `cutoff` is the first day kept (yyyy-mm-dd); a date before it is past its period.
 */
export class RetentionSweeper {
  constructor(private readonly t: TableSet) {}

  /** How many rows a sweep would remove (the dry-run). */
  async count(kind: RetentionKind, cutoff: string): Promise<number> {
    let n = 0;
    for (const q of this.queries(kind, cutoff)) {
      for await (const page of q.table.listEntities({ queryOptions: { filter: q.filter, select: ['PartitionKey', 'RowKey'] } }).byPage()) n += page.length;
    }
    return n;
  }

  async sweep(kind: RetentionKind, cutoff: string, onPage: OnPage): Promise<void> {
    const cutoffIso = `${cutoff}T00:00:00.000Z`;
    switch (kind) {
      case 'contacts': return this.sweepContacts(cutoff, cutoffIso, onPage);
      case 'optOutDetails': return this.minimiseOptOuts(cutoff, onPage);
      case 'feedback': return this.sweepFeedback(cutoffIso, onPage);
      case 'companyChanges': {
        await deleteWhere(this.t.CompanyChanges, odata`PartitionKey lt ${cutoff}`, (n) => onPage({ companyChanges: n }));
        return;
      }
      case 'plans': return this.sweepPlans(cutoffIso, onPage);
      case 'accessLog': {
        // Two rows per event (one per table): the count is of rows, said so in the key.
        for (const table of [this.t.AccessByCompany, this.t.AccessByUser]) {
          await deleteWhere(table, odata`at lt ${cutoffIso}`, (n) => onPage({ 'accessLog.rows': n }));
        }
        return;
      }
    }
  }

  /** The filters the dry-run counts; the sweeps below delete the same rows. */
  private queries(kind: RetentionKind, cutoff: string): { table: TableClient; filter: string }[] {
    const iso = `${cutoff}T00:00:00.000Z`;
    switch (kind) {
      case 'contacts': return [{ table: this.t.CompanyHistory, filter: `${rowsOf(CONTACT_PREFIX)} and ${odata`date lt ${cutoff}`}` }];
      case 'optOutDetails': return [{ table: this.t.CompanyHistory, filter: `${rowsOf(OPT_OUT_PREFIX)} and ${odata`date lt ${cutoff} and registeredBy ne ${''}`}` }];
      case 'feedback': return [{ table: this.t.FeedbackLinks, filter: `${rowsOf('r_')} and ${odata`receivedAt lt ${iso}`}` }];
      case 'companyChanges': return [{ table: this.t.CompanyChanges, filter: odata`PartitionKey lt ${cutoff}` }];
      case 'plans': return [{ table: this.t.Plans, filter: odata`PartitionKey eq ${'plans'} and savedAt lt ${iso}` }];
      case 'accessLog': return [{ table: this.t.AccessByCompany, filter: odata`at lt ${iso}` }];
    }
  }

  /** Journal rows first, then the history rows: a crash in between leaves history rows that the rerun finds again. */
  private async sweepContacts(cutoff: string, cutoffIso: string, onPage: OnPage): Promise<void> {
    const filter = `${rowsOf(CONTACT_PREFIX)} and ${odata`date lt ${cutoff}`}`;
    for (let page = await keysOf(this.t.CompanyHistory, filter); page.length > 0; page = await keysOf(this.t.CompanyHistory, filter)) {
      const ids = page.map((k) => k.rowKey.slice(CONTACT_PREFIX.length));
      await deleteKeys(this.t.ContactJournal, ids.map((id) => ({ partitionKey: journalPartition(id), rowKey: id })));
      const removed = await this.deleteInCompanies(page);
      await onPage({ contacts: removed });
    }
    const audit = `${rowsOf(AUDIT_PREFIX)} and ${odata`at lt ${cutoffIso}`}`;
    await deleteWhere(this.t.CompanyHistory, audit, (n) => onPage({ 'contacts.audit': n }));
  }

  /** Deletes history rows with their partitions' version rows replaced, so cached histories on every instance are re-read. */
  private async deleteInCompanies(keys: readonly RowKeys[]): Promise<number> {
    const batches = [...groupBy(keys, (k) => k.partitionKey)].flatMap(([cvr, rows]) => chunks(rows, 99).map((b) => [cvr, b] as const));
    const counts = await mapLimit(batches, 8, async ([cvr, batch]) => {
      const version: TransactionAction = ['upsert', { partitionKey: cvr, rowKey: VERSION_KEY }, 'Replace'];
      try {
        await this.t.CompanyHistory.submitTransaction([...batch.map((k): TransactionAction => ['delete', k]), version]);
        return batch.length;
      } catch (e) {
        if ((e as { statusCode?: number }).statusCode !== 404) throw e;
        const n = await deleteKeys(this.t.CompanyHistory, batch);
        await this.t.CompanyHistory.submitTransaction([version]);
        return n;
      }
    });
    return counts.reduce((a, b) => a + b, 0);
  }

  /**
   * The suppression record stays (CVR, scope, date, source, whether and when revoked); the reason and the names go,
   * in the company's history and in the register.
   */
  private async minimiseOptOuts(cutoff: string, onPage: OnPage): Promise<void> {
    const filter = `${rowsOf(OPT_OUT_PREFIX)} and ${odata`date lt ${cutoff} and registeredBy ne ${''}`}`;
    for (;;) {
      const rows: OptOut[] = [];
      for await (const e of this.t.CompanyHistory.listEntities({ queryOptions: { filter } })) {
        rows.push(decodeOptOut(e));
        if (rows.length >= PAGE) break;
      }
      if (rows.length === 0) return;
      await mapLimit(rows, 8, (o) => writeMinimised(this.t, minimisedOptOut(o)));
      await onPage({ optOutDetails: rows.length });
    }
  }

  private async sweepFeedback(cutoffIso: string, onPage: OnPage): Promise<void> {
    const answers = `${rowsOf('r_')} and ${odata`receivedAt lt ${cutoffIso}`}`;
    for (let page = await keysOf(this.t.FeedbackLinks, answers); page.length > 0; page = await keysOf(this.t.FeedbackLinks, answers)) {
      await deleteKeys(this.t.Feedback, page.map((k) => ({ partitionKey: 'responses', rowKey: `${k.partitionKey}_${k.rowKey.slice(2)}` })));
      await onPage({ feedback: await deleteKeys(this.t.FeedbackLinks, page) });
    }
    // A link names who made it and, often, the company's contact person: it goes with the answers.
    await deleteWhere(this.t.FeedbackLinks, `${rowsOf('l_')} and ${odata`createdAt lt ${cutoffIso}`}`, (n) => onPage({ 'feedback.links': n }));
  }

  private async sweepPlans(cutoffIso: string, onPage: OnPage): Promise<void> {
    const filter = odata`PartitionKey eq ${'plans'} and savedAt lt ${cutoffIso}`;
    for (let page = await keysOf(this.t.Plans, filter); page.length > 0; page = await keysOf(this.t.Plans, filter)) {
      // Who claimed which item of the plan goes with it (claims name the member of staff).
      for (const p of page) await deleteWhere(this.t.Leases, odata`PartitionKey eq ${`claim-${p.rowKey}`}`);
      await onPage({ plans: await deleteKeys(this.t.Plans, page) });
    }
  }
}

export function minimisedOptOut(o: OptOut): OptOut {
  return { ...o, reason: '', registeredBy: '', revokedBy: o.revokedBy === null ? null : '', revokeReason: o.revokeReason === null ? null : '' };
}

/** Rewrites an opt-out as its minimal suppression record, in the company's history (with a new version row) and the register. */
export async function writeMinimised(t: TableSet, o: OptOut): Promise<void> {
  // registeredBy '' marks a record as minimised: the sweep's filter skips it (a missing property would match nothing in Azure).
  const props = optOutProps(o);
  await t.CompanyHistory.submitTransaction([
    ['upsert', { partitionKey: o.cvr, rowKey: OPT_OUT_PREFIX + o.id, ...props }, 'Replace'],
    ['upsert', { partitionKey: o.cvr, rowKey: VERSION_KEY }, 'Replace'],
  ]);
  await t.OptOuts.upsertEntity({ partitionKey: 'register', rowKey: `${o.cvr}_${o.id}`, ...props }, 'Replace');
}

async function keysOf(table: TableClient, filter: string): Promise<RowKeys[]> {
  const keys: RowKeys[] = [];
  for await (const e of table.listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
    keys.push({ partitionKey: e.partitionKey as string, rowKey: e.rowKey as string });
    if (keys.length >= PAGE) break;
  }
  return keys;
}
