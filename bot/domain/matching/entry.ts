/** The matcher's records, in a file of their own so the matcher and its scorer both read them without importing each other. */
import type { MatchableCompany } from './types.js';

export interface StoredCompany {
  company: MatchableCompany;
  entries: number[];
  area: number;
  active: boolean;
  /** Legal form code (legalFormOf), or null when it has none (enkeltmandsvirksomhed) or is not known. */
  form: string | null;
}

/** One searchable name of a company: the registered name or a binavn. */
export interface Entry {
  owner: StoredCompany;
  label: string;
  secondary: boolean;
}
