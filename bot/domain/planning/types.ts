/** The periodic plan: which companies to contact next, by which unit and person, and why. */
import type { Company } from '../company.js';
import type { Contact, OptOut } from '../contact.js';
import type { Unit, UnitId } from '../units.js';

/** Why a company is in the plan, as data: reasonText.ts words it in Danish or English. */
export type PlanReason =
  | { code: 'neverContacted' }
  | { code: 'newCompany' }
  | { code: 'silent'; months: number; lastDate: string }
  | { code: 'followUpDue'; unit: UnitId; date: string }
  | { code: 'lastGoodContact'; unit: UnitId; date: string; rating: number | null }
  | { code: 'sectionUnderCovered'; section: string; index: number }
  | { code: 'areaUnderCovered'; area: string; index: number }
  | { code: 'unitFit'; unit: UnitId; purpose: string; employeeBand: string | null }
  | { code: 'addedByCoordinator' }
  /** Moved by the coordinator from the unit the plan first suggested. */
  | { code: 'reassignedByCoordinator'; from: UnitId };

export type PlanReasonCode = PlanReason['code'];

/**
 * Things to know before acting on an item: reklamebeskyttet (needs a legal basis or consent), declined
 * contact from some other units, given to a unit beyond its fair share because no other unit could take it,
 * and the coordinator's own edits.
 */
export type PlanFlag = 'advertisingProtected' | 'partialOptOut' | 'overCap' | 'manual' | 'reassigned';

export interface PlanItem {
  cvr: string;
  companyName: string;
  unit: UnitId;
  /** The staff member of that unit who last contacted the company, or null. */
  person: string | null;
  /** Most important first. */
  reasons: PlanReason[];
  score: number;
  advertisingProtected: boolean;
  flags: PlanFlag[];
  /** Units an active opt-out keeps away: the item must not be reassigned to them. */
  optedOutUnits: UnitId[];
  section: string | null;
  area: string | null;
  employeeBand: string | null;
}

/** Someone who may be named as the person to call; when a roster is given, nobody else is. */
export interface PlanStaff {
  unit: UnitId;
  /** As contacts carry it in staffName. */
  displayName: string;
  /** Matched against contacts' staffId when both are known. */
  id?: string | null;
}

export interface PlanInput {
  companies: readonly Company[];
  contacts: readonly Contact[];
  optOuts: readonly OptOut[];
  today: string;
  /** Companies contacted by any unit within this many days are left alone. */
  windowDays: number;
  /** Silent after this many months; also the period coverage is measured over. */
  silenceMonths: number;
  /** Units that can be given items. */
  units: readonly Unit[];
  /** How many suggestions. */
  size: number;
  /** Items per unit before others get the rest (default ceil(ceil(size / units) × 1.5)). */
  perUnitMax?: number;
  /** Current staff; when given, people not on it are never named. */
  staff?: readonly PlanStaff[];
  /** A plan period: follow-ups falling due within this many days before or after today count (default 30). */
  horizonDays?: number;
  /** Sections and areas below this coverage index count as under-covered (default 0.8). */
  underCoveredBelow?: number;
  /** CVR numbers the CVR sync recently found new in the municipality: offered as "byd velkommen" unless reklamebeskyttet. */
  newCompanies?: ReadonlySet<string>;
}

/** A plan as the coordinator saved it: every saved plan is kept, so the id is also its place in the history. */
export interface SavedPlan {
  /** This version's own id. */
  id: string;
  /** The plan the version belongs to: the id of its first version. */
  planId: string;
  /** 1 for the first save, then one up for each version saved over it. */
  version: number;
  savedAt: string;
  savedBy: string;
  note: string | null;
  items: PlanItem[];
}
