/** The weekly digest as data: digestText.ts words it, a card renders it. */
import type { Company } from '../company.js';
import type { Contact, OptOut, OptOutScope } from '../contact.js';
import type { CoverageRow, ParallelCase, SilentCompany } from '../overview/index.js';
import type { Period } from '../overview/types.js';
import type { RegisterChange } from '../registerChanges/changes.js';
import type { RegisterChangeCounts } from './registerChanges.js';
import type { PlanItem } from '../planning/index.js';
import type { ContactWindows } from '../strategy/index.js';
import type { ProposalStatus } from '../proposals.js';
import type { Unit, UnitId } from '../units.js';

/**
 * What the digest reads of a saved plan (planning's SavedPlan fits it): the digest needs neither its author nor
 * its note.
 */
export interface DigestPlan {
  id: string;
  savedAt: string;
  items: readonly PlanItem[];
}

/** What the digest reads of a proposal in the log; domain/proposals' Proposal fits it. */
export interface DigestProposal { id: string; title: string; status: ProposalStatus; createdAt: string }

/** Someone has said they will take a plan item (the map arrives with plan claiming). */
export interface PlanClaim { by: string; at: string }

export interface DigestInput {
  /** The digest's own week; it reports on the week before. */
  weekKey: string;
  companies: readonly Company[];
  contacts: readonly Contact[];
  optOuts: readonly OptOut[];
  /** Newest first, as the plan store lists them. */
  plans: readonly DigestPlan[];
  /** Copenhagen day the digest is made on. */
  today: string;
  windows: ContactWindows;
  silenceMonths: number;
  units: readonly Unit[];
  /** Claims on the newest plan's items, by CVR. */
  claims?: Readonly<Record<string, PlanClaim>>;
  /** How many coverage gaps of each kind (default 3). */
  gapCount?: number;
  /** How many feedback notes (default 5). */
  noteCount?: number;
  /** The proposals log, any status. */
  proposals?: readonly DigestProposal[];
  /** How many open proposals are named (default 3). */
  proposalCount?: number;
  /** What the CVR sync noticed around the reported week (only last week's are counted). */
  registerChanges?: readonly RegisterChange[];
}

export interface UnitCount { unit: UnitId; contacts: number }

export interface NewOptOut {
  cvr: string;
  companyName: string | null;
  scope: OptOutScope;
  /** Day the company declined contact. */
  date: string;
  registeredAt: string;
  source: string;
  /** Revoked again since (it still was registered last week). */
  revoked: boolean;
}

export interface RatingSummary {
  /** Rated contacts. */
  count: number;
  /** Mean rating 1–5, null when none were rated. */
  average: number | null;
}

export interface FeedbackNote {
  cvr: string;
  companyName: string | null;
  unit: UnitId;
  date: string;
  rating: number;
  note: string;
}

export interface UnitPlanProgress { unit: UnitId; items: number; claimed: number; done: number }

export interface PlanProgress {
  planId: string;
  savedAt: string;
  items: number;
  claimed: number;
  /** The item's unit has logged a contact with the company since the plan was saved. */
  done: number;
  /** In the order of the digest's units, then any other unit the plan names. */
  byUnit: UnitPlanProgress[];
}

export interface OpenProposals {
  count: number;
  /** The longest-waiting open proposals, oldest first. */
  oldest: (DigestProposal & { ageDays: number })[];
}

export interface Digest {
  weekKey: string;
  /** The reported week ("last week"). */
  reportedWeek: { key: string; year: number; week: number };
  period: Period;
  /** One row per unit of the input, zero rows included; units met only in the journal come last. */
  contactsByUnit: UnitCount[];
  totalContacts: number;
  /** Companies several units contacted within the window, counting last week's contacts only. */
  parallel: ParallelCase[];
  /** Registered last week (by the Copenhagen day of registeredAt), oldest first. */
  newOptOuts: NewOptOut[];
  /** Counted companies whose silence crossed silenceMonths during last week, longest silence first. */
  newlySilent: SilentCompany[];
  /** Most under-represented first (index below 1), small and unknown rows left out. */
  coverageGaps: { sections: CoverageRow[]; areas: CoverageRow[] };
  feedback: {
    lastWeek: RatingSummary;
    /** The four weeks before last week. */
    previousWeeks: RatingSummary;
    /** Newest first, from last week's rated contacts that carry a note. */
    notes: FeedbackNote[];
  };
  /** The newest saved plan; null when none was saved. */
  plan: PlanProgress | null;
  /** Null when no proposal is open. */
  proposals: OpenProposals | null;
  /** Null when the CVR sync noticed nothing last week (or is off). */
  registerChanges: RegisterChangeCounts | null;
}
