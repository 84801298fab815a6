/** The coordinator's overview: parallel contacts (A), long silence (B), coverage (C) and the headline. */
import type { Company } from '../company.js';
import type { Contact, OptOut } from '../contact.js';
import type { ContactWindows } from '../strategy/index.js';
import type { UnitId } from '../units.js';
import type { Coverage } from './coverage.js';
import type { ParallelCase } from './parallel.js';
import type { SilentCompany } from './silence.js';

/** Inclusive yyyy-mm-dd days. */
export interface Period { from: string; to: string }

export interface OverviewInput {
  companies: readonly Company[];
  /** The whole journal, not just the period: silence looks back further than any period. */
  contacts: readonly Contact[];
  optOuts: readonly OptOut[];
  period: Period;
  /** Copenhagen day the overview is made on; silence is measured to it. */
  today: string;
  /** Only this unit's contacts count (staff outside the coordinator's role); null or absent: all units. */
  unit?: UnitId | null;
  /** Two units' contacts at most their pair's window apart are parallel. */
  windows: ContactWindows;
  /** A company not contacted for more than this many months is silent. */
  silenceMonths: number;
  /** Coverage rows with fewer companies are flagged small (default 10). */
  smallRowCompanies?: number;
}

export interface Headline {
  /** Counted companies: in Norddjurs and not ceased. */
  companiesInMunicipality: number;
  /** Counted companies with a contact in the period. */
  contactedInPeriod: number;
  /** Every contact in the period, whatever the company. */
  contactsInPeriod: number;
  parallelCompanies: number;
  /** Silent for more than silenceMonths, or never contacted. */
  silentCompanies: number;
  neverContacted: number;
  /** Companies (any) with an active opt-out that covers the unit filter (any unit when unfiltered). */
  optedOutCompanies: number;
  /** Contacts in the period made while an opt-out covering the contacting unit stood. */
  breaches: number;
  /** contactedInPeriod / companiesInMunicipality × 100. */
  coveragePct: number;
}

export interface Breach {
  cvr: string;
  companyName: string | null;
  contactId: string;
  unit: UnitId;
  staffName: string;
  date: string;
  optOutId: string;
  optOutDate: string;
}

export interface Overview {
  period: Period;
  unit: UnitId | null;
  headline: Headline;
  /** Newest collision first. */
  parallel: ParallelCase[];
  /** Longest silence first (never contacted first); see sortSilent for other orders. */
  silent: SilentCompany[];
  coverage: Coverage;
  /** Newest first. */
  breaches: Breach[];
}
