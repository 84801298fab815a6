export { buildQuality, DEFAULT_COMMENT_COUNT, DEFAULT_QUALITY_MONTHS, defaultQualityPeriod, feedbackFrom, monthKeys, previousPeriodOf, TREND_FALL_POINTS } from './buildQuality.js';
export { FALL_LOOKBACK_MONTHS, FALL_POINTS } from './falls.js';
export { MIN_ANSWERS } from './ratingTally.js';
export type {
  CompanyComment, FallingCompany, GroupRow, MonthFigure, PurposeRow, Quality, QualityInput, RatingFigure, RecommendScore,
  ResponseCounts, ResponseSource,
} from './types.js';
