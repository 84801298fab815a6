import type { Company } from '../../domain/company.js';
import { sameCompany } from '../../domain/company.js';
import { parseCvrDocuments } from '../../domain/companyImport/index.js';
import { registerChanges, type RegisterChange, type RegisterChangeKind } from '../../domain/registerChanges/changes.js';
import { companyQuery } from '../../domain/registerChanges/cvrQuery.js';
import {
  dueSync, failingTooLong, syncHealth, type CvrSyncState, type SyncCheckpoint, type SyncHealth, type SyncKind, type SyncRunSummary, type SyncSchedule,
} from '../../domain/registerChanges/syncState.js';
import type { CompanyStore } from '../../store/companyStore.js';
import type { CvrSyncStore } from '../../store/cvrSyncStore.js';
import { Poller } from '../../util/poller.js';
import type { CompanyDirectory } from '../companyDirectory.js';
import { CvrSourceError, type CvrSource } from './cvrSource.js';
import { LocalUnitPass } from './localUnitPass.js';

export interface CvrSyncSettings extends SyncSchedule {
  municipalityCodes: readonly string[];
  pageSize: number;
}

export interface CvrSyncDeps {
  /** Null when no credentials are configured: the sync is off and says so. */
  source: CvrSource | null;
  store: CvrSyncStore;
  companies: CompanyStore;
  directory: CompanyDirectory;
  settings: CvrSyncSettings;
  now: () => Date;
  instanceId: string;
  log: (message: string) => void;
}

export type SyncOutcome = { kind: 'off' } | { kind: 'notDue' } | { kind: 'leaseTaken' } | { kind: 'ran'; run: SyncRunSummary } | { kind: 'failed'; error: string };

export interface CvrSyncStatus {
  configured: boolean;
  municipalityCodes: readonly string[];
  schedule: SyncSchedule;
  state: CvrSyncState;
  /** The sync has failed for 24 hours or more. */
  failingLong: boolean;
}

/** A lease outlives the slowest page by far; an instance that died is taken over after it. */
const LEASE_MS = 15 * 60_000;
/** Deltas re-ask for an hour before the last run began: CVR's clock and ours need not agree. */
const DELTA_OVERLAP_MS = 60 * 60_000;

/**
 * Keeps the register current from the CVR service: a full sync on first run and weekly, a delta every
 * hour. Pages are written through CompanyStore.upsertMany, the import's path, so the change journal, the
 * matcher index and the read models learn of them as of an import. One instance runs at a time (the lease
 * in the state row); progress is saved after each page, so a run that stops is resumed where it stopped.
 */
export class CvrSyncService {
  private poller: Poller<void> | null = null;
  private inFlight: Promise<SyncOutcome> | null = null;
  private readonly stopping = new AbortController();

  constructor(private readonly d: CvrSyncDeps) {}

  async status(): Promise<CvrSyncStatus> {
    const state = await this.d.store.state();
    const { deltaMinutes, fullDays, municipalityCodes } = this.d.settings;
    return { configured: this.d.source !== null, municipalityCodes, schedule: { deltaMinutes, fullDays }, state, failingLong: failingTooLong(state, this.d.now()) };
  }

  /** For /healthz, every minute: no storage read when the sync is off. */
  async health(): Promise<{ status: SyncHealth; failingSince: string | null }> {
    if (!this.d.source) return { status: 'off', failingSince: null };
    const state = await this.d.store.state();
    return { status: syncHealth(true, state, this.d.now()), failingSince: state.failingSince };
  }

  changes(fromMonth: string, toMonth: string, kinds?: readonly RegisterChangeKind[]): Promise<RegisterChange[]> {
    return this.d.store.list(fromMonth, toMonth, kinds);
  }

  /** Companies found new in the last two months, for the plan's "byd velkommen" suggestions. */
  async recentNewCompanies(): Promise<ReadonlySet<string>> {
    if (!this.d.source) return new Set();
    const now = this.d.now();
    const month = (back: number): string => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
    return new Set((await this.d.store.list(month(1), month(0), ['new'])).map((c) => c.cvr));
  }

  async tick(): Promise<SyncOutcome> {
    if (!this.d.source) return { kind: 'off' };
    const kind = dueSync(await this.d.store.state(), this.d.now(), this.d.settings);
    if (!kind) return { kind: 'notDue' };
    const state = await this.d.store.tryLease(this.d.instanceId, this.d.now(), LEASE_MS);
    if (!state) return { kind: 'leaseTaken' };
    const due = dueSync(state, this.d.now(), this.d.settings);
    if (!due) {
      await this.d.store.save(this.d.instanceId, state, this.d.now());
      return { kind: 'notDue' };
    }
    return this.run(this.d.source, due, state);
  }

  private async run(source: CvrSource, kind: SyncKind, state: CvrSyncState): Promise<SyncOutcome> {
    const now = this.d.now();
    const checkpoint: SyncCheckpoint = state.checkpoint ?? {
      kind, phase: 'companies', startedAt: now.toISOString(), lastCvr: null, lastPNumber: null, pages: 0, fetched: 0,
      since: kind === 'delta' && state.watermark ? new Date(Date.parse(state.watermark) - DELTA_OVERLAP_MS).toISOString() : null,
    };
    // The first sync ever finds every company "new"; it is the baseline the later ones compare with.
    const baseline = state.lastFullAt === null && state.lastDeltaAt === null;
    const totals = { inserted: 0, updated: 0, unchanged: 0, refused: 0, changes: 0 };
    const add = (t: Partial<typeof totals>): void => {
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += t[k] ?? 0;
    };
    const units = new LocalUnitPass({
      source, companies: this.d.companies, directory: this.d.directory, municipalityCodes: this.d.settings.municipalityCodes,
      pageSize: this.d.settings.pageSize, signal: this.stopping.signal,
    });
    const progress = (): Promise<void> => this.d.store.save(this.d.instanceId, { ...state, checkpoint }, new Date(this.d.now().getTime() + LEASE_MS));
    try {
      if (checkpoint.phase === 'companies') {
        await this.eachPage(source, 'virksomhed', this.query(checkpoint), checkpoint, progress, async (hits) => {
          const t = await this.writePage(hits, baseline);
          add(t);
          checkpoint.lastCvr = t.lastCvr ?? checkpoint.lastCvr;
        });
        checkpoint.phase = 'units';
        await progress();
      }
      await this.eachPage(source, 'produktionsenhed', units.query(checkpoint), checkpoint, progress, async (hits) => {
        const t = await units.writePage(hits);
        add(t);
        checkpoint.lastPNumber = t.lastPNumber ?? checkpoint.lastPNumber;
      });
    } catch (e) {
      const error = e instanceof CvrSourceError ? e.message : `uventet fejl: ${e instanceof Error ? e.message : String(e)}`;
      const at = this.d.now().toISOString();
      const stopped = e instanceof CvrSourceError && e.kind === 'stopped';
      const current: CvrSyncState = { ...state, checkpoint };
      const failed: CvrSyncState = stopped ? current : { ...current, lastError: error, lastErrorAt: at, failingSince: current.failingSince ?? at };
      await this.d.store.save(this.d.instanceId, failed, this.d.now());
      if (!stopped) this.d.log(`CVR sync (${kind}) failed: ${error}`);
      return { kind: 'failed', error };
    }
    const finishedAt = this.d.now().toISOString();
    const run: SyncRunSummary = { kind, startedAt: checkpoint.startedAt, finishedAt, fetched: checkpoint.fetched, ...totals };
    await this.d.store.save(this.d.instanceId, {
      ...state,
      lastFullAt: kind === 'full' ? finishedAt : state.lastFullAt,
      lastDeltaAt: kind === 'delta' ? finishedAt : state.lastDeltaAt,
      watermark: checkpoint.startedAt,
      lastRun: run, lastError: null, lastErrorAt: null, failingSince: null, checkpoint: null,
    }, this.d.now());
    return { kind: 'ran', run };
  }

  /** Reads a search page by page; progress is saved after each page is written, so a stop loses at most one page. */
  private async eachPage(
    source: CvrSource, type: 'virksomhed' | 'produktionsenhed', query: Record<string, unknown>, checkpoint: SyncCheckpoint,
    progress: () => Promise<void>, write: (hits: readonly unknown[]) => Promise<void>,
  ): Promise<void> {
    let page = await source.search(type, query, this.stopping.signal);
    while (page.hits.length > 0) {
      await write(page.hits);
      checkpoint.pages++;
      checkpoint.fetched += page.hits.length;
      await progress();
      if (!page.scrollId) return;
      page = await source.next(page.scrollId, this.stopping.signal);
    }
  }

  private query(checkpoint: SyncCheckpoint): Record<string, unknown> {
    // Companies marked for a unit here are asked for too, so their own changes (name, status) are seen.
    const knownCvrs = [...this.d.directory.all()].filter((c) => c.inMunicipality || c.localUnits).map((c) => c.cvr);
    return companyQuery({
      municipalityCodes: this.d.settings.municipalityCodes, knownCvrs, updatedSince: checkpoint.since, pageSize: this.d.settings.pageSize, afterCvr: checkpoint.lastCvr,
    });
  }

  /**
   * One page: changes are recorded before the companies are written, under keys a re-run writes again, so
   * a crash between the two leaves no change unrecorded and none twice. Documents that cannot be read are
   * counted and left out; the rest of the page is written.
   */
  private async writePage(hits: readonly unknown[], baseline: boolean) {
    const parsed = parseCvrDocuments(hits);
    const codes = this.d.settings.municipalityCodes;
    const at = this.d.now().toISOString();
    const companies: Company[] = parsed.rows.map((r) => {
      const inMunicipality = codes.includes(r.company.address.municipalityCode ?? '');
      // The company document knows nothing of the unit pass's marks: keep them, unless it is registered here now.
      const localUnits = inMunicipality ? undefined : this.d.directory.get(r.company.cvr)?.localUnits;
      return { ...r.company, inMunicipality, ...(localUnits ? { localUnits } : {}) };
    });
    const changes: RegisterChange[] = [];
    const changed: Company[] = [];
    for (const c of companies) {
      const known = this.d.directory.get(c.cvr);
      if (known && sameCompany(known, c)) continue;
      changed.push(c);
      if (!(baseline && !known)) changes.push(...registerChanges(known, c, at));
    }
    await this.d.store.record(changes);
    // Only what differs from the in-memory register is handed on: upsertMany reads every partition it is
    // given, and most of a delta is unchanged. It still compares with the stored rows before writing.
    const summary = await this.d.companies.upsertMany(changed);
    this.d.directory.apply(changed);
    const lastCvr = companies.map((c) => c.cvr).sort().at(-1) ?? null;
    return { ...summary, unchanged: summary.unchanged + companies.length - changed.length, refused: parsed.errors.length, changes: changes.length, lastCvr };
  }

  /** Checks every interval whether a run is due; never two at once. */
  start(intervalMs: number): void {
    this.poller?.stop();
    this.poller = new Poller(async () => {
      this.inFlight = this.tick();
      try {
        const o = await this.inFlight;
        if (o.kind === 'ran') this.d.log(`CVR sync: ${JSON.stringify(o.run)}`);
      } finally {
        this.inFlight = null;
      }
    });
    this.poller.start(intervalMs, (e) => this.d.log(`CVR sync failed: ${String(e)}`));
  }

  /** Stops the timer and aborts a run in flight; its progress is saved and the next start resumes it. */
  async stop(): Promise<void> {
    this.poller?.stop();
    this.stopping.abort();
    await this.inFlight?.catch(() => undefined);
  }
}
