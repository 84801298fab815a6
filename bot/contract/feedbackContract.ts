/**
 * The tab API's routes for company feedback through self-service links (issue 7); contract.ts re-exports these.
 * Every route takes the bearer token; "coordinator" routes answer 403 to other staff.
 */
import type { OptOut, OptOutScope } from '../domain/contact.js';
import type { ContactWish, FeedbackLink, FeedbackLinkState, FeedbackResponse, OptOutReview } from '../domain/feedback.js';

export type { ContactWish, FeedbackResponse, OptOutReview };

/** A link as the coordinator sees it. `contactName` is personal data: shown to staff, never on the public page. */
export type FeedbackLinkView = FeedbackLink & { state: FeedbackLinkState };

/** POST /api/tab/feedback/links (coordinator): days 1–90, default 30 → CreatedFeedbackLink */
export interface CreateFeedbackLinkRequest { cvr: string; contactName?: string | null; days?: number }
export interface CreatedFeedbackLink { link: FeedbackLinkView; url: string }

/** GET /api/tab/feedback/links?cvr=<cvr> (coordinator): the company's links, newest first. */
export interface FeedbackLinkListResponse { links: FeedbackLinkView[] }

/** GET /api/tab/feedback/responses?cvr=<cvr>: the company's own answers, newest first (staff ratings are in CompanyResponse.feedback). */
export interface CompanyFeedbackListResponse { responses: FeedbackResponse[] }

/** GET /api/tab/feedback/pending (coordinator): answers whose wish for fewer or no contacts awaits confirmation. */
export interface PendingOptOutListResponse { pending: (FeedbackResponse & { companyName: string | null })[] }

/**
 * POST /api/tab/feedback/responses/:cvr/:linkId/confirm (coordinator) → ConfirmPendingOptOutResponse. Registers the
 * opt-out (source "feedback-link"); 409 when it was dismissed first.
 */
export interface ConfirmPendingOptOutRequest { scope: OptOutScope; reason: string }
export interface ConfirmPendingOptOutResponse { response: FeedbackResponse; optOut: OptOut }

/** POST /api/tab/feedback/responses/:cvr/:linkId/dismiss (coordinator) → FeedbackResponse; 409 when it was confirmed first. */
export interface DismissPendingOptOutRequest { reason: string }
