/** Coverage by DB07 section and by postal area, measured against the municipality as a whole. */
import { INDUSTRY_SECTIONS } from '../industries.js';
import { NORDDJURS_POSTAL_AREAS } from '../norddjurs.js';
import { UNKNOWN_KEY } from './companyFacts.js';

export interface CoverageRow {
  /** Section letter, postal code, or "?" for companies without one. */
  key: string;
  label: string;
  labelEn: string;
  companies: number;
  contacted: number;
  /** contacted / companies × 100. */
  coveragePct: number;
  /** Row coverage over municipality coverage: below 1 is under-represented; null when nobody was contacted. */
  index: number | null;
  /** Too few companies for the index to mean much: the UI greys the row out and the planner ignores it. */
  small: boolean;
}

export interface Coverage {
  bySection: CoverageRow[];
  byArea: CoverageRow[];
}

/** Below this many companies a row is `small`. */
export const SMALL_ROW_COMPANIES = 10;

interface Cell { companies: number; contacted: number }

/** Counts companies and contacted companies per key; rows come out in register order, unknown last. */
export class CoverageTally {
  private readonly sections = new Map<string, Cell>();
  private readonly areas = new Map<string, Cell>();
  companies = 0;
  contacted = 0;

  add(section: string | null, area: string | null, contacted: boolean): void {
    const n = contacted ? 1 : 0;
    this.companies++;
    this.contacted += n;
    bump(this.sections, section ?? UNKNOWN_KEY, n);
    bump(this.areas, area ?? UNKNOWN_KEY, n);
  }

  result(smallBelow = SMALL_ROW_COMPANIES): Coverage {
    const overall = this.companies === 0 ? 0 : this.contacted / this.companies;
    const row = (key: string, label: string, labelEn: string, cell: Cell): CoverageRow => {
      const share = cell.contacted / cell.companies;
      return {
        key, label, labelEn, companies: cell.companies, contacted: cell.contacted, coveragePct: share * 100,
        index: overall === 0 ? null : share / overall, small: cell.companies < smallBelow,
      };
    };
    const bySection: CoverageRow[] = [];
    for (const s of INDUSTRY_SECTIONS) {
      const cell = this.sections.get(s.code);
      if (cell) bySection.push(row(s.code, s.name, s.nameEn, cell));
    }
    const unknownSection = this.sections.get(UNKNOWN_KEY);
    if (unknownSection) bySection.push(row(UNKNOWN_KEY, 'Ukendt branche', 'Unknown industry', unknownSection));
    const byArea: CoverageRow[] = [];
    for (const a of [...NORDDJURS_POSTAL_AREAS].sort((x, y) => x.code.localeCompare(y.code))) {
      const cell = this.areas.get(a.code);
      if (cell) byArea.push(row(a.code, `${a.code} ${a.town}`, `${a.code} ${a.town}`, cell));
    }
    const unknownArea = this.areas.get(UNKNOWN_KEY);
    if (unknownArea) byArea.push(row(UNKNOWN_KEY, 'Ukendt postnummer', 'Unknown postal code', unknownArea));
    return { bySection, byArea };
  }
}

function bump(map: Map<string, Cell>, key: string, contacted: number): void {
  const cell = map.get(key);
  if (cell) {
    cell.companies++;
    cell.contacted += contacted;
  } else {
    map.set(key, { companies: 1, contacted });
  }
}

/** Index of each row by key, for the planner's "under-covered" reasons; small rows are left out. */
export function underCovered(rows: readonly CoverageRow[], below: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (!r.small && r.key !== UNKNOWN_KEY && r.index !== null && r.index < below) out.set(r.key, r.index);
  }
  return out;
}
