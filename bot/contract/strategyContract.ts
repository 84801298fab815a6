/**
 * The contact strategy's part of the tab API (see contract.ts for the conventions).
 *
 * GET /api/tab/strategy                  (everyone)    → StrategyResponse: the strategy in force
 * GET /api/tab/strategy/history          (everyone)    → StrategyHistoryResponse, newest first
 * GET /api/tab/strategy/versions/:version (everyone)   → StrategyResponse for an older version (404 when unknown)
 * PUT /api/tab/strategy                  (coordinator) → StrategyResponse: the new version
 *     body SaveStrategyRequest; 400 `invalid` with `fields` keyed by path (e.g. `units.2.name`, `owners.0.target`,
 *     `windows.pairs.1.days`, `silenceMonths`); 409 `conflict` when someone saved after `basedOnVersion`.
 */
import type { ContactStrategy, StrategyDraft, StrategyVersionSummary } from '../domain/strategy/index.js';

export type {
  ContactOwner, ContactStrategy, ContactWindows, OwnerTarget, PairWindow, StrategyChange, StrategyDraft, StrategyVersionSummary,
} from '../domain/strategy/index.js';

export interface StrategyResponse {
  strategy: ContactStrategy;
  /** Names of the companies that owners point at, by CVR (null when the register no longer holds one). */
  companyNames: Record<string, string | null>;
}

export interface StrategyHistoryResponse {
  versions: StrategyVersionSummary[];
  /** Names of the companies the listed changes name, by CVR, so a removed owner still reads by name. */
  companyNames: Record<string, string | null>;
}

export interface SaveStrategyRequest {
  /** The version the coordinator started editing from: a save on top of a newer one is refused (409). */
  basedOnVersion: number;
  strategy: StrategyDraft;
}
