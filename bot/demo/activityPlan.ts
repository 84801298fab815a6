/**
 * Who gets contacted in the demo, by whom, and who declined: the decisions that make the coordinator's
 * overviews worth looking at (parallel contacts, long silence, thin coverage, opt-outs).
 */
import type { Company } from '../domain/company.js';
import { EMPLOYEE_BANDS } from '../domain/employeeBand.js';
import { sectionOfCode } from '../domain/industries.js';
import type { Unit } from '../domain/units.js';
import { UNIT_SECTION_BIAS, UNIT_WEIGHTS } from './activityText.js';
import { Random, WeightedTable } from './random.js';

/** Contact intensity by postal area: Anholt and Ørum Djurs are the thinly covered corners. */
const AREA_COVERAGE: Readonly<Record<string, number>> = { '8592': 0.12, '8586': 0.3, '8500': 1.25 };

/** Contact intensity by section: J, K and M are rarely approached, trades and care often. */
const SECTION_COVERAGE: Readonly<Record<string, number>> = {
  A: 1.4, F: 1.5, G: 1.4, Q: 1.5, C: 1.2, I: 1.1, H: 1, N: 1, J: 0.25, K: 0.2, M: 0.35, L: 0.4, D: 0.6, B: 0.6,
  E: 0.8,
};

/** In Grenaa the jobcentre and schools concentrate on farms, builders, shops and care. */
const GRENAA_CORE = new Set(['A', 'F', 'G', 'Q']);

/** By EMPLOYEE_BANDS index: bigger companies take more placements and get more calls. */
const BAND_COVERAGE = [0.5, 0.7, 1, 1.4, 2, 2.6, 3.2, 3.2, 3.2, 3.2, 3.2];

export const ACTIVE_SHARE = 0.55;
export const SILENT_SHARE = 0.10;
export const PARALLEL_SHARE = 0.04;

export interface OptOutBlock {
  /** First blocked local day. */
  from: number;
  /** First day no longer blocked (revocation), or Infinity. */
  to: number;
  /** Unit indices the opt-out covers. */
  units: number[];
}

export interface CompanyPlan {
  index: number;
  section: string;
  weight: number;
  /** Unit index holding the relationship. */
  owner: number;
  /** A unit that took over later, or -1; contacts before `split` are the owner's, after it this unit's. */
  second: number;
  split: number;
  block: OptOutBlock | null;
}

export function sectionLetter(c: Company): string {
  return (c.industryCode && sectionOfCode(c.industryCode)?.code) || '?';
}

export function coverageWeight(c: Company): number {
  const section = sectionLetter(c);
  const area = c.address.postalCode ?? '';
  let w = (AREA_COVERAGE[area] ?? 1) * (SECTION_COVERAGE[section] ?? 0.9);
  if (area === '8500' && GRENAA_CORE.has(section)) w *= 1.4;
  const band = EMPLOYEE_BANDS.findIndex((b) => b.id === c.employeeBand);
  w *= band < 0 ? 0.6 : BAND_COVERAGE[band];
  if (c.status !== 'NORMAL') w *= 0.03;
  return w;
}

/** Unit choice per section: UNIT_WEIGHTS times the unit's lean towards the section. */
export class OwnerTables {
  private readonly tables = new Map<string, WeightedTable<number>>();
  private readonly fallback: WeightedTable<number>;

  constructor(units: readonly Unit[]) {
    const forSection = (s: string): WeightedTable<number> =>
      new WeightedTable(units.map((u, i) => [i, (UNIT_WEIGHTS[u.id] ?? 5) * (UNIT_SECTION_BIAS[u.id]?.[s] ?? 1)] as const));
    for (const s of 'ABCDEFGHIJKLMNOPQRSTU') this.tables.set(s, forSection(s));
    this.fallback = forSection('?');
  }

  of(section: string): WeightedTable<number> {
    return this.tables.get(section) ?? this.fallback;
  }
}

export interface Categories {
  active: number[];
  silent: number[];
  never: number[];
}

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis): the higher a company's coverage weight,
 * the likelier it is among the contacted, so thin areas and sections end up mostly never contacted.
 */
export function categorise(rng: Random, weights: readonly number[], nActive: number, nSilent: number): Categories {
  const keys = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) keys[i] = Math.log(1 - rng.next()) / Math.max(weights[i], 1e-6);
  const order = Array.from(weights, (_, i) => i).sort((a, b) => keys[b] - keys[a] || a - b);
  return {
    active: order.slice(0, nActive),
    silent: order.slice(nActive, nActive + nSilent),
    never: order.slice(nActive + nSilent),
  };
}

/** Picks a unit other than those in `taken`, by the section's weights; -1 when none is left. */
export function otherUnit(rng: Random, table: WeightedTable<number>, taken: readonly number[], unitCount: number): number {
  if (taken.length >= unitCount) return -1;
  for (;;) {
    const u = table.pick(rng);
    if (!taken.includes(u)) return u;
  }
}
