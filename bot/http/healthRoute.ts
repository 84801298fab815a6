import type { SyncHealth } from '../domain/registerChanges/syncState.js';
import type { HttpServer } from './server.js';

export interface HealthReport {
  /** Decides the HTTP status: the instance can answer (storage reachable, register loaded). */
  ok: boolean;
  /**
   * "degraded" when the instance answers but a background job it relies on is failing (the CVR sync for a
   * day): still 200, since taking instances out or restarting them cannot mend an outside service.
   */
  status: 'ok' | 'degraded' | 'unavailable';
  /** False until start-up has read storage (it retries while storage is down). */
  ready: boolean;
  storage: { ok: boolean; latencyMs: number; error?: string };
  companies: number;
  localMode: boolean;
  /** "unknown" while storage is unreachable (the state is stored there). */
  cvrSync: { status: SyncHealth | 'unknown'; failingSince: string | null };
}

/**
 * GET /healthz: 200 while storage answers, 503 when it does not (App Service takes the instance out after
 * repeated failures and replaces it after an hour). A degraded report is 200: see docs/cvr-sync.md.
 */
export function registerHealthRoute(server: HttpServer, check: () => Promise<HealthReport>): void {
  server.get('/healthz', async (_req, res) => {
    const report = await check();
    res.header('Cache-Control', 'no-store');
    res.send(report.ok ? 200 : 503, report);
  });
}

/**
 * Until start-up has read the register, every route but /healthz answers 503: an empty register would answer
 * "nobody has contacted this company", which is the one answer that must never be wrong.
 */
export function registerStartupGate(server: HttpServer, ready: () => boolean): void {
  server.pre((req, res, next) => {
    if (ready() || (req.path() ?? '') === '/healthz') return next();
    res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': '5' });
    res.end(JSON.stringify({ error: 'starting', message: 'Tjenesten starter og venter på lageret. Prøv igen om lidt. (Starting: waiting for storage.)' }));
    return next(false);
  });
}
