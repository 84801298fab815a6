/**
 * The periodic plan. Candidates are the counted companies that are silent, never contacted or have a
 * follow-up falling due, minus those contacted within the window and those that declined contact. They
 * are ranked by score (CVR breaks ties, so the same input gives the same plan) and handed to units in
 * that order, each unit up to a cap; only when every unit with room has run out of candidates do the
 * rest go over the cap, to the least-loaded unit that may take them.
 */
import { withinWindow } from '../contactRules.js';
import { monthsBefore } from '../overview/calendarMonths.js';
import { areaCodeOf, isCounted, sectionLetterOf } from '../overview/companyFacts.js';
import { CoverageTally, underCovered } from '../overview/coverage.js';
import { blockedUnits, hasActiveAllUnits, indexOptOuts } from '../overview/optOutIndex.js';
import type { UnitId } from '../units.js';
import { toCandidate, type Candidate, type CandidateContext } from './candidates.js';
import { collectHistory } from './history.js';
import type { PlanFlag, PlanInput, PlanItem, PlanReason, PlanStaff } from './types.js';
import { rankUnits, type UnitFit } from './unitFit.js';

export const DEFAULT_HORIZON_DAYS = 30;
export const DEFAULT_UNDER_COVERED_BELOW = 0.8;

/** ceil(size / units) × 1.5, rounded up: room for fit to matter without one unit taking the whole plan. */
export function defaultPerUnitMax(size: number, unitCount: number): number {
  return unitCount === 0 ? 0 : Math.ceil(Math.ceil(size / unitCount) * 1.5);
}

export function generatePlan(input: PlanInput): PlanItem[] {
  const { today, units } = input;
  if (input.size <= 0 || units.length === 0) return [];
  const unitIds = units.map((u) => u.id);
  const history = collectHistory(input.contacts, today);
  const optOuts = indexOptOuts(input.optOuts);
  const silenceCutoff = monthsBefore(today, input.silenceMonths);

  const counted = input.companies.filter(isCounted);
  const tally = new CoverageTally();
  for (const c of counted) {
    const last = history.get(c.cvr)?.lastDate ?? null;
    tally.add(sectionLetterOf(c), areaCodeOf(c), last !== null && last >= silenceCutoff);
  }
  const coverage = tally.result();
  const below = input.underCoveredBelow ?? DEFAULT_UNDER_COVERED_BELOW;
  const ctx: CandidateContext = {
    today, silenceMonths: input.silenceMonths, silenceCutoff, horizonDays: input.horizonDays ?? DEFAULT_HORIZON_DAYS,
    sectionIndex: underCovered(coverage.bySection, below), areaIndex: underCovered(coverage.byArea, below),
    allowedUnits: (blocked) => unitIds.filter((u) => !blocked.includes(u)),
    rank: (company, allowed) => rankUnits(units, company, allowed),
    newCompanies: input.newCompanies ?? new Set(),
  };

  const candidates: Candidate[] = [];
  for (const company of counted) {
    const spans = optOuts.get(company.cvr);
    if (hasActiveAllUnits(spans)) continue;
    const h = history.get(company.cvr);
    if (h?.lastDate && withinWindow(h.lastDate, today, input.windowDays)) continue;
    const candidate = toCandidate(company, h, blockedUnits(spans, unitIds), ctx);
    if (candidate) candidates.push(candidate);
  }
  candidates.sort((a, b) => b.score - a.score || (a.company.cvr < b.company.cvr ? -1 : a.company.cvr > b.company.cvr ? 1 : 0));

  const cap = input.perUnitMax ?? defaultPerUnitMax(input.size, units.length);
  const picks = assign(candidates, unitIds, cap, input.size);
  return picks.map(({ candidate, unit, overCap }) => toItem(candidate, unit, overCap, input.staff));
}

interface Pick { candidate: Candidate; unit: UnitFit; overCap: boolean; rank: number }

function assign(candidates: readonly Candidate[], unitIds: readonly UnitId[], cap: number, size: number): Pick[] {
  const load = new Map<UnitId, number>(unitIds.map((u) => [u, 0]));
  const picks: Pick[] = [];
  const waiting: number[] = [];
  for (let i = 0; i < candidates.length && picks.length < size; i++) {
    const unit = candidates[i].preference.find((p) => (load.get(p.unit) ?? 0) < cap);
    if (!unit) {
      waiting.push(i);
      continue;
    }
    load.set(unit.unit, (load.get(unit.unit) ?? 0) + 1);
    picks.push({ candidate: candidates[i], unit, overCap: false, rank: i });
  }
  for (const i of waiting) {
    if (picks.length >= size) break;
    const prefs = candidates[i].preference;
    // The least-loaded unit that may take it; the earlier preference wins a tie.
    const unit = prefs.reduce((best, p) => ((load.get(p.unit) ?? 0) < (load.get(best.unit) ?? 0) ? p : best), prefs[0]);
    load.set(unit.unit, (load.get(unit.unit) ?? 0) + 1);
    picks.push({ candidate: candidates[i], unit, overCap: true, rank: i });
  }
  return picks.sort((a, b) => a.rank - b.rank);
}

function toItem(c: Candidate, unit: UnitFit, overCap: boolean, staff: readonly PlanStaff[] | undefined): PlanItem {
  const reasons: PlanReason[] = [...c.reasons];
  // A due follow-up pins the item to its unit (see toCandidate), so the follow-up already says why this unit.
  if (c.lastGood?.unit === unit.unit) {
    reasons.push({ code: 'lastGoodContact', unit: unit.unit, date: c.lastGood.goodDate, rating: c.lastGood.goodRating });
  } else if (c.followUp === null) {
    reasons.push({ code: 'unitFit', unit: unit.unit, purpose: unit.purpose, employeeBand: c.company.employeeBand });
  }
  const flags: PlanFlag[] = [];
  if (c.company.advertisingProtected) flags.push('advertisingProtected');
  if (c.blocked.length > 0) flags.push('partialOptOut');
  if (overCap) flags.push('overCap');
  return {
    cvr: c.company.cvr, companyName: c.company.name, unit: unit.unit, person: personFor(c, unit.unit, staff), reasons,
    score: c.score, advertisingProtected: c.company.advertisingProtected, flags, optedOutUnits: [...c.blocked],
    section: c.section, area: c.area, employeeBand: c.company.employeeBand,
  };
}

/** The unit's last caller, if still on the roster (matched by id when both sides have one, else by name). */
function personFor(c: Candidate, unit: UnitId, staff: readonly PlanStaff[] | undefined): string | null {
  const last = c.history?.byUnit.find((u) => u.unit === unit);
  if (!last || last.staffName === '') return null;
  if (!staff) return last.staffName;
  const onRoster = staff.some((s) => s.unit === unit
    && (s.id && last.staffId ? s.id === last.staffId : s.displayName === last.staffName));
  return onRoster ? last.staffName : null;
}
