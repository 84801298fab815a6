import type { CvrSyncStatusResponse, RegisterChangesResponse } from '../contract/registerChangeContract.js';
import { fail, routeFactory, type RouteDeps } from './apiRoute.js';
import type { Server as HttpServer } from 'restify';
import { REGISTER_CHANGE_KINDS, type RegisterChangeKind } from '../domain/registerChanges/changes.js';
import { copenhagenDay } from '../domain/danishTime.js';
import type { CvrSyncService } from '../services/cvr/cvrSyncService.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** GET /api/tab/register-changes and /api/tab/cvr-sync: what the CVR sync noticed, and how it is doing. */
export function registerRegisterChangeRoutes(server: HttpServer, d: RouteDeps & { cvrSync: CvrSyncService; now: () => Date }): void {
  const route = routeFactory(d);
  server.get('/api/tab/register-changes', route(async (req): Promise<RegisterChangesResponse> => {
    const q = req.query as Record<string, unknown>;
    const thisMonth = copenhagenDay(d.now()).slice(0, 7);
    const from = typeof q.from === 'string' && q.from ? q.from : thisMonth;
    const to = typeof q.to === 'string' && q.to ? q.to : thisMonth;
    if (!MONTH.test(from) || !MONTH.test(to) || from > to) fail(400, 'invalid', 'Perioden er ikke gyldig: angiv fra- og til-måned som ÅÅÅÅ-MM (fra før til).');
    const kinds = typeof q.kind === 'string' && q.kind ? q.kind.split(',') : null;
    if (kinds && kinds.some((k) => !(REGISTER_CHANGE_KINDS as readonly string[]).includes(k))) fail(400, 'invalid', 'Ukendt slags ændring.');
    return { from, to, changes: await d.cvrSync.changes(from, to, (kinds as RegisterChangeKind[] | null) ?? undefined) };
  }));
  server.get('/api/tab/cvr-sync', route(async (): Promise<CvrSyncStatusResponse> => d.cvrSync.status()));
}
