import { sameCompany, type Company } from '../../domain/company.js';
import { parseCvrDocuments } from '../../domain/companyImport/index.js';
import { registerChanges, type RegisterChange } from '../../domain/registerChanges/changes.js';
import { companyQuery } from '../../domain/registerChanges/cvrQuery.js';
import { keepLocalUnits } from '../../domain/registerChanges/localUnits.js';
import type { SyncCheckpoint } from '../../domain/registerChanges/syncState.js';
import type { CompanyStore, UpsertSummary } from '../../store/companyStore.js';
import type { CvrSyncStore } from '../../store/cvrSyncStore.js';
import type { CompanyDirectory } from '../companyDirectory.js';

export interface CompanyPassDeps {
  companies: CompanyStore;
  store: CvrSyncStore;
  directory: CompanyDirectory;
  municipalityCodes: readonly string[];
  pageSize: number;
  /** The first sync ever is a baseline: companies it finds are not reported as new. */
  baseline: boolean;
  now: () => Date;
}

export interface FlushResult extends UpsertSummary {
  refused: number;
  changes: number;
  pages: number;
  fetched: number;
  /** The highest CVR number now written: where a stopped run resumes. */
  lastCvr: string | null;
}

/**
 * The first half of a sync run: companies in the municipality, or held as in it. Pages are read into a
 * batch (parsed and compared with the in-memory register at once, so raw documents are not kept) and
 * written together: a batch of several pages journals one reload marker instead of a copy per company, as an
 * import does, and the register is written once per batch instead of once per page.
 */
export class CompanyPass {
  private changed: Company[] = [];
  private changes: RegisterChange[] = [];
  private pending = { refused: 0, unchanged: 0, pages: 0, fetched: 0, lastCvr: null as string | null };

  constructor(private readonly d: CompanyPassDeps) {}

  query(checkpoint: SyncCheckpoint): Record<string, unknown> {
    // Companies marked for a unit here are asked for too, so their own changes (name, status) are seen.
    const knownCvrs = [...this.d.directory.all()].filter((c) => c.inMunicipality || c.localUnits).map((c) => c.cvr);
    return companyQuery({
      municipalityCodes: this.d.municipalityCodes,
      knownCvrs,
      updatedSince: checkpoint.since,
      pageSize: this.d.pageSize,
      afterCvr: checkpoint.lastCvr,
    });
  }

  /** Documents read so far and not yet written. */
  get buffered(): number {
    return this.pending.fetched;
  }

  /** Adds a page to the batch. Documents that cannot be read are counted and left out; the rest are kept. */
  read(hits: readonly unknown[]): void {
    const parsed = parseCvrDocuments(hits, this.d.municipalityCodes);
    const at = this.d.now().toISOString();
    for (const r of parsed.rows) {
      const known = this.d.directory.get(r.company.cvr);
      const c = keepLocalUnits(known, r.company);
      if (this.pending.lastCvr === null || c.cvr > this.pending.lastCvr) this.pending.lastCvr = c.cvr;
      if (known && sameCompany(known, c)) {
        this.pending.unchanged++;
        continue;
      }
      this.changed.push(c);
      if (!(this.d.baseline && !known)) this.changes.push(...registerChanges(known, c, at));
    }
    this.pending.refused += parsed.errors.length;
    this.pending.pages++;
    this.pending.fetched += hits.length;
  }

  /**
   * Writes the batch: changes are recorded before the companies, under keys a re-run writes again, so a crash
   * between the two leaves no change unrecorded and none twice. A batch lost before this (a failed page) is
   * simply read again by the resumed run.
   */
  async flush(): Promise<FlushResult> {
    const { changed, changes, pending } = this;
    this.changed = [];
    this.changes = [];
    this.pending = { refused: 0, unchanged: 0, pages: 0, fetched: 0, lastCvr: null };
    await this.d.store.record(changes);
    const summary = await this.d.companies.upsertAgainst(changed, (cvr) => this.d.directory.get(cvr));
    this.d.directory.apply(changed);
    return {
      ...summary,
      unchanged: summary.unchanged + pending.unchanged,
      refused: pending.refused,
      changes: changes.length,
      pages: pending.pages,
      fetched: pending.fetched,
      lastCvr: pending.lastCvr,
    };
  }
}
