import type { Request, Server as HttpServer } from 'restify';
import type { Naming, Unit } from '../domain/units.js';
import { overviewSheets } from '../export/reportSheets.js';
import type { OverviewService } from '../services/overviewService.js';
import { periodAndUnit, routeFactory, type Caller, type RouteDeps } from './apiRoute.js';
import { sendExport } from './responses.js';

export interface OverviewRouteDeps extends RouteDeps {
  overview: OverviewService;
  units: () => readonly Unit[];
  naming: () => Naming;
}

/** The overview's figures, as JSON and as a file. */
export function registerOverviewRoutes(server: HttpServer, d: OverviewRouteDeps): void {
  const route = routeFactory(d);
  const overviewFor = async (req: Request, c: Caller) => {
    const { period, unit } = periodAndUnit(req, c, {
      defaultPeriod: d.overview.defaultPeriod(),
      today: d.overview.today(),
      units: d.units(),
    });
    return d.overview.overview(period, unit);
  };

  server.get(
    '/api/tab/overview',
    route((req, _res, c) => overviewFor(req, c)),
  );
  server.get(
    '/api/tab/overview/export',
    route(async (req, res, c) => {
      const r = await overviewFor(req, c);
      await sendExport(req, res, overviewSheets(r, d.naming()), `oversigt-${r.period.from}-${r.period.to}`);
    }),
  );
}
