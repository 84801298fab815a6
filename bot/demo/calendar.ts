/**
 * Europe/Copenhagen calendar arithmetic for the demo data. The EU summer-time rule is computed here
 * rather than read through Intl, because a million contacts need it fast and the output must not
 * depend on the host's time-zone database.
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Day number (days since 1970-01-01) of the last Sunday of a month (0-based month). */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0) / DAY_MS;
  return last - ((last + 4) % 7);
}

const summerCache = new Map<number, [number, number]>();

/** First and first-after-last local day of summer time in a year. */
function summerDays(year: number): [number, number] {
  let span = summerCache.get(year);
  if (!span) {
    span = [lastSunday(year, 2), lastSunday(year, 9)];
    summerCache.set(year, span);
  }
  return span;
}

const dayOffsetCache = new Map<number, number>();

/**
 * UTC offset in ms for working hours on a local day. The switches happen at 01:00 UTC, before any
 * working hour, so the whole working day of a switch date already has the new offset.
 */
export function offsetForLocalDay(day: number): number {
  let offset = dayOffsetCache.get(day);
  if (offset === undefined) {
    const [start, end] = summerDays(new Date(day * DAY_MS).getUTCFullYear());
    offset = day >= start && day < end ? 2 * HOUR_MS : HOUR_MS;
    dayOffsetCache.set(day, offset);
  }
  return offset;
}

/** UTC offset in ms at an instant. */
export function offsetAt(ms: number): number {
  const [start, end] = summerDays(new Date(ms).getUTCFullYear());
  return ms >= start * DAY_MS + HOUR_MS && ms < end * DAY_MS + HOUR_MS ? 2 * HOUR_MS : HOUR_MS;
}

/** Local day number of an instant in Copenhagen. */
export function localDay(ms: number): number {
  return Math.floor((ms + offsetAt(ms)) / DAY_MS);
}

/** The instant of a local wall-clock time (minutes after midnight) on a local day. */
export function instantOf(day: number, minuteOfDay: number): number {
  return day * DAY_MS + minuteOfDay * 60_000 - offsetForLocalDay(day);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The local day `months` calendar months before `day`, same day of the month where it exists. */
export function monthsBefore(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastOfMonth)) / DAY_MS;
}

/** Moves a weekend day to the nearest working day not after `latest` (Saturday back, Sunday forward). */
export function toWorkingDay(day: number, latest: number): number {
  const wd = weekday(day);
  let d = day;
  if (wd === 6) d -= 1;
  else if (wd === 0) d = day + 1 <= latest ? day + 1 : day - 2;
  return d;
}

/** yyyy-mm-dd strings, memoised: a million contacts share a few hundred days. */
export class DayNames {
  private readonly names = new Map<number, string>();

  iso(day: number): string {
    let s = this.names.get(day);
    if (s === undefined) {
      s = new Date(day * DAY_MS).toISOString().slice(0, 10);
      this.names.set(day, s);
    }
    return s;
  }
}
