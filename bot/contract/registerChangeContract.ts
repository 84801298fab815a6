/**
 * The register changes' part of the tab API (see contract.ts for the conventions).
 *
 * GET /api/tab/register-changes?from=YYYY-MM&to=YYYY-MM&kind=new,ceased (everyone) → RegisterChangesResponse
 *     newest first; 400 `invalid` for a bad month or kind.
 * GET /api/tab/cvr-sync (everyone) → CvrSyncStatusResponse: the sync's schedule, last runs and last error.
 */
import type { RegisterChange } from '../domain/registerChanges/changes.js';
import type { CvrSyncState, SyncSchedule } from '../domain/registerChanges/syncState.js';

export type { RegisterChange, RegisterChangeKind } from '../domain/registerChanges/changes.js';
export type { CvrSyncState, SyncRunSummary } from '../domain/registerChanges/syncState.js';

export interface RegisterChangesResponse {
  from: string;
  to: string;
  changes: RegisterChange[];
}

export interface CvrSyncStatusResponse {
  configured: boolean;
  municipalityCodes: readonly string[];
  schedule: SyncSchedule;
  state: CvrSyncState;
  failingLong: boolean;
}
