import type { SavedPlan } from './types.js';

/** A saved plan as the history lists it: without its items. */
export type PlanSummary = Omit<SavedPlan, 'items'> & { itemCount: number };

/**
 * Versions of one plan side by side, newest version first, the plans ordered by their newest version. The input
 * is newest first (the store's order), so a plan's place is where its newest version stands.
 */
export function groupVersions<T extends Pick<PlanSummary, 'planId'>>(newestFirst: readonly T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const p of newestFirst) {
    const group = groups.get(p.planId);
    if (group) group.push(p);
    else groups.set(p.planId, [p]);
  }
  return [...groups.values()].flat();
}

/** The export's file name without extension: two versions saved the same day must not overwrite each other's file. */
export function planFileBase(plan: Pick<PlanSummary, 'savedAt' | 'version'>): string {
  return `plan-${plan.savedAt.slice(0, 10)}${plan.version > 1 ? `-version-${plan.version}` : ''}`;
}
