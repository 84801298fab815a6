/** Companies left alone too long, and the orders the coordinator sorts them by. */
import type { Company } from '../company.js';
import { bandRank } from '../employeeBand.js';
import { wholeMonthsBetween } from './calendarMonths.js';

export interface SilentCompany {
  cvr: string;
  name: string;
  /** DB07 section letter, or null when the industry code is missing or unknown. */
  section: string | null;
  /** Norddjurs postal code, or null. */
  area: string | null;
  employeeBand: string | null;
  advertisingProtected: boolean;
  /** An active opt-out covers the viewer's unit (any unit when unfiltered): not one to call. */
  optedOut: boolean;
  /** Newest contact up to today, or null when never contacted. */
  lastContactDate: string | null;
  /** Whole months since that contact; null when never contacted. */
  monthsSilent: number | null;
}

export type SilentSortKey = 'size' | 'industry' | 'area' | 'silence';
export type SortDirection = 'asc' | 'desc';

export function silentCompany(c: Company, section: string | null, area: string | null, last: string | null,
  today: string, optedOut: boolean): SilentCompany {
  return {
    cvr: c.cvr, name: c.name, section, area, employeeBand: c.employeeBand, advertisingProtected: c.advertisingProtected,
    optedOut, lastContactDate: last, monthsSilent: last === null ? null : wholeMonthsBetween(last, today),
  };
}

/** Never-contacted sorts as the longest silence; missing section or area sorts after known ones (ascending). */
const KEYS: Record<SilentSortKey, (s: SilentCompany) => number | string> = {
  size: (s) => bandRank(s.employeeBand),
  industry: (s) => s.section ?? '~',
  area: (s) => s.area ?? '~',
  silence: (s) => (s.lastContactDate === null ? '' : s.lastContactDate),
};

/**
 * A sorted copy. `silence` ascending means shortest silence first, i.e. the newest last contact first, so
 * its date key is compared the other way round. Ties go to longest silence, then CVR, so the order is stable.
 */
export function sortSilent(list: readonly SilentCompany[], key: SilentSortKey, dir: SortDirection = 'desc'): SilentCompany[] {
  const get = KEYS[key];
  const sign = (dir === 'asc' ? 1 : -1) * (key === 'silence' ? -1 : 1);
  return [...list].sort((a, b) => sign * compare(get(a), get(b)) || bySilence(a, b));
}

/** Longest silence first (never contacted first), then CVR. */
export function bySilence(a: SilentCompany, b: SilentCompany): number {
  return compare(a.lastContactDate ?? '', b.lastContactDate ?? '') || compare(a.cvr, b.cvr);
}

function compare(x: number | string, y: number | string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
