export type {
  ContactOwner, ContactStrategy, ContactWindows, OwnerTarget, PairWindow, StrategyChange, StrategyVersionSummary,
} from './types.js';
export { describeChanges } from './changes.js';
export { DEFAULT_SILENCE_MONTHS, initialStrategy } from './initial.js';
export { ownerCompanies, ownerFor, targetKey } from './owners.js';
export { STRATEGY_LIMITS, validateStrategy, type StrategyDraft, type StrategyErrors, type StrategyValidation } from './validate.js';
export { uniformWindows, widestWindow, windowBetween } from './windows.js';
