import type { Request, Response } from 'restify';
import { TEXTS } from '../cards/texts.js';
import { isDay, validateOptOutForm, type FormErrors, type OptOutRequest } from '../domain/contactForm.js';
import type { ApiError } from '../contract/api.js';
import { sendAuthError } from './auth/restifyAuth.js';
import type { Principal } from './auth/principal.js';
import type { UserDirectory } from '../services/userDirectory.js';
import { addDays } from '../domain/danishTime.js';
import type { Period } from '../domain/overview/types.js';
import type { Unit, UnitId } from '../domain/units.js';
import type { LogFn } from '../util/logger.js';
import type { AccessChannel, AccessReader } from '../domain/dataProtection/accessLog.js';

/** A refusal with its HTTP status and a Danish message; thrown by handlers, answered by `route`. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly body: ApiError) { super(body.message); }
}

/** The tab's answer when a free-text field looks like it holds a CPR number (the text is never stored). */
export const CPR_MESSAGE = 'Teksten ser ud til at indeholde et CPR-nummer. Fjern det: CPR-numre må ikke gemmes her.';

export const fail = (status: number, error: string, message: string, fields?: Record<string, string>): never => {
  throw new ApiFailure(status, { error, message, ...(fields ? { fields } : {}) });
};

export interface Caller { principal: Principal; unit: string | null }
export type Handler = (req: Request, res: Response, caller: Caller) => Promise<unknown>;
/**
 * `coordinator`: the coordinator only. `oversight`: the coordinator or the DataProtection app role, for what the DPO
 * reads to check the coordinator's handling of personal data (the access log, retention runs, the erasure audit trail).
 */
export type RouteOptions = { coordinator?: boolean; oversight?: boolean };
/** Wraps a handler: authenticate, authorise, run, answer JSON (or nothing when the handler wrote the response). */
export type Route = (handler: Handler, options?: RouteOptions) => (req: Request, res: Response) => Promise<void>;

export interface RouteDeps {
  authenticate: (req: Request) => Promise<Principal>;
  users: UserDirectory;
  log: LogFn;
}

export function routeFactory(d: RouteDeps): Route {
  return (handler, options = {}) => async (req, res) => {
    let principal: Principal;
    try {
      principal = await d.authenticate(req);
    } catch (e) {
      sendAuthError(res, e);
      return;
    }
    try {
      if (options.coordinator && !principal.isCoordinator) fail(403, 'forbidden', 'Kun erhvervskoordinatoren kan gøre dette.');
      if (options.oversight && !mayOversee(principal)) fail(403, 'forbidden', 'Kun erhvervskoordinatoren og databeskyttelse kan se dette.');
      const unit = await d.users.unitOf({ aadObjectId: principal.userId, name: principal.name });
      const body = await handler(req, res, { principal, unit });
      if (body !== undefined) {
        res.header('Cache-Control', 'no-store');
        res.send(200, body);
      }
    } catch (e) {
      if (e instanceof ApiFailure) {
        res.send(e.status, e.body);
        return;
      }
      d.log(`tab API ${req.method} ${String(req.getRoute()?.path ?? 'unmatched')} failed`, e);
      res.send(503, { error: 'storage_unavailable', message: 'Kontaktregistret svarer ikke lige nu. Prøv igen om lidt.' } satisfies ApiError);
    }
  };
}

export function mayOversee(p: Principal): boolean {
  return p.isCoordinator || p.roles.includes('dataProtection');
}

/** The request body as a plain object; anything else is refused. */
export function objectBody(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) fail(400, 'invalid', 'Forespørgslen skal være et JSON-objekt.');
  return body as Record<string, unknown>;
}

export function actorOf(c: Caller): { id: string; name: string } {
  return { id: c.principal.userId, name: c.principal.name };
}

/** The caller as the access log names a reader of companies' data. */
export function readerOf(c: Caller, via: AccessChannel): AccessReader {
  return { userId: c.principal.userId, userName: c.principal.name, via };
}

/** An opt-out's scope and reason as the tab sends them ({ scope: { kind, units }, reason }), validated as the card's are. */
export function optOutRequestOf(body: Record<string, unknown>, units: readonly Unit[]): OptOutRequest {
  const scope = body.scope as { kind?: unknown; units?: unknown } | undefined;
  const form = validateOptOutForm({
    optOutScope: scope?.kind, optOutUnits: Array.isArray(scope?.units) ? scope.units.join(',') : undefined, optOutReason: body.reason,
  }, units);
  return form.ok ? form.value : fail(400, 'invalid', 'Frabedt kontakt er ikke registreret. Ret de markerede felter.', fieldMessages(form.errors));
}

function fieldMessages(errors: FormErrors): Record<string, string> {
  const da = TEXTS.da.log.errors;
  return Object.fromEntries(Object.entries(errors).map(([field, code]) => [field, da[code]]));
}

/**
 * The period and unit of a page of figures (?from&to&unit): whole days in order, within the three years the
 * read model holds, and a known unit. Staff see their own unit's figures only; a coordinator may filter or see all.
 */
export function periodAndUnit(req: Request, c: Caller, o: { defaultPeriod: Period; today: string; units: readonly Unit[] }): { period: Period; unit: UnitId | null } {
  const q = req.query as Record<string, unknown>;
  const from = typeof q.from === 'string' && q.from ? q.from : o.defaultPeriod.from;
  const to = typeof q.to === 'string' && q.to ? q.to : o.defaultPeriod.to;
  if (!isDay(from) || !isDay(to) || from > to) fail(400, 'invalid', 'Perioden er ikke gyldig: angiv fra- og til-dato (fra før til).');
  if (to > addDays(o.today, 366) || from < addDays(o.today, -3 * 366)) fail(400, 'invalid', 'Perioden ligger uden for de tre år, tallene dækker.');
  const requested = typeof q.unit === 'string' && q.unit ? q.unit : null;
  if (requested && !o.units.some((u) => u.id === requested)) fail(400, 'invalid', 'Ukendt enhed.');
  const unit = c.principal.isCoordinator ? requested : c.unit;
  if (!c.principal.isCoordinator && !unit) fail(403, 'forbidden', 'Din enhed er ukendt, så du kan ikke se enhedens tal. Kontakt erhvervskoordinatoren.');
  return { period: { from, to }, unit };
}
