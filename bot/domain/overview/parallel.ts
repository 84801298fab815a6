/** Parallel contacts: several units contacting one company close together in time. */
import type { Contact } from '../contact.js';
import { daysBetween } from '../danishTime.js';
import { windowBetween, type ContactWindows } from '../strategy/index.js';
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
 * The contacts that make a company's history parallel: those with a contact by a different unit at most that
 * pair of units' window (ContactWindows) before or after.
 */
export function findParallel(contacts: readonly Contact[], windows: ContactWindows): ParallelFinding | null {
  return findParallelAt(contacts, Array.from(contacts, (_, i) => i), windows);
}

/**
 * The same for the contacts at `at` (indices into `all`), so the overview can keep a company's contacts as
 * numbers in one shared typed array instead of an array of objects per company.
 * Linear in contacts × the company's units after sorting: a scan each way keeps each unit's latest day, which
 * is all "nearest contact by that unit" needs, and each pair of units is held to its own window.
 */
export function findParallelAt(all: readonly Contact[], at: Int32Array | number[], windows: ContactWindows): ParallelFinding | null {
  const list = Array.from(at, (i) => all[i]).sort(chronological);
  const n = list.length;
  const unitIds: UnitId[] = [];
  const unitOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let k = unitIds.indexOf(list[i].unit);
    if (k < 0) k = unitIds.push(list[i].unit) - 1;
    unitOf[i] = k;
  }
  const u = unitIds.length;
  if (u < 2) return null;
  const window = new Float64Array(u * u);
  for (let a = 0; a < u; a++) for (let b = 0; b < u; b++) window[a * u + b] = windowBetween(windows, unitIds[a], unitIds[b]);
  const days = new Float64Array(n);
  for (let i = 0; i < n; i++) days[i] = dayNumber(list[i].date);
  const nearest = new Float64Array(n).fill(Infinity);
  scan(days, unitOf, window, u, nearest, 0, n, 1);
  scan(days, unitOf, window, u, nearest, n - 1, -1, -1);
  const flagged: Contact[] = [];
  let closestDays = Infinity;
  for (let i = 0; i < n; i++) {
    if (nearest[i] !== Infinity) {
      flagged.push(list[i]);
      closestDays = Math.min(closestDays, nearest[i]);
    }
  }
  return flagged.length === 0 ? null : { contacts: flagged, closestDays };
}

/** Records in `nearest` the distance to the closest other unit's contact that lies within that pair's window. */
function scan(days: Float64Array, unitOf: Int32Array, window: Float64Array, u: number, nearest: Float64Array, start: number, end: number, step: 1 | -1): void {
  const latest = new Float64Array(u).fill(NaN);
  for (let i = start; i !== end; i += step) {
    const own = unitOf[i];
    for (let k = 0; k < u; k++) {
      if (k === own || Number.isNaN(latest[k])) continue;
      const distance = Math.abs(days[i] - latest[k]);
      if (distance <= window[own * u + k] && distance < nearest[i]) nearest[i] = distance;
    }
    latest[own] = days[i];
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
