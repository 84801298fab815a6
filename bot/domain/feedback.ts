import type { UnitId } from './units.js';

/** What a company asked for about future contact in its self-service feedback. */
export type ContactWish = 'same' | 'fewer' | 'none';

/**
 * One answer from a company's contact person through a self-service feedback link (issue 7). Ratings that
 * staff record in the log card stay on the contact (Contact.rating); both feed the quality figures.
 */
export interface CompanyFeedback {
  id: string;
  cvr: string;
  /** The link it was given through (each link is answered at most once). */
  linkId: string;
  /** ISO time it was received. */
  receivedAt: string;
  /** Day it was received, yyyy-mm-dd in Europe/Copenhagen. */
  date: string;
  /** The unit and purpose of the contact the link followed, when it was made from a logged contact. */
  unit: UnitId | null;
  purpose: string | null;
  /** 1 (meget utilfreds) to 5 (meget tilfreds), the scale of DOMAIN.md; null when skipped. */
  rating: number | null;
  /** 0–10 "would you recommend"; null when skipped. */
  recommend: number | null;
  comment: string | null;
  wish: ContactWish;
}

/** How long a feedback link lives unless the coordinator chooses otherwise, and the longest allowed. */
export const LINK_DAYS_DEFAULT = 30;
export const LINK_DAYS_MAX = 90;
/** The contact person's name is personal data: short, and shown to staff only. */
export const CONTACT_NAME_MAX = 100;
export const FEEDBACK_COMMENT_MAX = 1000;

/**
 * A personal, signed link a company's contact person answers once (issue 7). Made by the coordinator in the tab,
 * or by staff from the "Log kontakt" card (then `contactId`, `unit` and `purpose` say which contact it followed).
 */
export interface FeedbackLink {
  /** Time-ordered id (contactId.ts); a link made from a logged contact carries that contact's id. */
  id: string;
  cvr: string;
  createdAt: string;
  createdBy: string;
  createdById: string | null;
  /** ISO time after which the link is refused. */
  expiresAt: string;
  contactId: string | null;
  unit: UnitId | null;
  purpose: string | null;
  /** The contact person's name when staff gave one: personal data, never shown on the public page. */
  contactName: string | null;
  status: 'open' | 'answered';
  answeredAt: string | null;
}

/** A link as staff see it: answered, still open, or expired unanswered. */
export type FeedbackLinkState = 'open' | 'answered' | 'expired';

export function linkState(link: FeedbackLink, now: Date): FeedbackLinkState {
  if (link.status === 'answered') return 'answered';
  return Date.parse(link.expiresAt) <= now.getTime() ? 'expired' : 'open';
}

/**
 * A wish for fewer or no contacts is not registered as an opt-out by itself: the coordinator confirms it (with a
 * scope) or dismisses it (with a reason). Both are kept with the answer.
 */
export type OptOutReviewState = 'pending' | 'confirmed' | 'dismissed';

export interface OptOutReview {
  state: OptOutReviewState;
  decidedAt: string | null;
  decidedBy: string | null;
  /** Why it was dismissed; null otherwise. */
  reason: string | null;
  /** The opt-out registered on confirmation (its id is the answer's id, so a retried confirmation registers one). */
  optOutId: string | null;
}

/** A stored answer and the review of its contact wish (null when the company wished no change). */
export interface FeedbackResponse extends CompanyFeedback {
  review: OptOutReview | null;
}

export function pendingReview(wish: ContactWish): OptOutReview | null {
  return wish === 'same' ? null : { state: 'pending', decidedAt: null, decidedBy: null, reason: null, optOutId: null };
}
