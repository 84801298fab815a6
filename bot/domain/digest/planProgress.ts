/** How far the newest saved plan has come: taken by someone, and actually contacted. */
import type { Contact } from '../contact.js';
import { copenhagenDay } from '../danishTime.js';
import type { Unit, UnitId } from '../units.js';
import type { DigestPlan, PlanClaim, PlanProgress, UnitPlanProgress } from './types.js';

/** The store lists plans newest first; picking by savedAt keeps a mis-ordered list from reporting an old plan. */
export function newestPlan(plans: readonly DigestPlan[]): DigestPlan | null {
  let newest: DigestPlan | null = null;
  for (const p of plans) if (newest === null || Date.parse(p.savedAt) > Date.parse(newest.savedAt)) newest = p;
  return newest;
}

/**
 * An item is done when its unit has logged a contact with the company after the plan was saved. A contact
 * carries only a day, so on the save day itself its createdAt decides: a contact logged that morning, before
 * the plan existed, is not the plan being carried out. Contacts dated after today are not done yet.
 */
export function planProgress(plan: DigestPlan, contacts: readonly Contact[], today: string, units: readonly Unit[],
  claims: Readonly<Record<string, PlanClaim>> = {}): PlanProgress {
  const savedMs = Date.parse(plan.savedAt);
  const savedDay = copenhagenDay(new Date(savedMs));
  const wanted = new Set(plan.items.map((i) => key(i.cvr, i.unit)));
  const done = new Set<string>();
  for (const c of contacts) {
    const k = key(c.cvr, c.unit);
    if (!wanted.has(k) || c.date > today || c.date < savedDay) continue;
    if (c.date > savedDay || Date.parse(c.createdAt) >= savedMs) done.add(k);
  }

  const rows = new Map<UnitId, UnitPlanProgress>();
  for (const u of units) rows.set(u.id, { unit: u.id, items: 0, claimed: 0, done: 0 });
  let claimed = 0;
  let doneCount = 0;
  for (const item of plan.items) {
    let row = rows.get(item.unit);
    if (!row) rows.set(item.unit, (row = { unit: item.unit, items: 0, claimed: 0, done: 0 }));
    row.items++;
    if (Object.prototype.hasOwnProperty.call(claims, item.cvr)) {
      row.claimed++;
      claimed++;
    }
    if (done.has(key(item.cvr, item.unit))) {
      row.done++;
      doneCount++;
    }
  }
  return { planId: plan.id, savedAt: plan.savedAt, items: plan.items.length, claimed, done: doneCount, byUnit: [...rows.values()] };
}

function key(cvr: string, unit: UnitId): string {
  return `${cvr}|${unit}`;
}
