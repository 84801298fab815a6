/** Parallel contacts: several units contacting one company close together in time. */
import type { Contact } from '../contact.js';
import { daysBetween } from '../danishTime.js';
import type { UnitId } from '../units.js';

export interface ParallelContact {
  contactId: string;
  unit: UnitId;
  staffName: string;
  date: string;
  purpose: string;
}

export interface ParallelCase {
  cvr: string;
  /** Null when the contacts name a CVR the register does not hold. */
  name: string | null;
  /** False for companies outside the municipality, ceased or unknown: shown, but not in any denominator. */
  counted: boolean;
  /** Distinct units among the contacts, in order of first appearance. */
  units: UnitId[];
  /** The contacts that have another unit's contact within the window, newest first. */
  contacts: ParallelContact[];
  firstDate: string;
  lastDate: string;
  /** Days from the first to the last of those contacts. */
  spanDays: number;
  /** Fewest days between two different units' contacts: how tight the collision was. */
  closestDays: number;
}

export interface ParallelFinding {
  contacts: Contact[];
  closestDays: number;
}

/**
 * Days since 1970-01-01 of a yyyy-mm-dd day, by the civil-calendar formula (H. Hinnant), read digit by
 * digit: Date.parse, or slicing, per contact was a tenth of the overview's time at a million contacts.
 */
export function dayNumber(day: string): number {
  const digit = (i: number): number => day.charCodeAt(i) - 48;
  let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Plain code-unit order: yyyy-mm-dd days and ids sort correctly so, and localeCompare is many times slower. */
function chronological(a: Contact, b: Contact): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The contacts that make a company's history parallel: those with a contact by a different unit at most
 * `windowDays` days before or after.
 */
export function findParallel(contacts: readonly Contact[], windowDays: number): ParallelFinding | null {
  return findParallelAt(contacts, Array.from(contacts, (_, i) => i), windowDays);
}

/**
 * The same for the contacts at `at` (indices into `all`, reordered in place), so the overview can keep a
 * company's contacts as numbers in one shared typed array instead of an array of objects per company.
 * Linear after sorting: a scan each way keeps the latest day of the two most recent distinct units, which
 * is all "nearest contact by another unit" needs.
 */
export function findParallelAt(all: readonly Contact[], at: Int32Array | number[], windowDays: number): ParallelFinding | null {
  const list = Array.from(at, (i) => all[i]).sort(chronological);
  const n = list.length;
  const days = new Float64Array(n);
  for (let i = 0; i < n; i++) days[i] = dayNumber(list[i].date);
  const nearest = new Float64Array(n).fill(Infinity);
  scan(list, days, nearest, 0, n, 1);
  scan(list, days, nearest, n - 1, -1, -1);
  const flagged: Contact[] = [];
  let closestDays = Infinity;
  for (let i = 0; i < n; i++) {
    if (nearest[i] <= windowDays) {
      flagged.push(list[i]);
      closestDays = Math.min(closestDays, nearest[i]);
    }
  }
  return flagged.length === 0 ? null : { contacts: flagged, closestDays };
}

function scan(list: readonly Contact[], days: Float64Array, nearest: Float64Array, start: number, end: number, step: 1 | -1): void {
  // The newest-so-far unit and day, and the newest of any other unit: always two different units.
  let topUnit: UnitId | null = null;
  let topDay = 0;
  let secondUnit: UnitId | null = null;
  let secondDay = 0;
  for (let i = start; i !== end; i += step) {
    const unit = list[i].unit;
    const day = days[i];
    if (topUnit !== null && topUnit !== unit) nearest[i] = Math.min(nearest[i], Math.abs(day - topDay));
    else if (secondUnit !== null) nearest[i] = Math.min(nearest[i], Math.abs(day - secondDay));
    if (topUnit !== unit) {
      secondUnit = topUnit;
      secondDay = topDay;
      topUnit = unit;
    }
    topDay = day;
  }
}

export function toParallelCase(cvr: string, name: string | null, counted: boolean, f: ParallelFinding): ParallelCase {
  const units: UnitId[] = [];
  for (const c of f.contacts) if (!units.includes(c.unit)) units.push(c.unit);
  const firstDate = f.contacts[0].date;
  const lastDate = f.contacts[f.contacts.length - 1].date;
  return {
    cvr, name, counted, units,
    contacts: f.contacts.map((c) => ({ contactId: c.id, unit: c.unit, staffName: c.staffName, date: c.date, purpose: c.purpose })).reverse(),
    firstDate, lastDate, spanDays: daysBetween(firstDate, lastDate), closestDays: f.closestDays,
  };
}

/** Newest collision first; CVR breaks ties so the order never depends on input order. */
export function compareCases(a: ParallelCase, b: ParallelCase): number {
  return a.lastDate !== b.lastDate ? (a.lastDate < b.lastDate ? 1 : -1) : a.cvr < b.cvr ? -1 : a.cvr > b.cvr ? 1 : 0;
}
