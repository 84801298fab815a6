import type { UnitId } from '../units.js';
import type { PlanReason } from './types.js';

/**
 * The reasons of an item the coordinator moved to another unit. Reasons about the company (silence, coverage,
 * a follow-up or good contact by some unit) stay true; "suits unit X" was the old unit's reason, so it is replaced
 * by the move itself, which names where the item came from. Shared by the server's plan edits and the tab's.
 */
export function reassignedReasons(reasons: readonly PlanReason[], from: UnitId): PlanReason[] {
  const kept = reasons.filter((r) => r.code !== 'unitFit' && r.code !== 'reassignedByCoordinator');
  const original = reasons.find((r): r is Extract<PlanReason, { code: 'reassignedByCoordinator' }> => r.code === 'reassignedByCoordinator');
  return [...kept, { code: 'reassignedByCoordinator', from: original?.from ?? from }];
}
