/** The two sources brought to one shape, so every figure is computed once for both. */
import type { Contact } from '../contact.js';
import { validRating } from '../digest/feedback.js';
import type { CompanyFeedback, ContactWish } from '../feedback.js';
import type { Period } from '../overview/types.js';
import type { UnitId } from '../units.js';
import type { ResponseSource } from './types.js';

/** A rated contact or a company answer, in one shape. */
export interface Answer {
  source: ResponseSource;
  id: string;
  cvr: string;
  /** yyyy-mm-dd in Copenhagen, as both sources store it. */
  date: string;
  /** ISO time it was stored: orders answers given on the same day. */
  at: string;
  unit: UnitId | null;
  purpose: string | null;
  /** 1–5, or null (a company may skip the question; a staff record without one is no response at all). */
  rating: number | null;
  recommend: number | null;
  comment: string | null;
  wish: ContactWish | null;
}

/** 0–10 whole numbers only: anything else is a data error and would skew the score. */
export function validRecommend(r: number | null): r is number {
  return r !== null && Number.isInteger(r) && r >= 0 && r <= 10;
}

/**
 * Rated contacts and company answers within `window` (and of `unit` when given), oldest first. A unit filter
 * leaves out company answers that name no unit: they cannot be put down to the unit.
 */
export function collectAnswers(contacts: readonly Contact[], feedback: readonly CompanyFeedback[], window: Period, unit: UnitId | null): Answer[] {
  const out: Answer[] = [];
  const inside = (date: string, u: UnitId | null) => date >= window.from && date <= window.to && (unit === null || u === unit);
  for (const c of contacts) {
    if (!validRating(c.rating) || !inside(c.date, c.unit)) continue;
    out.push({
      source: 'staff', id: c.id, cvr: c.cvr, date: c.date, at: c.createdAt, unit: c.unit, purpose: c.purpose, rating: c.rating,
      recommend: null, comment: null, wish: null,
    });
  }
  for (const f of feedback) {
    if (!inside(f.date, f.unit)) continue;
    const comment = f.comment?.trim() ?? '';
    out.push({
      source: 'company', id: f.id, cvr: f.cvr, date: f.date, at: f.receivedAt, unit: f.unit, purpose: f.purpose,
      rating: validRating(f.rating) ? f.rating : null, recommend: validRecommend(f.recommend) ? f.recommend : null,
      comment: comment === '' ? null : comment, wish: f.wish,
    });
  }
  return out.sort(chronological);
}

/** By day, then stored time, then id: the order never depends on the input's. */
export function chronological(a: Answer, b: Answer): number {
  return a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
