export { isoWeekOf, isoWeekOfDay, isoWeekday, nextWeek, parseWeekKey, previousWeek, weekBounds, weekKey, weeksInYear, type IsoWeek } from './isoWeek.js';
export {
  DEFAULT_DIGEST_SCHEDULE, copenhagenInstant, copenhagenOffsetMinutes, digestSlot, dueWeek, scheduleProblem, type DigestSchedule,
} from './schedule.js';
export { buildDigest, DEFAULT_GAP_COUNT, DEFAULT_NOTE_COUNT, DEFAULT_PROPOSAL_COUNT, FEEDBACK_COMPARISON_WEEKS } from './buildDigest.js';
export type {
  Digest, DigestInput, DigestPlan, DigestProposal, FeedbackNote, NewOptOut, OpenProposals, PlanClaim, PlanProgress, RatingSummary, UnitCount, UnitPlanProgress,
} from './types.js';
export { DIGEST_STRINGS, type DigestStrings } from './digestStrings.js';
export { digestText, formatCount, formatRating, formatWeekSpan, type DigestSectionId, type DigestSectionText, type DigestText, type DigestTextOptions } from './digestText.js';
