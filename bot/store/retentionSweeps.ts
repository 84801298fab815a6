import { odata, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import type { OptOut } from '../domain/contact.js';
import type { RetentionKind } from '../domain/dataProtection/retention.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import { deleteKeys, deleteWhere, type RowKeys } from './bulkDelete.js';
import { AUDIT_PREFIX, CONTACT_PREFIX, decodeOptOut, OPT_OUT_PREFIX, optOutProps, VERSION_KEY } from './historyCodec.js';
import { rowsOf } from './keyRange.js';
import type { TableName, TableSet } from './tableSet.js';

/** Rows per page (Azure's largest): a page is removed, between two checkpoints, before the next one is taken. */
const PAGE = 1000;
const KEYS = ['PartitionKey', 'RowKey'];

type Row = TableEntityResult<Record<string, unknown>>;

/** A page of a sweep as the checkpoint records it before the page is removed: which rows (a key range of a query) and how many. */
export interface PendingPage { table: TableName; filter: string; countKey: string; first: RowKeys; last: RowKeys; found: number }

/**
 * The job's checkpoint, told around each page: `begin` before the page's rows are removed, `end` after, with the
 * count (by count key: `contacts`, `contacts.audit`, …; never content). A run killed in between leaves the page in
 * the checkpoint, and the run that continues it counts what of that page is gone (`settle`): the counts are exact.
 */
export interface SweepCheckpoint {
  begin(page: PendingPage): Promise<void>;
  end(countKey: string, removed: number): Promise<void>;
}

/**
 * What each kind of retention removes, as queries over the tables (a cross-partition scan filtered on the row's
 * date, in key order) and deletes in transactions of at most 100 per partition, 8 in flight. Every sweep re-reads
 * what is still there, so a rerun after a crash continues where the last one stopped, and a row already gone is
 * skipped: the sweeps are idempotent. `cutoff` is the first day kept (yyyy-mm-dd); a date before it is past its period.
 */
export class RetentionSweeper {
  constructor(private readonly t: TableSet) {}

  /** How many rows a sweep would remove (the dry-run). */
  async count(kind: RetentionKind, cutoff: string): Promise<number> {
    let n = 0;
    for (const q of this.queries(kind, cutoff)) {
      for await (const page of q.table.listEntities({ queryOptions: { filter: q.filter, select: KEYS } }).byPage()) n += page.length;
    }
    return n;
  }

  /**
   * How many rows of a page a killed run had begun to remove are gone: the page was the first `found` rows of its
   * query in key order, so whatever of its key range still matches the query is what was not removed. (Rows another
   * writer deleted, or wrote into that range, meanwhile would be miscounted; retention's rows are years old.)
   */
  async settle(p: PendingPage): Promise<number> {
    const range = odata`(PartitionKey gt ${p.first.partitionKey} or (PartitionKey eq ${p.first.partitionKey} and RowKey ge ${p.first.rowKey}))`
      + odata` and (PartitionKey lt ${p.last.partitionKey} or (PartitionKey eq ${p.last.partitionKey} and RowKey le ${p.last.rowKey}))`;
    let left = 0;
    for await (const page of this.t[p.table].listEntities({ queryOptions: { filter: `(${p.filter}) and ${range}`, select: KEYS } }).byPage()) left += page.length;
    return Math.max(0, p.found - left);
  }

  async sweep(kind: RetentionKind, cutoff: string, cp: SweepCheckpoint): Promise<void> {
    const cutoffIso = `${cutoff}T00:00:00.000Z`;
    const removeKeys = (table: TableName) => (rows: Row[]) => deleteKeys(this.t[table], rows.map(keyOf));
    switch (kind) {
      case 'contacts': {
        // The journal's copies first, swept in the journal's own key order: a page then falls in a few journal
        // partitions and goes in full transactions of 100 (taken page by page of the history, the copies are spread
        // over every month and shard, a few per transaction). Both copies carry the contact's date, so the journal
        // filter finds exactly the copies of the history rows below; a crash in between leaves history rows only,
        // which the rerun finds again.
        await this.pages('ContactJournal', odata`date lt ${cutoff}`, 'contacts.journal', cp, removeKeys('ContactJournal'));
        await this.pages('CompanyHistory', contactsFilter(cutoff), 'contacts', cp, (rows) => this.deleteInCompanies(rows.map(keyOf)));
        return this.pages('CompanyHistory', `${rowsOf(AUDIT_PREFIX)} and ${odata`at lt ${cutoffIso}`}`, 'contacts.audit', cp, removeKeys('CompanyHistory'));
      }
      case 'optOutDetails':
        // The suppression record stays (CVR, scope, date, source, whether and when revoked); the reason and the names go.
        return this.pages('CompanyHistory', optOutsFilter(cutoff), 'optOutDetails', cp, async (rows) => {
          await mapLimit(rows, 8, (e) => writeMinimised(this.t, minimisedOptOut(decodeOptOut(e))));
          return rows.length;
        }, true);
      case 'feedback': {
        await this.pages('FeedbackLinks', feedbackFilter(cutoffIso), 'feedback', cp, async (rows) => {
          await deleteKeys(this.t.Feedback, rows.map(keyOf).map((k) => ({ partitionKey: 'responses', rowKey: `${k.partitionKey}_${k.rowKey.slice(2)}` })));
          return deleteKeys(this.t.FeedbackLinks, rows.map(keyOf));
        });
        // A link names who made it and, often, the company's contact person: it goes with the answers.
        return this.pages('FeedbackLinks', `${rowsOf('l_')} and ${odata`createdAt lt ${cutoffIso}`}`, 'feedback.links', cp, removeKeys('FeedbackLinks'));
      }
      case 'companyChanges':
        return this.pages('CompanyChanges', odata`PartitionKey lt ${cutoff}`, 'companyChanges', cp, removeKeys('CompanyChanges'));
      case 'plans':
        return this.pages('Plans', plansFilter(cutoffIso), 'plans', cp, async (rows) => {
          // Who claimed which item of the plan goes with it (claims name the member of staff).
          for (const p of rows.map(keyOf)) await deleteWhere(this.t.Leases, odata`PartitionKey eq ${`claim-${p.rowKey}`}`);
          return deleteKeys(this.t.Plans, rows.map(keyOf));
        });
      case 'accessLog':
        // Two rows per event (one per table): the count is of rows, said so in the key.
        for (const table of ['AccessByCompany', 'AccessByUser'] as const) await this.pages(table, odata`at lt ${cutoffIso}`, 'accessLog.rows', cp, removeKeys(table));
    }
  }

  /** The filters the dry-run counts; the sweeps delete the same rows. */
  private queries(kind: RetentionKind, cutoff: string): { table: TableClient; filter: string }[] {
    const iso = `${cutoff}T00:00:00.000Z`;
    switch (kind) {
      case 'contacts': return [{ table: this.t.CompanyHistory, filter: contactsFilter(cutoff) }];
      case 'optOutDetails': return [{ table: this.t.CompanyHistory, filter: optOutsFilter(cutoff) }];
      case 'feedback': return [{ table: this.t.FeedbackLinks, filter: feedbackFilter(iso) }];
      case 'companyChanges': return [{ table: this.t.CompanyChanges, filter: odata`PartitionKey lt ${cutoff}` }];
      case 'plans': return [{ table: this.t.Plans, filter: plansFilter(iso) }];
      case 'accessLog': return [{ table: this.t.AccessByCompany, filter: odata`at lt ${iso}` }];
    }
  }

  /**
   * One pass over a query's rows, a page at a time, each page between a `begin` and an `end` checkpoint. The pages
   * follow the continuation, not a fresh query each: a fresh query on Azurite scans the table again from the start.
   * The next page is read while this one is removed: it starts after this page's last key, which the removal leaves alone.
   */
  private async pages(table: TableName, filter: string, countKey: string, cp: SweepCheckpoint, remove: (rows: Row[]) => Promise<number>, whole = false): Promise<void> {
    const pages = this.t[table].listEntities({ queryOptions: { filter, select: whole ? undefined : KEYS } }).byPage({ maxPageSize: PAGE });
    let next = pages.next();
    for (;;) {
      const read = await next;
      if (read.done) return;
      const rows = read.value;
      // Azure may answer a page with no rows and a continuation.
      if (rows.length === 0) {
        next = pages.next();
        continue;
      }
      await cp.begin({ table, filter, countKey, first: keyOf(rows[0]), last: keyOf(rows[rows.length - 1]), found: rows.length });
      next = pages.next();
      // Read ahead: if the removal fails, the read's own failure must not go unhandled.
      next.catch(() => undefined);
      await cp.end(countKey, await remove(rows));
    }
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
}

const contactsFilter = (cutoff: string) => `${rowsOf(CONTACT_PREFIX)} and ${odata`date lt ${cutoff}`}`;
// registeredBy '' marks a minimised record: the filter skips it.
const optOutsFilter = (cutoff: string) => `${rowsOf(OPT_OUT_PREFIX)} and ${odata`date lt ${cutoff} and registeredBy ne ${''}`}`;
const feedbackFilter = (cutoffIso: string) => `${rowsOf('r_')} and ${odata`receivedAt lt ${cutoffIso}`}`;
const plansFilter = (cutoffIso: string) => odata`PartitionKey eq ${'plans'} and savedAt lt ${cutoffIso}`;

function keyOf(e: Row): RowKeys {
  return { partitionKey: e.partitionKey as string, rowKey: e.rowKey as string };
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
