/** Dates as Danish staff read them, in Europe/Copenhagen time whatever the server's zone. */

export const TIME_ZONE = 'Europe/Copenhagen';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (yyyy-mm-dd) an instant falls on in Copenhagen. */
export function copenhagenDay(at: Date): string {
  return dayFormat.format(at);
}

/** Whole days from day a to day b (both yyyy-mm-dd); positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function addMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export type Locale = 'da' | 'en';

const longDate: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "27. november 2026" / "27 November 2026" for a yyyy-mm-dd day. */
export function formatDay(day: string, locale: Locale): string {
  return longDate[locale].format(new Date(`${day}T00:00:00Z`));
}

/** "i dag", "i går", "for 5 dage siden" / "today", "yesterday", "5 days ago". */
export function formatDaysAgo(days: number, locale: Locale): string {
  if (locale === 'da') {
    if (days <= 0) return 'i dag';
    if (days === 1) return 'i går';
    return `for ${days} dage siden`;
  }
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}
