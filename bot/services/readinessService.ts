import type { ReadinessResponse } from '../contract/readinessContract.js';
import type { CvrSyncStatus } from './cvr/cvrSyncService.js';

export interface ReadinessDeps {
  /** A cheap storage round trip (the same probe /healthz uses). */
  probeStorage: () => Promise<{ ok: boolean; latencyMs: number }>;
  readModelCaughtUpAt: () => Date | null;
  readModelIntervalMs: number;
  lastDigest: () => Promise<{ week: string; at: string } | null>;
  cvrStatus: () => Promise<CvrSyncStatus>;
  now: () => Date;
}

/**
 * The readiness view of the coordinator's settings page: more than /healthz (which stays one storage round trip,
 * probed every minute by the platform) and only on request. A read model that has not caught up within two
 * polling intervals answers look-ups from an old picture of the contacts, so it counts as not ready.
 */
export class ReadinessService {
  constructor(private readonly d: ReadinessDeps) {}

  async check(): Promise<ReadinessResponse> {
    const now = this.d.now();
    const [storage, digest, cvr] = await Promise.all([this.d.probeStorage(), this.d.lastDigest().catch(() => null), this.d.cvrStatus().catch(() => null)]);
    const caughtUpAt = this.d.readModelCaughtUpAt();
    const allowedLagSeconds = (2 * this.d.readModelIntervalMs) / 1000;
    const lagSeconds = caughtUpAt ? Math.max(0, Math.round((now.getTime() - caughtUpAt.getTime()) / 1000)) : null;
    const readModel = { ok: lagSeconds !== null && lagSeconds <= allowedLagSeconds, caughtUpAt: caughtUpAt?.toISOString() ?? null, lagSeconds, allowedLagSeconds };
    // Both read storage: while it is unreachable they are unknown (null), and storage.ok already says why.
    const cvrSync = cvr?.configured
      ? {
        ok: !cvr.failingLong, status: cvr.failingLong ? 'degraded' as const : 'ok' as const,
        lastFullAt: cvr.state.lastFullAt, lastDeltaAt: cvr.state.lastDeltaAt, failingLong: cvr.failingLong,
      }
      : null;
    const fit = storage.ok && readModel.ok;
    return {
      ok: fit && (cvrSync?.ok ?? true),
      status: !fit ? 'notReady' : cvrSync?.ok === false ? 'degraded' : 'ready',
      checkedAt: now.toISOString(),
      storage: { ok: storage.ok, latencyMs: storage.latencyMs },
      readModel,
      digest: { lastWeek: digest?.week ?? null, lastPostedAt: digest?.at ?? null },
      cvrSync,
    };
  }
}
