import type { Server as HttpServer } from 'restify';
import type { ActivityFeedChoice, ActivityFeedSettings } from '../contract/activityFeedContract.js';
import type { ActivityFeedService } from '../services/activityFeedService.js';
import { fail, objectBody, routeFactory, type RouteDeps } from './apiRoute.js';

export interface ActivityFeedRouteDeps extends RouteDeps {
  activityFeed: ActivityFeedService;
}

/** Each staff member's own choice of activity-feed notices (issue 18), on the settings page. */
export function registerActivityFeedRoutes(server: HttpServer, d: ActivityFeedRouteDeps): void {
  const route = routeFactory(d);
  const settings = (choice: ActivityFeedChoice): ActivityFeedSettings => ({ ...choice, available: d.activityFeed.available });

  server.get(
    '/api/tab/activity-feed',
    route(async (_req, _res, c) => settings(await d.activityFeed.choice(c.principal.userId))),
  );

  server.put(
    '/api/tab/activity-feed',
    route(async (req, _res, c) => {
      const body = objectBody(req);
      if (typeof body.notify !== 'boolean' || typeof body.unitItems !== 'boolean')
        fail(400, 'invalid', 'Vælg til eller fra med ja eller nej (notify og unitItems).');
      const choice = { notify: body.notify as boolean, unitItems: body.unitItems as boolean };
      return settings(await d.activityFeed.choose({ id: c.principal.userId, name: c.principal.name, unit: c.unit }, choice));
    }),
  );
}
