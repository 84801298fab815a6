import type { Server as HttpServer } from 'restify';
import type { ReadinessResponse } from '../contract/readinessContract.js';
import type { ReadinessService } from '../services/readinessService.js';
import { routeFactory, type RouteDeps } from './apiRoute.js';

export interface ReadinessRouteDeps extends RouteDeps {
  readiness: ReadinessService;
}

/** The coordinator's readiness view (issue 15): storage, read-model lag, last digest, CVR sync. */
export function registerReadinessRoutes(server: HttpServer, d: ReadinessRouteDeps): void {
  const route = routeFactory(d);
  server.get('/api/tab/readiness', route(async (): Promise<ReadinessResponse> => d.readiness.check(), { coordinator: true }));
}
