/**
 * Which unit a company suits when no relationship decides it. The heuristic reads the unit's purposes
 * against the company's size, because size is what the register reliably says about a company's room for
 * the units' errands:
 * - Åben Skole needs a workplace that can host a class: 10+ employees, best 20+;
 * - placements, wage subsidy and flex jobs need colleagues to work beside: 5+, weaker at 2–4;
 * - recruitment and youth placements need some staff: 2+; a mentor needs a workplace of 5+;
 * - business service (Erhverv) suits every company, so one-person firms and unknown sizes go there;
 * - "andet" fits only weakly, so a unit is not chosen for it alone unless nothing else can take the item.
 * Purposes the heuristic does not know (a unit the coordinator added) count as "andet".
 */
import type { Company } from '../company.js';
import { bandRank } from '../employeeBand.js';
import type { Unit, UnitId } from '../units.js';

/** Fits below this are fallbacks only. */
export const MIN_FIT = 0.5;

/** Band ranks from EMPLOYEE_BANDS: 2 = 2–4, 3 = 5–9, 4 = 10–19, 5 = 20–49. */
const PURPOSE_FIT: Readonly<Record<string, (rank: number) => number>> = {
  'aaben-skole': (r) => (r >= 5 ? 1 : r >= 4 ? 0.8 : 0),
  virksomhedspraktik: (r) => (r >= 3 ? 0.9 : r >= 2 ? 0.6 : 0),
  loentilskud: (r) => (r >= 3 ? 0.85 : r >= 2 ? 0.55 : 0),
  fleksjob: (r) => (r >= 3 ? 0.8 : r >= 2 ? 0.5 : 0),
  rekruttering: (r) => (r >= 2 ? 0.7 : 0),
  ungepraktik: (r) => (r >= 2 ? 0.7 : 0),
  mentor: (r) => (r >= 3 ? 0.6 : 0),
  erhvervsservice: () => 0.75,
  andet: () => 0.1,
};

export interface UnitFit {
  unit: UnitId;
  fit: number;
  /** The purpose that gave the fit. */
  purpose: string;
}

export function unitFit(unit: Unit, company: Company): UnitFit {
  const rank = bandRank(company.employeeBand);
  let best: UnitFit = { unit: unit.id, fit: 0, purpose: 'andet' };
  for (const p of unit.purposes) {
    const fit = (PURPOSE_FIT[p] ?? PURPOSE_FIT.andet)(rank);
    if (fit > best.fit) best = { unit: unit.id, fit, purpose: p };
  }
  return best;
}

/**
 * The allowed units, best fit first (ties in the order units are listed). Units that fit well come
 * first; when none does, the weak fits, so a company is never left without a unit that may call it.
 */
export function rankUnits(units: readonly Unit[], company: Company, allowed: (u: UnitId) => boolean): UnitFit[] {
  const fits = units.filter((u) => allowed(u.id)).map((u) => unitFit(u, company)).filter((f) => f.fit > 0);
  fits.sort((a, b) => b.fit - a.fit);
  const good = fits.filter((f) => f.fit >= MIN_FIT);
  return good.length > 0 ? good : fits;
}
