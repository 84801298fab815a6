/**
 * The tab API's routes for data protection (issue 14): the access log, retention, erasure and a company's data export.
 * The access log is for the coordinator and the `DataProtection` app role; everything else is the coordinator's.
 */
import type { AccessEvent } from '../domain/dataProtection/accessLog.js';
import type { ErasureCounts } from '../domain/dataProtection/erasure.js';
import type { RetentionCounts, RetentionKind, RetentionPeriods } from '../domain/dataProtection/retention.js';
import type { PrivacyAuditRow } from '../domain/dataProtection/privacyAudit.js';

export type { AccessEvent, ErasureCounts, PrivacyAuditRow, RetentionCounts, RetentionKind, RetentionPeriods };

/** GET /api/tab/access-log?cvr=&userId=&from=yyyy-mm-dd&to=yyyy-mm-dd (default the last 30 days), newest first, at most 2,000. */
export interface AccessLogResponse { events: (AccessEvent & { companyName: string | null })[]; truncated: boolean }

/** GET /api/tab/retention → the periods in force, their bounds and the last runs. */
export interface RetentionResponse {
  periods: RetentionPeriods;
  defaults: RetentionPeriods;
  minimum: RetentionPeriods;
  savedAt: string | null;
  savedBy: string | null;
  runs: PrivacyAuditRow[];
}

/** POST /api/tab/retention/dry-run { periods } → what the periods would delete today (nothing is changed). */
export interface RetentionDryRunResponse { counts: RetentionCounts }

/** PUT /api/tab/retention { periods } → RetentionResponse (400 with per-kind fields when out of bounds). */

/** POST /api/tab/erasure/preview { kind, cvr?, contactId?, name? } → what would go, per table and kind of row. */
export interface ErasurePreviewResponse { counts: ErasureCounts; total: number }

/** POST /api/tab/erasure { … as preview } → the counts erased and the audit row (which holds no erased content). */
export interface ErasureResponse { counts: ErasureCounts; audit: PrivacyAuditRow }

/** GET /api/tab/erasure/audit → the erasure audit rows, newest first. */
export interface ErasureAuditResponse { rows: PrivacyAuditRow[] }

/** GET /api/tab/companies/:cvr/data-export?format=json|xlsx: everything held about one company (art. 15, aktindsigt). */
