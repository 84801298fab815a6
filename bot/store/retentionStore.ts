import type { TableClient } from '@azure/data-tables';
import { DEFAULT_RETENTION, validatePeriods, type RetentionCounts, type RetentionPeriods } from '../domain/dataProtection/retention.js';
import { reqStr, str } from './entityFields.js';
import type { PendingPage } from './retentionSweeps.js';
import { isConflict, isNotFound, isPreconditionFailed } from './tableSet.js';

/**
 * The retention periods (table Settings, partition `retention`, row `periods`, with who saved them and when) and the
 * daily job's run row (table Leases, partition `retention`, RowKey the Copenhagen day). The run row is both the
 * lease and the checkpoint: it records the kinds finished and the counts so far, and a heartbeat; a run whose
 * heartbeat is older than the stale limit (its instance died, even by kill -9) is taken over by an ETag-guarded
 * update, so exactly one instance continues it. The page being removed is in the same row (`pending`), written
 * with the counts in one write before the page goes, so the run that continues a killed one can count that page.
 */
export interface SavedPeriods { periods: RetentionPeriods; savedAt: string | null; savedBy: string | null }

export interface RetentionRun {
  day: string;
  owner: string;
  state: 'running' | 'done';
  heartbeat: string;
  /** Kinds finished, in order. */
  done: string[];
  counts: RetentionCounts;
  /** The page whose removal had begun and not yet been counted; null between pages. */
  pending: PendingPage | null;
  etag: string;
}

const SETTINGS = 'retention';
const JOB = 'retention';

export class RetentionStore {
  constructor(private readonly settings: TableClient, private readonly leases: TableClient) {}

  async periods(): Promise<SavedPeriods> {
    try {
      const e = await this.settings.getEntity(SETTINGS, 'periods');
      const parsed = validatePeriods({ ...DEFAULT_RETENTION, ...(JSON.parse(reqStr(e, 'periods')) as object) });
      return { periods: parsed.ok ? parsed.value : DEFAULT_RETENTION, savedAt: str(e, 'savedAt'), savedBy: str(e, 'savedBy') };
    } catch (e) {
      if (isNotFound(e)) return { periods: { ...DEFAULT_RETENTION }, savedAt: null, savedBy: null };
      throw e;
    }
  }

  async savePeriods(periods: RetentionPeriods, by: string, at: Date): Promise<void> {
    await this.settings.upsertEntity({ partitionKey: SETTINGS, rowKey: 'periods', periods: JSON.stringify(periods), savedAt: at.toISOString(), savedBy: by }, 'Replace');
  }

  async run(day: string): Promise<RetentionRun | null> {
    try {
      return decodeRun(await this.leases.getEntity(JOB, day));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** Starts the day's run; null when another instance started it first. */
  async start(day: string, owner: string, at: Date, counts: RetentionCounts): Promise<RetentionRun | null> {
    try {
      await this.leases.createEntity({ partitionKey: JOB, rowKey: day, ...runProps(owner, 'running', at, { done: [], counts, pending: null }) });
    } catch (e) {
      if (isConflict(e)) return null;
      throw e;
    }
    return this.run(day);
  }

  /**
   * Writes the checkpoint (or takes a stale run over) if the row is still as `run` read it; null when another
   * instance wrote it meanwhile (it owns the run now).
   */
  async checkpoint(run: RetentionRun, owner: string, at: Date, state: 'running' | 'done' = 'running'): Promise<RetentionRun | null> {
    try {
      const r = await this.leases.updateEntity({ partitionKey: JOB, rowKey: run.day, ...runProps(owner, state, at, run) }, 'Replace', { etag: run.etag });
      return { ...run, owner, state, heartbeat: at.toISOString(), etag: r.etag ?? '' };
    } catch (e) {
      if (isPreconditionFailed(e) || isNotFound(e)) return null;
      throw e;
    }
  }
}

function runProps(owner: string, state: string, at: Date, r: Pick<RetentionRun, 'done' | 'counts' | 'pending'>) {
  return { owner, state, heartbeat: at.toISOString(), done: JSON.stringify(r.done), counts: JSON.stringify(r.counts), pending: JSON.stringify(r.pending) };
}

function decodeRun(e: Record<string, unknown> & { etag: string }): RetentionRun {
  return {
    day: reqStr(e, 'rowKey'), owner: reqStr(e, 'owner'), state: reqStr(e, 'state') === 'done' ? 'done' : 'running',
    heartbeat: reqStr(e, 'heartbeat'), done: JSON.parse(reqStr(e, 'done')) as string[], counts: JSON.parse(reqStr(e, 'counts')) as RetentionCounts,
    pending: JSON.parse(str(e, 'pending') ?? 'null') as PendingPage | null, etag: e.etag,
  };
}
