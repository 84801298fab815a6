import type { Purpose, Unit, UnitId } from '../units.js';

/**
 * The common contact strategy (issue 7): one method and direction for all units. The coordinator edits it in
 * the tab; every save is a new version, so who changed what and when is never lost.
 */
export interface ContactStrategy {
  /** 0 is the built-in starting point that was never saved; saved versions count from 1. */
  version: number;
  savedAt: string | null;
  savedBy: string | null;
  /** Why it was changed, in the coordinator's words. */
  note: string | null;
  units: Unit[];
  /** Every purpose a unit may name; each unit picks its own from these. */
  purposes: Purpose[];
  windows: ContactWindows;
  /** A company no unit has contacted for this many months counts as silent. */
  silenceMonths: number;
  owners: ContactOwner[];
}

/** How close two units' contacts with one company may come before they are "parallel". */
export interface ContactWindows {
  /** Days, for every pair of units without its own rule (and for one unit's contacts seen by an unknown asker). */
  overallDays: number;
  /** Pairs that need a wider or narrower window, e.g. the jobcentre and the youth unit sharing employers. */
  pairs: PairWindow[];
}

export interface PairWindow { units: [UnitId, UnitId]; days: number }

/** Who should be asked before anyone else contacts a company, or any company in a segment. */
export interface ContactOwner {
  id: string;
  target: OwnerTarget;
  unit: UnitId;
  /** A named person in that unit, when there is one. */
  person: string | null;
  note: string | null;
}

export type OwnerTarget =
  | { kind: 'company'; cvr: string }
  /** A DB07 section letter, A–U. */
  | { kind: 'industry'; section: string }
  /** A postal code of the municipality. */
  | { kind: 'area'; postalCode: string };

/** A saved version as listed in the history: the strategy itself plus what changed from the one before. */
export interface StrategyVersionSummary {
  version: number;
  savedAt: string;
  savedBy: string;
  note: string | null;
  changes: StrategyChange[];
  /** Changes left out of `changes` because one save made very many (e.g. hundreds of owners at once). */
  moreChanges: number;
}

/** One difference between two versions, typed so the tab can say it in Danish or English. */
export type StrategyChange =
  | { kind: 'unitAdded'; unit: UnitId }
  | { kind: 'unitRenamed'; unit: UnitId; from: string; to: string }
  | { kind: 'unitPurposes'; unit: UnitId; added: string[]; removed: string[] }
  | { kind: 'purposeAdded'; purpose: string }
  | { kind: 'purposeRenamed'; purpose: string; from: string; to: string }
  | { kind: 'overallWindow'; from: number; to: number }
  | { kind: 'pairWindow'; units: [UnitId, UnitId]; from: number | null; to: number | null }
  | { kind: 'silenceMonths'; from: number; to: number }
  | { kind: 'ownerAdded'; owner: ContactOwner }
  | { kind: 'ownerRemoved'; owner: ContactOwner }
  | { kind: 'ownerChanged'; from: ContactOwner; to: ContactOwner };
