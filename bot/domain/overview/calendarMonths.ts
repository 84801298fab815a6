/**
 * Calendar-month arithmetic on yyyy-mm-dd days. danishTime.addMonths lets 31 March minus one month roll
 * into March again; silence is counted in months as people count them, so days are clamped to month end.
 */

function parts(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` months earlier, clamped to the end of a shorter month (31 March − 1 → 28/29 February). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const dd = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Whole calendar months from `from` to `to` (0 when `to` is not later). */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  let months = (y2 - y1) * 12 + (m2 - m1);
  // The month is complete once `to` reaches the same day, or the last day of a shorter month.
  if (d2 < d1 && d2 < daysInMonth(y2, m2)) months--;
  return Math.max(0, months);
}
