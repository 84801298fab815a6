/** Public types of the company matcher. */
import type { Company } from '../company.js';

/** What the matcher needs of a company; `active: false` (ophørt) ranks just below an active namesake. */
export type MatchableCompany = Pick<Company, 'cvr' | 'name' | 'secondaryNames' | 'legalForm'> & {
  town: string | null;
  postalCode: string | null;
  active?: boolean;
};

export interface MatchHit {
  cvr: string;
  /** The company's registered name. */
  name: string;
  /** 0..1; 1 means every typed word and every word of the name were accounted for exactly. */
  score: number;
  /** The secondary name (binavn) that matched, when it was not the registered name. */
  matchedName?: string;
}

export interface CvrQuery {
  cvr: string;
  /** Passes the modulus-11 check. */
  valid: boolean;
  /** In the register the matcher holds. */
  known: boolean;
}

/**
 * - `cvr`: the query was a CVR number of a known company; hits holds it.
 * - `clear`: one company is clearly the best; answer with hits[0] (hits may hold runners-up).
 * - `ambiguous`: several are close; hits holds only those close ones, for a choice card.
 * - `none`: nothing good enough; hits holds the nearest suggestions ("mente du …"), possibly empty.
 */
export type MatchKind = 'cvr' | 'clear' | 'ambiguous' | 'none';

export interface MatchOutcome {
  kind: MatchKind;
  /** Best first, at most `limit`. */
  hits: MatchHit[];
  /** Set when the query was read as a CVR number (then kind is `cvr` or `none`). */
  cvrQuery?: CvrQuery;
}
