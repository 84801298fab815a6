export { generatePlan, defaultPerUnitMax, DEFAULT_HORIZON_DAYS, DEFAULT_UNDER_COVERED_BELOW } from './generatePlan.js';
export type { PlanFlag, PlanInput, PlanItem, PlanReason, PlanReasonCode, PlanStaff, SavedPlan } from './types.js';
export { SCORE } from './candidates.js';
export { isGoodContact } from './history.js';
export { MIN_FIT, unitFit, rankUnits, type UnitFit } from './unitFit.js';
export {
  addItem, diffPlans, manualItem, reassignItem, removeItem, type PlanAssignment, type PlanDiff, type PlanEditError,
  type PlanEditResult,
} from './editing.js';
export { flagText, formatIndex, reasonText, reasonsText } from './reasonText.js';
export { reassignedReasons } from './reassign.js';
export { groupVersions, planFileBase, type PlanSummary } from './versions.js';
