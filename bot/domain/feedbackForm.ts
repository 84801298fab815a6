import { findCprNumbers } from './cprGuard.js';
import { CONTACT_NAME_MAX, FEEDBACK_COMMENT_MAX, LINK_DAYS_DEFAULT, LINK_DAYS_MAX, type ContactWish } from './feedback.js';

/**
 * Server-side validation of the public feedback form and of a request for a link. The public form is the only
 * input an anonymous visitor can send, so it is read field by field and nothing else is accepted.
 */

/** Every field the public form has; a body with any other field is refused before it gets here. */
export const FEEDBACK_FORM_FIELDS = ['rating', 'recommend', 'comment', 'wish'] as const;
export type FeedbackFormField = (typeof FEEDBACK_FORM_FIELDS)[number];

export type FeedbackFormErrorCode = 'invalid' | 'tooLong' | 'cpr' | 'empty';
export type FeedbackFormErrors = Partial<Record<FeedbackFormField, FeedbackFormErrorCode>>;

export interface FeedbackAnswer {
  rating: number | null;
  recommend: number | null;
  comment: string | null;
  wish: ContactWish;
}

export type FeedbackFormResult = { ok: true; value: FeedbackAnswer } | { ok: false; errors: FeedbackFormErrors };

const WISHES: readonly ContactWish[] = ['same', 'fewer', 'none'];

/**
 * Every question may be skipped (a company that only wants fewer contacts need not rate us), but an answer that
 * says nothing at all is refused: it would count as a response without content.
 */
export function validateFeedbackForm(fields: Readonly<Partial<Record<FeedbackFormField, string>>>): FeedbackFormResult {
  const errors: FeedbackFormErrors = {};
  const rating = scale(fields.rating, 1, 5);
  if (rating === undefined) errors.rating = 'invalid';
  const recommend = scale(fields.recommend, 0, 10);
  if (recommend === undefined) errors.recommend = 'invalid';

  // Browsers send a textarea's line breaks as CRLF, but its maxlength counted each as one character.
  const text = (fields.comment ?? '').replace(/\r\n?/g, '\n').trim();
  let comment: string | null = text === '' ? null : text;
  if (text.length > FEEDBACK_COMMENT_MAX) errors.comment = 'tooLong';
  else if (comment !== null && findCprNumbers(comment).length > 0) errors.comment = 'cpr';
  if (errors.comment) comment = null;

  const wishText = fields.wish ?? 'same';
  const wish = WISHES.find((w) => w === wishText);
  if (!wish) errors.wish = 'invalid';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (rating === null && recommend === null && comment === null && wish === 'same') return { ok: false, errors: { rating: 'empty' } };
  return { ok: true, value: { rating: rating ?? null, recommend: recommend ?? null, comment, wish: wish as ContactWish } };
}

/** A whole number in [min, max]; null when left empty; undefined when not a valid answer. */
function scale(raw: string | undefined, min: number, max: number): number | null | undefined {
  if (raw === undefined || raw === '') return null;
  if (!/^(0|[1-9]\d?)$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min && n <= max ? n : undefined;
}

export interface LinkRequest { days: number; contactName: string | null }
export type LinkRequestError = { field: 'days' | 'contactName'; code: 'invalid' | 'tooLong' | 'cpr' };

/** The coordinator's (or the card's) request for a link: how many days it lives, and whom it is for. */
export function validateLinkRequest(input: { days?: unknown; contactName?: unknown }): { ok: true; value: LinkRequest } | { ok: false; error: LinkRequestError } {
  const days = input.days === undefined || input.days === null || input.days === '' ? LINK_DAYS_DEFAULT : Number(input.days);
  if (!Number.isInteger(days) || days < 1 || days > LINK_DAYS_MAX) return { ok: false, error: { field: 'days', code: 'invalid' } };
  const raw = input.contactName;
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return { ok: false, error: { field: 'contactName', code: 'invalid' } };
  const name = (raw ?? '').trim();
  if (name.length > CONTACT_NAME_MAX) return { ok: false, error: { field: 'contactName', code: 'tooLong' } };
  // A name field is the likeliest place for someone to paste a CPR number along with the person.
  if (findCprNumbers(name).length > 0) return { ok: false, error: { field: 'contactName', code: 'cpr' } };
  return { ok: true, value: { days, contactName: name === '' ? null : name } };
}
