import { isDay } from '../domain/contactForm.js';
import { addDays, copenhagenDay } from '../domain/danishTime.js';
import { isValidCvr } from '../domain/cvr.js';
import type { Server as HttpServer } from 'restify';
import type { AccessLogService } from '../services/accessLogService.js';
import { fail, routeFactory, type RouteDeps } from './apiRoute.js';
import type { AccessLogResponse } from '../contract/dataProtectionContract.js';

export interface AccessLogRouteDeps extends RouteDeps {
  accessLog: AccessLogService;
  companyName: (cvr: string) => string | null;
  now: () => Date;
}

const LIMIT = 2000;

/** The access log, for the coordinator and the DataProtection app role (403 for other staff), read-only: there is no route that changes or deletes a row (only the retention job removes old ones). */
export function registerAccessLogRoutes(server: HttpServer, d: AccessLogRouteDeps): void {
  const route = routeFactory(d);
  server.get('/api/tab/access-log', route(async (req): Promise<AccessLogResponse> => {
    const q = req.query as Record<string, unknown>;
    const today = copenhagenDay(d.now());
    const from = typeof q.from === 'string' && q.from ? q.from : addDays(today, -30);
    const to = typeof q.to === 'string' && q.to ? q.to : today;
    if (!isDay(from) || !isDay(to) || from > to) fail(400, 'invalid', 'Perioden er ikke gyldig: angiv fra- og til-dato (fra før til).');
    const cvr = typeof q.cvr === 'string' && q.cvr ? q.cvr : null;
    if (cvr !== null && !isValidCvr(cvr)) fail(400, 'invalid', 'Det er ikke et gyldigt CVR-nummer.', { cvr: 'Ugyldigt CVR-nummer.' });
    const userId = typeof q.userId === 'string' && q.userId ? q.userId.slice(0, 200) : null;
    // What was read a moment ago is still in the buffer: the log shows it.
    await d.accessLog.flush();
    const events = await d.accessLog.query({ cvr, userId, from, to });
    return { events: events.slice(0, LIMIT).map((e) => ({ ...e, companyName: d.companyName(e.cvr) })), truncated: events.length >= LIMIT };
  }, { oversight: true }));
}
