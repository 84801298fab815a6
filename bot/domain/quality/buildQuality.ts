/** The quality page's figures in one pass over the answers of the period, the period before and the look-back. */
import { addDays, daysBetween } from '../danishTime.js';
import { monthsBefore } from '../overview/calendarMonths.js';
import type { Period } from '../overview/types.js';
import type { Purpose, Unit, UnitId } from '../units.js';
import { fallingCompanies, lookbackFrom } from './falls.js';
import { RatingTally, isFirm } from './ratingTally.js';
import { recommendScore } from './recommend.js';
import { chronological, collectAnswers, type Answer } from './answers.js';
import type { CompanyComment, GroupRow, MonthFigure, PurposeRow, Quality, QualityInput, ResponseCounts } from './types.js';

export const DEFAULT_COMMENT_COUNT = 10;
/** Calendar months the quality page shows by default, this one included: a year of monthly figures. */
export const DEFAULT_QUALITY_MONTHS = 12;
/**
 * A unit's or purpose's average this far below the period before is a falling trend. Half a step: on a
 * five-point scale where most answers are 4 or 5, that is a clear change once both averages rest on
 * MIN_ANSWERS answers or more.
 */
export const TREND_FALL_POINTS = 0.5;

/** From the first of the month DEFAULT_QUALITY_MONTHS − 1 months back, to today. */
export function defaultQualityPeriod(today: string): Period {
  return { from: `${monthsBefore(today, DEFAULT_QUALITY_MONTHS - 1).slice(0, 7)}-01`, to: today };
}

/** The period of the same number of days just before `period`. */
export function previousPeriodOf(period: Period): Period {
  const days = daysBetween(period.from, period.to) + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** The first day the figures for `period` read: the service asks for company answers from here to the period's end. */
export function feedbackFrom(period: Period): string {
  const previous = previousPeriodOf(period).from;
  const lookback = lookbackFrom(period);
  return previous < lookback ? previous : lookback;
}

export function buildQuality(input: QualityInput): Quality {
  const { period } = input;
  const unit = input.unit ?? null;
  const previousPeriod = previousPeriodOf(period);
  const responses = collectAnswers(input.contacts, input.companyFeedback, { from: feedbackFrom(period), to: period.to }, unit);
  const inPeriod = responses.filter((r) => r.date >= period.from);
  const inPrevious = responses.filter((r) => r.date >= previousPeriod.from && r.date <= previousPeriod.to);

  const all = new RatingTally();
  const staff = new RatingTally();
  const company = new RatingTally();
  const previous = new RatingTally();
  for (const r of inPeriod) {
    if (r.rating === null) continue;
    all.add(r.rating);
    (r.source === 'staff' ? staff : company).add(r.rating);
  }
  for (const r of inPrevious) if (r.rating !== null) previous.add(r.rating);

  const shownUnits = unit === null ? input.units : input.units.filter((u) => u.id === unit);
  return {
    period, unit, previousPeriod,
    overall: { all: all.figure(), staff: staff.figure(), company: company.figure(), previous: previous.figure() },
    months: months(period, inPeriod),
    byUnit: groupRows(unitOrder(shownUnits, unit, inPeriod, inPrevious), inPeriod, inPrevious, (r) => r.unit),
    byPurpose: purposeRows(shownUnits, input.purposes, inPeriod, inPrevious),
    counts: counts(inPeriod),
    recommend: recommendScore(inPeriod.flatMap((r) => (r.recommend === null ? [] : [r.recommend]))),
    comments: comments(inPeriod, input.companyName, input.commentCount ?? DEFAULT_COMMENT_COUNT),
    falling: fallingCompanies(responses, period, input.companyName),
  };
}

/** yyyy-mm of every month from the period's first day to its last. */
export function monthKeys(period: Period): string[] {
  const keys: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > last) return keys;
    keys.push(key);
    if (++month > 12) {
      month = 1;
      year++;
    }
  }
}

function months(period: Period, inPeriod: readonly Answer[]): MonthFigure[] {
  const tallies = new Map(monthKeys(period).map((m) => [m, { all: new RatingTally(), staff: new RatingTally(), company: new RatingTally() }]));
  for (const r of inPeriod) {
    if (r.rating === null) continue;
    // Both sources store the Copenhagen day, so its first seven characters are the Copenhagen month.
    const t = tallies.get(r.date.slice(0, 7));
    if (!t) continue;
    t.all.add(r.rating);
    (r.source === 'staff' ? t.staff : t.company).add(r.rating);
  }
  return [...tallies].map(([month, t]) => ({ month, all: t.all.figure(), staff: t.staff.figure(), company: t.company.figure() }));
}

function unitOrder(shown: readonly Unit[], unit: UnitId | null, ...lists: (readonly Answer[])[]): (string | null)[] {
  const keys: (string | null)[] = shown.map((u) => u.id);
  // A unit filter already narrowed the answers to that unit; without one, answers from units no longer set up still show.
  if (unit === null) keys.push(...seenKeys(lists, (r) => r.unit, keys));
  return keys;
}

function purposeRows(shown: readonly Unit[], purposes: readonly Purpose[], inPeriod: readonly Answer[], inPrevious: readonly Answer[]): PurposeRow[] {
  const used = new Set(shown.flatMap((u) => u.purposes));
  const keys: (string | null)[] = purposes.filter((p) => used.has(p.id)).map((p) => p.id);
  keys.push(...seenKeys([inPeriod, inPrevious], (r) => r.purpose, keys));
  return groupRows(keys, inPeriod, inPrevious, (r) => r.purpose).map((row) => {
    const p = purposes.find((x) => x.id === row.key);
    return { ...row, label: p?.name ?? row.key ?? '', labelEn: p?.nameEn ?? row.key ?? '' };
  });
}

/** Keys met in rated answers but not in `known`: named ones sorted, then null (answers naming none) last. */
function seenKeys(lists: readonly (readonly Answer[])[], keyOf: (r: Answer) => string | null, known: readonly (string | null)[]): (string | null)[] {
  const seen = new Set<string | null>();
  for (const list of lists) for (const r of list) if (r.rating !== null && !known.includes(keyOf(r))) seen.add(keyOf(r));
  const named = [...seen].filter((k): k is string => k !== null).sort();
  return seen.has(null) ? [...named, null] : named;
}

function groupRows(keys: readonly (string | null)[], inPeriod: readonly Answer[], inPrevious: readonly Answer[],
  keyOf: (r: Answer) => string | null): GroupRow[] {
  const cells = new Map(keys.map((k) => [k, { now: new RatingTally(), before: new RatingTally(), staff: 0, company: 0 }]));
  for (const r of inPeriod) {
    if (r.rating === null) continue;
    const cell = cells.get(keyOf(r));
    if (!cell) continue;
    cell.now.add(r.rating);
    if (r.source === 'staff') cell.staff++;
    else cell.company++;
  }
  for (const r of inPrevious) if (r.rating !== null) cells.get(keyOf(r))?.before.add(r.rating);
  return [...cells].map(([key, c]) => {
    const rating = c.now.figure();
    const previous = c.before.figure();
    const falling = isFirm(rating) && isFirm(previous) && previous.average - rating.average >= TREND_FALL_POINTS - 1e-9;
    return { key, rating, staff: c.staff, company: c.company, previous, falling };
  });
}

function counts(inPeriod: readonly Answer[]): ResponseCounts {
  const c: ResponseCounts = { staffRatings: 0, companyAnswers: 0, companyRatings: 0, recommendAnswers: 0, comments: 0, companies: 0, wishFewer: 0, wishNone: 0 };
  const companies = new Set<string>();
  for (const r of inPeriod) {
    companies.add(r.cvr);
    if (r.source === 'staff') {
      c.staffRatings++;
      continue;
    }
    c.companyAnswers++;
    if (r.rating !== null) c.companyRatings++;
    if (r.recommend !== null) c.recommendAnswers++;
    if (r.comment !== null) c.comments++;
    if (r.wish === 'fewer') c.wishFewer++;
    if (r.wish === 'none') c.wishNone++;
  }
  c.companies = companies.size;
  return c;
}

function comments(inPeriod: readonly Answer[], companyName: (cvr: string) => string | null, limit: number): CompanyComment[] {
  return inPeriod
    .filter((r) => r.source === 'company' && r.comment !== null)
    .sort((a, b) => chronological(b, a))
    .slice(0, Math.max(0, limit))
    .map((r) => ({
      id: r.id, cvr: r.cvr, companyName: companyName(r.cvr), date: r.date, receivedAt: r.at, unit: r.unit, purpose: r.purpose,
      rating: r.rating, recommend: r.recommend, comment: r.comment as string, wish: r.wish ?? 'same',
    }));
}
