/** The companies' own ratings (1–5, the scale of DI's Lokal Erhvervsvenlighed) over last week and before. */
import type { Company } from '../company.js';
import type { Contact } from '../contact.js';
import type { Period } from '../overview/types.js';
import type { FeedbackNote, RatingSummary } from './types.js';

/** Anything off the 1–5 scale is a data error and would skew the mean, so it does not count as a rating. */
export function validRating(r: number | null): r is number {
  return r !== null && Number.isInteger(r) && r >= 1 && r <= 5;
}

export function ratingSummary(contacts: readonly Contact[], period: Period): RatingSummary {
  let count = 0;
  let sum = 0;
  for (const c of contacts) {
    if (c.date < period.from || c.date > period.to || !validRating(c.rating)) continue;
    count++;
    sum += c.rating;
  }
  return { count, average: count === 0 ? null : sum / count };
}

/** The newest notes left with a rating in the period: what companies said, in their words. */
export function latestNotes(contacts: readonly Contact[], period: Period, companies: ReadonlyMap<string, Company>, limit: number): FeedbackNote[] {
  const rated = contacts.filter((c) => c.date >= period.from && c.date <= period.to && validRating(c.rating) && (c.note ?? '').trim() !== '');
  rated.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return rated.slice(0, Math.max(0, limit)).map((c) => ({
    cvr: c.cvr, companyName: companies.get(c.cvr)?.name ?? null, unit: c.unit, date: c.date, rating: c.rating as number,
    note: (c.note as string).trim(),
  }));
}
