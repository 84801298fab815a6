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
