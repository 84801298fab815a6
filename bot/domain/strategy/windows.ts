import type { UnitId } from '../units.js';
import type { ContactWindows } from './types.js';

/** The window in days between a contact by `a` and one by `b` (order does not matter). */
export function windowBetween(w: ContactWindows, a: UnitId, b: UnitId): number {
  for (const p of w.pairs) {
    if ((p.units[0] === a && p.units[1] === b) || (p.units[0] === b && p.units[1] === a)) return p.days;
  }
  return w.overallDays;
}

/** The widest window of any pair: how far back anything can still count as parallel. */
export function widestWindow(w: ContactWindows): number {
  return w.pairs.reduce((max, p) => Math.max(max, p.days), w.overallDays);
}

/** Windows with one rule for every pair, for callers with a single configured number. */
export function uniformWindows(days: number): ContactWindows {
  return { overallDays: days, pairs: [] };
}
