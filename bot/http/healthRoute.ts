import type { HttpServer } from './server.js';

export interface HealthReport {
  ok: boolean;
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
