/** Where the scheduled CVR sync stands, and which run is due: pure, so the schedule is tested without a clock. */

export type SyncKind = 'full' | 'delta';

/** A run reads companies first, then the production units in the municipality. */
export type SyncPhase = 'companies' | 'units';

export interface SyncCheckpoint {
  kind: SyncKind;
  phase: SyncPhase;
  startedAt: string;
  /** Deltas ask for documents updated since this ISO time; null for a full sync. */
  since: string | null;
  /** Pages are read in CVR order; a resumed run asks only for numbers above the last one written. */
  lastCvr: string | null;
  /** Units are read in P-number order, and resumed the same way. */
  lastPNumber: string | null;
  pages: number;
  fetched: number;
}

export interface SyncRunSummary {
  kind: SyncKind;
  startedAt: string;
  finishedAt: string;
  fetched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Documents that could not be read as a company (nothing of them is written). */
  refused: number;
  changes: number;
}

export interface CvrSyncState {
  lastFullAt: string | null;
  lastDeltaAt: string | null;
  /** Start of the last completed run: the next delta asks for changes since this, less an overlap. */
  watermark: string | null;
  lastRun: SyncRunSummary | null;
  /** Plain Danish, for the settings page. */
  lastError: string | null;
  lastErrorAt: string | null;
  /** When the current streak of failures began; cleared by a successful run. */
  failingSince: string | null;
  checkpoint: SyncCheckpoint | null;
}

export const EMPTY_SYNC_STATE: CvrSyncState = {
  lastFullAt: null, lastDeltaAt: null, watermark: null, lastRun: null, lastError: null, lastErrorAt: null, failingSince: null, checkpoint: null,
};

export interface SyncSchedule {
  deltaMinutes: number;
  fullDays: number;
}

/** An unfinished run first (resumed), then a full sync if none was ever done or the last is a week old, then a delta. */
export function dueSync(state: CvrSyncState, now: Date, schedule: SyncSchedule): SyncKind | null {
  if (state.checkpoint) return state.checkpoint.kind;
  const age = (iso: string | null): number => (iso === null ? Infinity : now.getTime() - Date.parse(iso));
  if (age(state.lastFullAt) >= schedule.fullDays * 86_400_000) return 'full';
  const lastAny = [state.lastDeltaAt, state.lastFullAt].filter((t): t is string => t !== null).sort().at(-1) ?? null;
  return age(lastAny) >= schedule.deltaMinutes * 60_000 ? 'delta' : null;
}

/** A sync that has failed for a day is shown as a warning, not just as its last error. */
export const FAILING_WARNING_MS = 24 * 3600_000;

export function failingTooLong(state: CvrSyncState, now: Date): boolean {
  return state.failingSince !== null && now.getTime() - Date.parse(state.failingSince) >= FAILING_WARNING_MS;
}

/**
 * The sync as the health and readiness probes report it: "off" when not configured, "ok" while it works or
 * has failed for less than a day (the service is often busy for an hour), "degraded" after a day of failures.
 * Degraded never takes the instance out of service: the register still answers, only less fresh.
 */
export type SyncHealth = 'off' | 'ok' | 'degraded';

export function syncHealth(configured: boolean, state: CvrSyncState, now: Date): SyncHealth {
  if (!configured) return 'off';
  return failingTooLong(state, now) ? 'degraded' : 'ok';
}
