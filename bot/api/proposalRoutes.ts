import type { ProposalListResponse, ProposalView } from '../contract/proposalContract.js';
import { actorOf, fail, objectBody, routeFactory, type RouteDeps } from './apiRoute.js';
import type { Server as HttpServer } from 'restify';
import { conflictMessage, isProposalStatus, type ProposalErrors } from '../domain/proposals.js';
import type { ProposalService } from '../services/proposalService.js';

/**
 * The proposals log. Everyone may read it: the proposals are about how all units contact companies, and
 * staff should see what is proposed and decided (memo task 2A, a common method). Only the coordinator writes.
 */
export function registerProposalRoutes(server: HttpServer, d: RouteDeps & { proposals: ProposalService }): void {
  const route = routeFactory(d);
  server.get('/api/tab/proposals', route(async (req): Promise<ProposalListResponse> => {
    const status = (req.query as Record<string, unknown>).status ?? 'open';
    if (status !== 'open' && status !== 'all' && !isProposalStatus(status)) fail(400, 'invalid', 'Ukendt status.');
    const all = await d.proposals.list();
    return { proposals: all.filter((p) => status === 'all' || (status === 'open' ? p.open : p.status === status)) };
  }));

  server.get('/api/tab/proposals/:id', route(async (req): Promise<ProposalView> => {
    return (await d.proposals.get(idOf(req.params.id))) ?? fail(404, 'not_found', 'Forslaget findes ikke.');
  }));

  server.post('/api/tab/proposals', route(async (req, _res, c): Promise<ProposalView> => {
    const outcome = await d.proposals.create(objectBody(req), actorOf(c));
    if (outcome.kind === 'invalid') return refuse('Forslaget er ikke gemt. Ret de markerede felter.', outcome.errors);
    return outcome.proposal;
  }, { coordinator: true }));

  server.post('/api/tab/proposals/:id/status', route(async (req, _res, c): Promise<ProposalView> => {
    const body = objectBody(req);
    const etag = typeof body.etag === 'string' ? body.etag : fail(400, 'invalid', 'Genindlæs siden, og prøv igen.');
    const outcome = await d.proposals.changeStatus(idOf(req.params.id), { status: body.status, note: body.note, etag }, actorOf(c));
    switch (outcome.kind) {
      case 'changed': return outcome.proposal;
      case 'notFound': return fail(404, 'not_found', 'Forslaget findes ikke.');
      case 'invalid': return refuse('Status er ikke ændret. Ret de markerede felter.', outcome.errors);
      case 'conflict': return fail(409, 'conflict', conflictMessage(outcome.current));
    }
  }, { coordinator: true }));
}

function idOf(raw: unknown): string {
  return String(raw ?? '').slice(0, 40);
}

function refuse(message: string, errors: ProposalErrors): never {
  return fail(400, 'invalid', message, errors as Record<string, string>);
}
