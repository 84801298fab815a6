import type { Server as HttpServer } from 'restify';
import type { OptOutListResponse } from '../contract/api.js';
import { isDay } from '../domain/contactForm.js';
import { isValidCvr } from '../domain/cvr.js';
import type { Unit } from '../domain/units.js';
import type { ContactLogService } from '../services/contactLogService.js';
import type { OptOutRegisterService } from '../services/optOutRegisterService.js';
import { actorOf, CPR_MESSAGE, fail, objectBody, optOutRequestOf, readerOf, routeFactory, type RouteDeps } from './apiRoute.js';

export interface OptOutRouteDeps extends RouteDeps {
  register: OptOutRegisterService;
  contactLog: ContactLogService;
  units: () => readonly Unit[];
}

/** The opt-out register: everyone reads it and registers; the coordinator revokes. */
export function registerOptOutRoutes(server: HttpServer, d: OptOutRouteDeps): void {
  const route = routeFactory(d);

  server.get(
    '/api/tab/optouts',
    route(async (req, _res, c): Promise<OptOutListResponse> => {
      const q = req.query as Record<string, unknown>;
      const status = q.status === 'revoked' || q.status === 'all' ? q.status : 'active';
      const unit = c.principal.isCoordinator ? (typeof q.unit === 'string' && q.unit ? q.unit : null) : null;
      const text = typeof q.q === 'string' ? q.q.trim().toLowerCase().slice(0, 100) : '';
      return { optOuts: await d.register.list({ status, unit, text }, readerOf(c, 'tab.optOuts')) };
    }),
  );

  server.post(
    '/api/tab/optouts',
    route(async (req, _res, c) => {
      const body = objectBody(req);
      const cvr = typeof body.cvr === 'string' ? body.cvr : '';
      if (!isValidCvr(cvr) || !(await d.contactLog.company(cvr)))
        fail(400, 'invalid', 'Vælg en virksomhed fra registret.', { cvr: 'Ukendt virksomhed.' });
      const request = optOutRequestOf(body, d.units());
      const source = typeof body.source === 'string' && body.source.length <= 40 && body.source ? body.source : 'telefon';
      const today = d.contactLog.today();
      const date = typeof body.date === 'string' && isDay(body.date) && body.date <= today ? body.date : today;
      // Any staff member may register: a company's "don't call us" holds from the moment it is said (docs/first-hour.md).
      return d.contactLog.registerOptOut(cvr, request, actorOf(c), source, date);
    }),
  );

  server.post(
    '/api/tab/optouts/:cvr/:id/revoke',
    route(
      async (req, _res, c) => {
        const body = objectBody(req);
        const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
        if (!reason || reason.length > 500) fail(400, 'invalid', 'Skriv en begrundelse (højst 500 tegn).', { reason: 'Skal udfyldes.' });
        const outcome = await d.contactLog.revokeOptOut(String(req.params.cvr), String(req.params.id), reason, actorOf(c));
        if (outcome.kind === 'cpr') fail(400, 'invalid', CPR_MESSAGE, { reason: 'Fjern CPR-nummeret.' });
        return outcome.kind === 'revoked' ? outcome.optOut : fail(404, 'not_found', 'Frabedt kontakt findes ikke.');
      },
      { coordinator: true },
    ),
  );
}
