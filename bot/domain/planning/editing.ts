/**
 * The coordinator's edits to a plan, as pure functions returning a new plan. An edit that would point a
 * unit at a company that declined it is refused with a typed error rather than thrown: the shell shows it.
 */
import type { Company } from '../company.js';
import type { OptOut } from '../contact.js';
import { optOutCovers } from '../contact.js';
import { areaCodeOf, sectionLetterOf } from '../overview/companyFacts.js';
import type { UnitId } from '../units.js';
import { reassignedReasons } from './reassign.js';
import type { PlanFlag, PlanItem } from './types.js';

export type PlanEditError =
  | { code: 'notInPlan'; cvr: string }
  | { code: 'alreadyInPlan'; cvr: string }
  | { code: 'optedOut'; cvr: string; unit: UnitId; optOutId: string };

export type PlanEditResult = { ok: true; plan: PlanItem[] } | { ok: false; error: PlanEditError };

export function removeItem(plan: readonly PlanItem[], cvr: string): PlanEditResult {
  if (!plan.some((i) => i.cvr === cvr)) return { ok: false, error: { code: 'notInPlan', cvr } };
  return { ok: true, plan: plan.filter((i) => i.cvr !== cvr) };
}

/** The company's reasons are kept; the old unit's "suits" reason gives way to the move (reassignedReasons). */
export function reassignItem(plan: readonly PlanItem[], cvr: string, unit: UnitId, person: string | null,
  optOuts: readonly OptOut[]): PlanEditResult {
  const item = plan.find((i) => i.cvr === cvr);
  if (!item) return { ok: false, error: { code: 'notInPlan', cvr } };
  const refusal = optedOut(cvr, unit, optOuts);
  if (refusal) return { ok: false, error: refusal };
  const flags = withFlag(item.flags.filter((f) => f !== 'overCap'), 'reassigned');
  const reasons = item.unit === unit ? item.reasons : reassignedReasons(item.reasons, item.unit);
  return { ok: true, plan: plan.map((i) => (i === item ? { ...i, unit, person, flags, reasons } : i)) };
}

export function addItem(plan: readonly PlanItem[], item: PlanItem, optOuts: readonly OptOut[]): PlanEditResult {
  if (plan.some((i) => i.cvr === item.cvr)) return { ok: false, error: { code: 'alreadyInPlan', cvr: item.cvr } };
  const refusal = optedOut(item.cvr, item.unit, optOuts);
  if (refusal) return { ok: false, error: refusal };
  return { ok: true, plan: [...plan, { ...item, flags: withFlag(item.flags, 'manual') }] };
}

/** An item for a company the coordinator picked by hand; `addItem` still checks it against the opt-outs. */
export function manualItem(company: Company, unit: UnitId, person: string | null, optOuts: readonly OptOut[]): PlanItem {
  const mine = optOuts.filter((o) => o.cvr === company.cvr && o.revokedAt === null && o.scope.kind === 'units');
  const optedOutUnits = [...new Set(mine.flatMap((o) => (o.scope.kind === 'units' ? o.scope.units : [])))].sort();
  const flags: PlanFlag[] = ['manual'];
  if (company.advertisingProtected) flags.push('advertisingProtected');
  if (optedOutUnits.length > 0) flags.push('partialOptOut');
  return {
    cvr: company.cvr, companyName: company.name, unit, person, reasons: [{ code: 'addedByCoordinator' }], score: 0,
    advertisingProtected: company.advertisingProtected, flags, optedOutUnits,
    section: sectionLetterOf(company), area: areaCodeOf(company), employeeBand: company.employeeBand,
  };
}

function optedOut(cvr: string, unit: UnitId, optOuts: readonly OptOut[]): PlanEditError | null {
  const o = optOuts.find((x) => x.cvr === cvr && optOutCovers(x, unit));
  return o ? { code: 'optedOut', cvr, unit, optOutId: o.id } : null;
}

function withFlag(flags: readonly PlanFlag[], flag: PlanFlag): PlanFlag[] {
  return flags.includes(flag) ? [...flags] : [...flags, flag];
}

export interface PlanAssignment { unit: UnitId; person: string | null }

export interface PlanDiff {
  /** In b, not in a (b's order). */
  added: PlanItem[];
  /** In a, not in b (a's order). */
  removed: PlanItem[];
  /** In both with another unit or person (b's order). */
  reassigned: { cvr: string; companyName: string; from: PlanAssignment; to: PlanAssignment }[];
  unchanged: number;
}

/** What changed from version a to version b of a plan, for the history view. */
export function diffPlans(a: readonly PlanItem[], b: readonly PlanItem[]): PlanDiff {
  const before = new Map(a.map((i) => [i.cvr, i]));
  const after = new Set(b.map((i) => i.cvr));
  const diff: PlanDiff = { added: [], removed: a.filter((i) => !after.has(i.cvr)), reassigned: [], unchanged: 0 };
  for (const item of b) {
    const old = before.get(item.cvr);
    if (!old) diff.added.push(item);
    else if (old.unit !== item.unit || old.person !== item.person) {
      diff.reassigned.push({
        cvr: item.cvr, companyName: item.companyName, from: { unit: old.unit, person: old.person },
        to: { unit: item.unit, person: item.person },
      });
    } else diff.unchanged++;
  }
  return diff;
}
