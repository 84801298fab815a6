import type { Request, Response, Server as HttpServer } from 'restify';
import type { ContactWindows } from '../domain/strategy/index.js';
import type { Purpose, Unit } from '../domain/units.js';
import type { ApiError, LocalTokenResponse, LocalUser, MeResponse } from '../contract/api.js';
import { routeFactory, type RouteDeps } from './apiRoute.js';
import type { LocalIssuer } from './auth/localIssuer.js';

export interface MeRouteDeps extends RouteDeps {
  /** Present in local mode only: hands out tokens for the local identities. */
  localIssuer: LocalIssuer | null;
  localUsers: readonly LocalUser[];
  units: () => readonly Unit[];
  purposes: () => readonly Purpose[];
  settings: { windows(): ContactWindows; silenceMonths(): number };
}

/** Who the caller is and the names and settings every page needs; in local mode, the local sign-in. */
export function registerMeRoutes(server: HttpServer, d: MeRouteDeps): void {
  const route = routeFactory(d);
  server.get(
    '/api/tab/me',
    route(async (_req, _res, c): Promise<MeResponse> => ({
      userId: c.principal.userId,
      name: c.principal.name,
      isCoordinator: c.principal.isCoordinator,
      dataProtection: c.principal.roles.includes('dataProtection'),
      unit: c.unit,
      local: c.principal.local,
      units: d.units().map((u) => ({ id: u.id, name: u.name, nameEn: u.nameEn, shortName: u.shortName })),
      purposes: d.purposes().map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn })),
      settings: {
        windowDays: d.settings.windows().overallDays,
        pairWindows: d.settings.windows().pairs,
        silenceMonths: d.settings.silenceMonths(),
      },
    })),
  );

  if (d.localIssuer) registerLocalAuth(server, d.localIssuer, d.localUsers);
}

function registerLocalAuth(server: HttpServer, issuer: LocalIssuer, users: readonly LocalUser[]): void {
  server.get('/api/tab/local-auth/users', async (_req: Request, res: Response) => {
    res.send(200, users);
  });
  server.post('/api/tab/local-auth/token', async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const user = users.find((u) => u.userId === body.userId);
    if (!user) {
      res.send(400, { error: 'invalid', message: 'Ukendt lokal bruger.' } satisfies ApiError);
      return;
    }
    const token = await issuer.issue({
      userId: user.userId,
      name: user.name,
      coordinator: user.coordinator,
      dataProtection: user.dataProtection,
    });
    res.send(200, { token } satisfies LocalTokenResponse);
  });
}
