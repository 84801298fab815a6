/**
 * ISO 8601 weeks of the Copenhagen calendar. A week is keyed "2026-W49": the key sorts as text in
 * time order, so stores and the scheduler can compare keys without parsing them.
 */
import { addDays, copenhagenDay } from '../danishTime.js';

export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year for a few days around New Year. */
  year: number;
  week: number;
  key: string;
}

const KEY = /^(\d{4})-W(\d{2})$/;

/** Monday = 1 … Sunday = 7 for a yyyy-mm-dd day. */
export function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function weekKey(year: number, week: number): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week a calendar day (yyyy-mm-dd) belongs to: the week's Thursday decides the year. */
export function isoWeekOfDay(day: string): IsoWeek {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000);
  const week = Math.floor(dayOfYear / 7) + 1;
  return { year, week, key: weekKey(year, week) };
}

/** The ISO week of the day the instant falls on in Copenhagen (not in UTC, nor the server's zone). */
export function isoWeekOf(at: Date): IsoWeek {
  return isoWeekOfDay(copenhagenDay(at));
}

/** Parses and checks a key; week 53 only exists in years that have one. */
export function parseWeekKey(key: string): { year: number; week: number } {
  const m = KEY.exec(key);
  if (!m) throw new RangeError(`not an ISO week key: "${key}"`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInYear(year)) throw new RangeError(`${year} has no week ${week}`);
  return { year, week };
}

/** 52 or 53: a year has 53 weeks when 28 December (always in its last week) is in week 53. */
export function weeksInYear(year: number): number {
  return isoWeekOfDay(`${String(year).padStart(4, '0')}-12-28`).week;
}

/** Monday and Sunday (yyyy-mm-dd) of the week: week 1 is the week holding 4 January. */
export function weekBounds(key: string): { from: string; to: string } {
  const { year, week } = parseWeekKey(key);
  const jan4 = `${String(year).padStart(4, '0')}-01-04`;
  const from = addDays(jan4, 1 - isoWeekday(jan4) + (week - 1) * 7);
  return { from, to: addDays(from, 6) };
}

export function previousWeek(key: string): string {
  return isoWeekOfDay(addDays(weekBounds(key).from, -7)).key;
}

export function nextWeek(key: string): string {
  return isoWeekOfDay(addDays(weekBounds(key).from, 7)).key;
}
