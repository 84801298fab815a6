import type { Server as HttpServer } from 'restify';
import { ownerCompanies, type ContactStrategy } from '../domain/strategy/index.js';
import type { StrategyService } from '../services/strategyService.js';
import { fail, objectBody, routeFactory, type RouteDeps } from './apiRoute.js';
import type { StrategyHistoryResponse, StrategyResponse } from '../contract/strategyContract.js';

export interface StrategyRouteDeps extends RouteDeps {
  strategy: StrategyService;
  companyName: (cvr: string) => string | null;
}

/** The contact strategy: everyone reads it (staff learn whom to ask first); only the coordinator saves. */
export function registerStrategyRoutes(server: HttpServer, d: StrategyRouteDeps): void {
  const route = routeFactory(d);
  const names = (cvrs: readonly string[]) => Object.fromEntries(cvrs.map((cvr) => [cvr, d.companyName(cvr)]));
  const respond = (strategy: ContactStrategy): StrategyResponse => ({ strategy, companyNames: names(ownerCompanies(strategy.owners)) });

  server.get('/api/tab/strategy', route(async () => respond(d.strategy.current())));

  server.get('/api/tab/strategy/history', route(async (): Promise<StrategyHistoryResponse> => {
    const versions = await d.strategy.history();
    return { versions, companyNames: names(ownerCompanies(versions.flatMap((v) => v.changes))) };
  }));

  server.get('/api/tab/strategy/versions/:version', route(async (req) => {
    const version = Number(req.params.version);
    const found = Number.isInteger(version) ? await d.strategy.version(version) : null;
    return respond(found ?? fail(404, 'not_found', 'Den version af strategien findes ikke.'));
  }));

  server.put('/api/tab/strategy', route(async (req, _res, c) => {
    const body = objectBody(req);
    if (typeof body.basedOnVersion !== 'number' || !Number.isInteger(body.basedOnVersion)) fail(400, 'invalid', 'Forespørgslen mangler den version, ændringerne bygger på.');
    const outcome = await d.strategy.save(body.strategy, body.basedOnVersion as number, c.principal.name);
    switch (outcome.kind) {
      case 'saved': return respond(outcome.strategy);
      case 'invalid': return fail(400, 'invalid', 'Strategien er ikke gemt. Ret de markerede felter.', outcome.errors);
      case 'conflict': return fail(409, 'conflict',
        `Strategien er ikke gemt: ${outcome.current.savedBy ?? 'en anden'} gemte version ${outcome.current.version} imens. Genindlæs siden, og lav dine ændringer igen.`);
    }
  }, { coordinator: true }));
}
