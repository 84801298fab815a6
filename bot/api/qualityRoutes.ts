import type { QualityResponse } from '../contract/qualityContract.js';
import { periodAndUnit, routeFactory, type RouteDeps } from './apiRoute.js';
import type { Server as HttpServer } from 'restify';
import type { Unit } from '../domain/units.js';
import type { QualityService } from '../services/qualityService.js';

/** GET /api/tab/quality: the coordinator sees all units or one, staff their own unit, as on the overview. */
export function registerQualityRoutes(server: HttpServer, d: RouteDeps & { quality: QualityService; units: () => readonly Unit[] }): void {
  const route = routeFactory(d);
  server.get('/api/tab/quality', route(async (req, _res, c): Promise<QualityResponse> => {
    const { period, unit } = periodAndUnit(req, c, { defaultPeriod: d.quality.defaultPeriod(), today: d.quality.today(), units: d.units() });
    return d.quality.quality(period, unit);
  }));
}
