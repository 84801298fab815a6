/** The quality page's part of the tab API (issue 7); contract.ts re-exports it. */
import type { Quality } from '../domain/quality/index.js';
import type { UnitId } from '../domain/units.js';

export type {
  CompanyComment, FallingCompany, GroupRow, MonthFigure, PurposeRow, Quality, RatingFigure, RecommendScore, ResponseCounts, ResponseSource,
} from '../domain/quality/index.js';

/**
 * GET /api/tab/quality?from=yyyy-mm-dd&to=yyyy-mm-dd&unit=<id>
 * Defaults: the last twelve calendar months (this month included), all units for a coordinator; staff always
 * get their own unit, as on the overview.
 */
export interface QualityResponse {
  period: { from: string; to: string };
  unit: UnitId | null;
  quality: Quality;
  /** When the figures were computed (ISO time). */
  asOf: string;
}
