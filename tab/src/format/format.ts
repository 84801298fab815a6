/** Numbers and times as Danish (or English) readers expect them, always in Copenhagen time. */
import { formatDay, TIME_ZONE } from '@contract/domain';
import type { Locale } from '../i18n';

const tag = (locale: Locale) => (locale === 'da' ? 'da-DK' : 'en-GB');

const integerFormats = new Map<Locale, Intl.NumberFormat>();
const decimalFormats = new Map<Locale, Intl.NumberFormat>();
const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatInteger(n: number, locale: Locale): string {
  let f = integerFormats.get(locale);
  if (!f) integerFormats.set(locale, (f = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 })));
  return f.format(n);
}

/** One decimal: "23,4". */
export function formatDecimal(n: number, locale: Locale): string {
  let f = decimalFormats.get(locale);
  if (!f) decimalFormats.set(locale, (f = new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return f.format(n);
}

/** "23,4 %" (Danish puts a space before the sign). */
export function formatPercent(pct: number, locale: Locale): string {
  return locale === 'da' ? `${formatDecimal(pct, locale)} %` : `${formatDecimal(pct, locale)}%`;
}

/** A yyyy-mm-dd day: "27. november 2026". */
export function formatDate(day: string | null, locale: Locale): string {
  return day ? formatDay(day.slice(0, 10), locale) : '–';
}

/** An ISO instant: "27. nov. 2026 14.05", in Copenhagen whatever the browser's zone. */
export function formatTime(iso: string, locale: Locale): string {
  let f = timeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(tag(locale), { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
    timeFormats.set(locale, f);
  }
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : f.format(at);
}

const indexFormats = new Map<Locale, Intl.NumberFormat>();

/** A coverage index with two decimals: 0,99 must not read as "1" beside "under-represented". */
export function formatCoverageIndex(index: number, locale: Locale): string {
  let f = indexFormats.get(locale);
  if (!f) indexFormats.set(locale, (f = new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return f.format(index);
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A yyyy-mm month: "november 2026" / "November 2026". */
export function formatMonth(month: string, locale: Locale): string {
  let f = monthFormats.get(locale);
  if (!f) monthFormats.set(locale, (f = new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(`${month}-01T00:00:00Z`));
}

/** A signed change with one decimal and a real minus sign: "−0,7", "+0,3". */
export function formatChange(n: number, locale: Locale): string {
  // Signed after rounding, so −0.04 reads "0,0" and not "−0,0".
  const rounded = Math.round(n * 10) / 10;
  const text = formatDecimal(Math.abs(rounded), locale);
  return rounded < 0 ? `−${text}` : rounded > 0 ? `+${text}` : text;
}
