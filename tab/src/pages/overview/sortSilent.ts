/**
 * Client-side orders of the long-silence list. Mirrors the domain's sortSilent (silence.ts), which the tab
 * may not import: never-contacted counts as the longest silence, missing section or area sorts last.
 */
import { bandRank } from '@contract/domain';
import type { SilentCompany } from '../../api/types';

export type SilentSortKey = 'size' | 'industry' | 'area' | 'silence';
export type SortDirection = 'ascending' | 'descending';

const KEYS: Record<SilentSortKey, (s: SilentCompany) => number | string> = {
  size: (s) => bandRank(s.employeeBand),
  industry: (s) => s.section ?? '~',
  area: (s) => s.area ?? '~',
  // Longer silence = older (smaller) date; never contacted is the longest of all.
  silence: (s) => (s.lastContactDate === null ? '' : s.lastContactDate),
};

function compare(x: number | string, y: number | string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function bySilence(a: SilentCompany, b: SilentCompany): number {
  return compare(a.lastContactDate ?? '', b.lastContactDate ?? '') || compare(a.cvr, b.cvr);
}

/** `silence` descending is the longest silence first, i.e. the oldest date first. */
export function sortSilent(list: readonly SilentCompany[], key: SilentSortKey, dir: SortDirection): SilentCompany[] {
  const get = KEYS[key];
  const sign = (dir === 'ascending' ? 1 : -1) * (key === 'silence' ? -1 : 1);
  return [...list].sort((a, b) => sign * compare(get(a), get(b)) || bySilence(a, b));
}
