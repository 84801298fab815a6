/**
 * The tab's JSON API: every path, request and response shape in one place. The tab (tab/src) imports these
 * types only (no runtime code), so the two sides cannot drift apart unnoticed.
 * Every request carries `Authorization: Bearer <token>` (Entra ID SSO in Teams; the local issuer in local mode).
 * Errors: HTTP status with `ApiError`.
 */
import type { Company } from '../domain/company.js';
import type { Contact, OptOut, OptOutScope } from '../domain/contact.js';
import type { Overview } from '../domain/overview/index.js';
import type { PlanItem, PlanSummary, SavedPlan } from '../domain/planning/index.js';
import type { ContactOwner, PairWindow } from '../domain/strategy/index.js';
import type { UnitId } from '../domain/units.js';

export type { Company, Contact, OptOut, OptOutScope, Overview, PlanItem, PlanSummary, SavedPlan, UnitId };
export type { Purpose, Unit } from '../domain/units.js';
export type { Breach, CoverageRow, Headline, ParallelCase, SilentCompany } from '../domain/overview/index.js';
export type { PlanFlag, PlanReason } from '../domain/planning/index.js';
export type * from './feedbackContract.js';

export interface ApiError {
  /** Machine-readable, e.g. 'missing_token', 'forbidden', 'invalid', 'not_found', 'storage_unavailable'. */
  error: string;
  /** Danish, for the user. */
  message: string;
  /** Per-field problems (Danish) for forms. */
  fields?: Record<string, string>;
}

export interface UnitInfo { id: UnitId; name: string; nameEn: string; shortName: string }

/** GET /api/tab/me */
export interface MeResponse {
  userId: string;
  name: string;
  isCoordinator: boolean;
  /** Holds the DataProtection app role: may read the access log, the retention runs and the erasure audit trail. */
  dataProtection: boolean;
  /** The user's own unit when known; staff see only this unit's figures. */
  unit: UnitId | null;
  /** True in local mode: the UI shows a "local mode" banner. */
  local: boolean;
  units: UnitInfo[];
  /** The purposes of the contact strategy, for naming them (plan reasons, tables). */
  purposes: { id: string; name: string; nameEn: string }[];
  /** The contact strategy's overall window, the pairs of units with their own, and the silence threshold. */
  settings: { windowDays: number; pairWindows: PairWindow[]; silenceMonths: number };
}

/** GET /api/tab/local-auth/users (local mode only; 404 otherwise) */
export interface LocalUser { userId: string; name: string; unit: UnitId; coordinator: boolean; dataProtection: boolean }
/** POST /api/tab/local-auth/token { userId } (local mode only) → { token } */
export interface LocalTokenRequest { userId: string }
export interface LocalTokenResponse { token: string }

/**
 * GET /api/tab/overview?from=yyyy-mm-dd&to=yyyy-mm-dd&unit=<id>
 * Defaults: the last 90 days, all units for a coordinator; staff always get their own unit.
 */
export interface OverviewResponse {
  period: { from: string; to: string };
  unit: UnitId | null;
  overview: Overview;
  /** When the figures were computed from the read model (ISO time) and how many contacts it held. */
  asOf: string;
  contactsInModel: number;
}

/** GET /api/tab/companies?q=<name or CVR> → at most 10 */
export interface CompanySearchResponse { results: { cvr: string; name: string; town: string | null }[] }

/** GET /api/tab/companies/:cvr */
export interface CompanyResponse {
  company: Company;
  /** Every contact, newest first (staff see all units' contacts of the company: the look-up is for everyone). */
  contacts: Contact[];
  /** Every opt-out, revoked too, newest first. */
  optOuts: OptOut[];
  /** Company ratings (1–5) from contacts, newest first. */
  feedback: { date: string; unit: UnitId; rating: number; note: string | null }[];
  /** Who to ask before contacting the company, by the contact strategy (company, industry or area owner). */
  owner: ContactOwner | null;
}

/** GET /api/tab/optouts?status=active|revoked|all&unit=<id>&q=<text> */
export interface OptOutListResponse { optOuts: (OptOut & { companyName: string | null })[] }

/** POST /api/tab/optouts (coordinator) → OptOut */
export interface RegisterOptOutRequest { cvr: string; scope: OptOutScope; reason: string; source: string; date?: string }

/** POST /api/tab/optouts/:cvr/:id/revoke (coordinator) → OptOut */
export interface RevokeOptOutRequest { reason: string }

/** POST /api/tab/plans/generate (coordinator) → a suggestion, not saved */
export interface GeneratePlanRequest { size?: number; perUnitMax?: number }
export interface GeneratePlanResponse { items: PlanItem[]; generatedAt: string }

/**
 * POST /api/tab/plans { items, note, basedOn? } (coordinator) → SavedPlan; items are re-checked against opt-outs.
 * With basedOn (the id of the version the editor opened) it is saved as that plan's next version; 409 when a
 * newer version was saved meanwhile.
 */
export interface SavePlanRequest { items: PlanItem[]; note?: string | null; basedOn?: string | null }

/** GET /api/tab/plans → newest first, each plan's versions together (newest version first) */
export interface PlanListResponse { plans: PlanSummary[] }

/**
 * Exports (files, not JSON):
 * GET /api/tab/plans/:id/export?format=csv|xlsx
 * GET /api/tab/overview/export?format=csv|xlsx&from=&to=&unit=
 */
export type ExportFormat = 'csv' | 'xlsx';

/** GET /api/tab/channels (coordinator): channels where the bot is installed, and the chosen one. */
export interface ChannelsResponse {
  channels: { conversationId: string; label: string }[];
  target: { conversationId: string; label: string; setBy: string; setAt: string } | null;
}
/** PUT /api/tab/digest/target { conversationId } (coordinator) → the new target */
export interface DigestTargetRequest { conversationId: string }
/** POST /api/tab/digest/run (coordinator): post this week's digest now → { kind: 'posted', week, activityId } */
/** POST /api/tab/plans/:id/post (coordinator): post a saved plan to the chosen channel → { kind: 'posted', activityId } */
export interface PostedResponse { kind: 'posted'; activityId: string; week?: string }
export type * from './strategyContract.js';

export type * from './qualityContract.js';
export type * from './proposalContract.js';
export type * from './dataProtectionContract.js';
export type * from './registerChangeContract.js';
export type * from './readinessContract.js';
export type * from './activityFeedContract.js';
