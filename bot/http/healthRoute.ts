import type { HttpServer } from './server.js';

export interface HealthReport {
  ok: boolean;
  /** False until start-up has read storage (it retries while storage is down). */
  ready: boolean;
  storage: { ok: boolean; latencyMs: number; error?: string };
  companies: number;
  localMode: boolean;
}

/** GET /healthz: 200 while storage answers, 503 when it does not (App Service takes the instance out). */
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
