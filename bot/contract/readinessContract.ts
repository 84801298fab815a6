/** GET /api/tab/readiness (coordinator): whether this instance is fit to answer, for the settings page. */
export interface ReadinessResponse {
  /** Every check below is fine. */
  ok: boolean;
  /**
   * "ready": all fine; "degraded": answers, but the CVR sync has failed for a day (the register grows stale);
   * "notReady": storage or the contact read model is not fit to answer.
   */
  status: 'ready' | 'degraded' | 'notReady';
  checkedAt: string;
  storage: { ok: boolean; latencyMs: number };
  /** The contact read model caught up with the journal within two of its polling intervals. */
  readModel: { ok: boolean; caughtUpAt: string | null; lagSeconds: number | null; allowedLagSeconds: number };
  /** The last week whose digest was posted (ISO week, e.g. 2026-W49), or null if none yet or storage is unreachable. */
  digest: { lastWeek: string | null; lastPostedAt: string | null };
  /** Null when the CVR sync is not configured, or unknown while storage is unreachable. */
  cvrSync: { ok: boolean; status: 'ok' | 'degraded'; lastFullAt: string | null; lastDeltaAt: string | null; failingLong: boolean } | null;
}
