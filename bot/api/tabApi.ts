import type { Server as HttpServer } from 'restify';
import { registerChannelRoutes, type ChannelRouteDeps } from './channelRoutes.js';
import { registerCompanyRoutes, type CompanyRouteDeps } from './companyRoutes.js';
import { registerMeRoutes, type MeRouteDeps } from './meRoutes.js';
import { registerOptOutRoutes, type OptOutRouteDeps } from './optOutRoutes.js';
import { registerOverviewRoutes, type OverviewRouteDeps } from './overviewRoutes.js';
import { registerPlanRoutes, type PlanRouteDeps } from './planRoutes.js';

export type TabApiDeps = MeRouteDeps & OverviewRouteDeps & CompanyRouteDeps & OptOutRouteDeps & PlanRouteDeps & ChannelRouteDeps;

/**
 * The tab's core JSON API (bot/contract/api.ts), a route file per feature; each authenticates, authorises, parses,
 * calls one service and answers. Later features register their own route files from app.ts.
 */
export function registerTabApi(server: HttpServer, d: TabApiDeps): void {
  registerMeRoutes(server, d);
  registerOverviewRoutes(server, d);
  registerCompanyRoutes(server, d);
  registerOptOutRoutes(server, d);
  registerPlanRoutes(server, d);
  registerChannelRoutes(server, d);
}
