import type { Server as HttpServer } from 'restify';
import type { DigestService } from '../services/digestService.js';
import type { InstallationService } from '../services/installationService.js';
import { fail, objectBody, routeFactory, type RouteDeps } from './apiRoute.js';
import { failWithoutChannel } from './responses.js';

export interface ChannelRouteDeps extends RouteDeps {
  installations: InstallationService;
  digest: DigestService;
}

/** The coordinator's channel: where the bot is installed, which channel gets the digest, and the digest on demand. */
export function registerChannelRoutes(server: HttpServer, d: ChannelRouteDeps): void {
  const route = routeFactory(d);

  server.get(
    '/api/tab/channels',
    route(() => d.installations.channels(), { coordinator: true }),
  );
  server.put(
    '/api/tab/digest/target',
    route(
      async (req, _res, c) => {
        const id = objectBody(req).conversationId;
        const target = typeof id === 'string' ? await d.installations.setDigestChannel(id, c.principal.name) : null;
        return target ?? fail(400, 'invalid', 'Vælg en kanal, hvor botten er installeret.');
      },
      { coordinator: true },
    ),
  );
  server.post(
    '/api/tab/digest/run',
    route(
      async () => {
        const outcome = await d.digest.postNow();
        failWithoutChannel(outcome.kind, 'ugens overblik');
        return outcome;
      },
      { coordinator: true },
    ),
  );
}
