/**
 * Companies whose feedback fell. A company's feedback fell when its newest rating in the period is at least
 * FALL_POINTS (one step on the 1–5 scale) below the mean of its earlier ratings from the FALL_LOOKBACK_MONTHS
 * before that newest one; with a single earlier rating that is simply the previous rating. Staff-recorded
 * ratings and the company's own answers count alike: both are the company's view. Comparing with the mean
 * rather than the previous rating alone keeps one odd answer from hiding, or faking, a fall.
 */
import { monthsBefore } from '../overview/calendarMonths.js';
import type { Period } from '../overview/types.js';
import type { Answer } from './answers.js';
import type { FallingCompany } from './types.js';

export const FALL_POINTS = 1;
export const FALL_LOOKBACK_MONTHS = 24;

/** The first day whose answers a fall in `period` can be measured against. */
export function lookbackFrom(period: Period): string {
  return monthsBefore(period.from, FALL_LOOKBACK_MONTHS);
}

/** `responses`: chronological, from lookbackFrom(period) to the period's end. */
export function fallingCompanies(responses: readonly Answer[], period: Period, companyName: (cvr: string) => string | null): FallingCompany[] {
  const byCvr = new Map<string, Answer[]>();
  for (const r of responses) {
    if (r.rating === null) continue;
    const list = byCvr.get(r.cvr);
    if (list) list.push(r);
    else byCvr.set(r.cvr, [r]);
  }
  const out: FallingCompany[] = [];
  for (const [cvr, rated] of byCvr) {
    const latest = rated[rated.length - 1];
    if (latest.date < period.from || latest.date > period.to || rated.length < 2) continue;
    const since = monthsBefore(latest.date, FALL_LOOKBACK_MONTHS);
    const earlier = rated.slice(0, -1).filter((r) => r.date >= since);
    if (earlier.length === 0) continue;
    const before = earlier.reduce((s, r) => s + (r.rating as number), 0) / earlier.length;
    const now = latest.rating as number;
    // A tolerance for the float mean: 4.666… − 3.666… must count as one step.
    if (before - now < FALL_POINTS - 1e-9) continue;
    out.push({
      cvr, companyName: companyName(cvr), before, beforeCount: earlier.length, beforeFrom: earlier[0].date, now,
      date: latest.date, unit: latest.unit, source: latest.source, drop: before - now,
    });
  }
  return out.sort((a, b) => b.drop - a.drop || (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.cvr < b.cvr ? -1 : a.cvr > b.cvr ? 1 : 0));
}
