import type { RegisterChange, RegisterChangeKind } from '../../domain/registerChanges/changes.js';
import {
  dueSync, failingTooLong, syncHealth, type CvrSyncState, type SyncCheckpoint, type SyncHealth, type SyncKind, type SyncRunSummary, type SyncSchedule,
} from '../../domain/registerChanges/syncState.js';
import type { CompanyStore } from '../../store/companyStore.js';
import type { CvrSyncStore } from '../../store/cvrSyncStore.js';
import { Poller } from '../../util/poller.js';
import type { CompanyDirectory } from '../companyDirectory.js';
import { CvrSourceError, type CvrSource } from './cvrSource.js';
import { CompanyPass } from './companyPass.js';
import { LocalUnitPass } from './localUnitPass.js';

export interface CvrSyncSettings extends SyncSchedule {
  municipalityCodes: readonly string[];
  pageSize: number;
  /** Companies are written once this many documents have been read (and at the end); progress is saved then. */
  writeBatch: number;
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
    const companies = new CompanyPass({
      companies: this.d.companies, store: this.d.store, directory: this.d.directory, municipalityCodes: this.d.settings.municipalityCodes,
      pageSize: this.d.settings.pageSize, baseline, now: this.d.now,
    });
    const progress = (t: { pages: number; fetched: number }): Promise<void> => {
      checkpoint.pages += t.pages;
      checkpoint.fetched += t.fetched;
      return this.d.store.save(this.d.instanceId, { ...state, checkpoint }, new Date(this.d.now().getTime() + LEASE_MS));
    };
    const flush = async (): Promise<void> => {
      const t = await companies.flush();
      add(t);
      checkpoint.lastCvr = t.lastCvr ?? checkpoint.lastCvr;
      await progress(t);
    };
    try {
      if (checkpoint.phase === 'companies') {
        await this.eachPage(source, 'virksomhed', companies.query(checkpoint), async (hits) => {
          companies.read(hits);
          if (companies.buffered >= this.d.settings.writeBatch) await flush();
        });
        await flush();
        checkpoint.phase = 'units';
        await progress({ pages: 0, fetched: 0 });
      }
      await this.eachPage(source, 'produktionsenhed', units.query(checkpoint), async (hits) => {
        const t = await units.writePage(hits);
        add(t);
        checkpoint.lastPNumber = t.lastPNumber ?? checkpoint.lastPNumber;
        await progress({ pages: 1, fetched: hits.length });
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

  /**
   * Reads a search page by page. The next page is asked for while this one is handled: the service takes
   * seconds per page of full documents, and our writes need not wait for it, nor it for them.
   */
  private async eachPage(
    source: CvrSource, type: 'virksomhed' | 'produktionsenhed', query: Record<string, unknown>, handle: (hits: readonly unknown[]) => Promise<void>,
  ): Promise<void> {
    // Ends a fetch still in flight when handling a page fails, so it does not retry on after the run is over.
    const abandon = new AbortController();
    const signal = AbortSignal.any([this.stopping.signal, abandon.signal]);
    try {
      let page = await source.search(type, query, signal);
      while (page.hits.length > 0) {
        const next = page.scrollId ? source.next(page.scrollId, signal) : null;
        // Awaited below; if handling fails first, the fetch's own failure is of no interest.
        next?.catch(() => undefined);
        await handle(page.hits);
        if (!next) return;
        page = await next;
      }
    } finally {
      abandon.abort();
    }
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
