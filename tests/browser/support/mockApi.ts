/**
 * A stand-in for the server's tab API (bot/contract/api.ts) on 127.0.0.1 and a free port: it serves tab/dist
 * at /tab/ and answers /api/tab/* from MockState. Local mode only; a token is "mock:<userId>".
 */
import { reply } from '../../support/httpReply.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiError, LocalUser } from '../../../bot/contract/api.js';
import type { OptOutScope } from '../../../bot/domain/contact.js';
import { groupVersions, type PlanItem } from '../../../bot/domain/planning/index.js';
import { MockState } from './mockData.js';
import { conflictMessage } from '../../../bot/domain/proposals.js';
import { serveTab } from './staticFiles.js';

type Json = Record<string, unknown>;
interface Call { user: LocalUser; query: URLSearchParams; params: string[]; body: Json }
type Handler = (call: Call) => unknown;

class Refusal extends Error {
  constructor(readonly status: number, readonly body: ApiError) { super(body.message); }
}
const refuse = (status: number, message: string, fields?: Record<string, string>, error = 'invalid'): never => {
  throw new Refusal(status, { error, message, ...(fields ? { fields } : {}) });
};

export interface MockApi { url: string; state: MockState; close(): Promise<void> }

export async function startMockApi(state = new MockState()): Promise<MockApi> {
  const routes: [string, RegExp, Handler, boolean?][] = [
    ['GET', /^\/api\/tab\/me$/, ({ user }) => state.me(user)],
    ['GET', /^\/api\/tab\/overview$/, ({ user, query }) => state.overview(query.get('from'), query.get('to'), user.coordinator ? query.get('unit') || null : user.unit)],
    ['GET', /^\/api\/tab\/companies$/, ({ query }) => ({ results: state.search(query.get('q') ?? '') })],
    ['GET', /^\/api\/tab\/companies\/(\d+)$/, ({ params: [cvr] }) => {
      const company = state.company(cvr) ?? refuse(404, 'Virksomheden findes ikke i registret.', undefined, 'not_found');
      const contacts = state.companyContacts(cvr);
      return {
        company, contacts, owner: state.ownerOf(company),
        optOuts: state.optOuts.filter((o) => o.cvr === cvr).sort((a, b) => b.date.localeCompare(a.date)),
        feedback: contacts.filter((c) => c.rating !== null).map((c) => ({ date: c.date, unit: c.unit, rating: c.rating, note: c.note })),
      };
    }],
    ['GET', /^\/api\/tab\/optouts$/, ({ user, query }) => state.listOptOuts(query.get('status') ?? 'active', user.coordinator ? query.get('unit') : null, query.get('q') ?? '')],
    ['POST', /^\/api\/tab\/optouts$/, ({ user, body }) => {
      const cvr = typeof body.cvr === 'string' ? body.cvr : '';
      if (!state.company(cvr)) refuse(400, 'Vælg en virksomhed fra registret.', { cvr: 'Ukendt virksomhed.' });
      const scope = body.scope as OptOutScope | undefined;
      const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
      const fields: Record<string, string> = {};
      if (!reason) fields.optOutReason = 'Skriv en begrundelse.';
      if (scope?.kind === 'units' && scope.units.length === 0) fields.optOutUnits = 'Vælg mindst én enhed.';
      if (scope?.kind !== 'all' && scope?.kind !== 'units') fields.optOutScope = 'Vælg hvem det gælder.';
      if (Object.keys(fields).length) refuse(400, 'Frabedt kontakt er ikke registreret. Ret de markerede felter.', fields);
      return state.registerOptOut(cvr, scope as OptOutScope, reason, String(body.source ?? 'telefon'), String(body.date ?? state.today()), user.name);
    }],
    ['POST', /^\/api\/tab\/optouts\/(\d+)\/([^/]+)\/revoke$/, ({ user, params: [cvr, id], body }) => {
      const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
      if (!reason) refuse(400, 'Skriv en begrundelse (højst 500 tegn).', { reason: 'Skal udfyldes.' });
      return state.revokeOptOut(cvr, decodeURIComponent(id), reason, user.name) ?? refuse(404, 'Frabedt kontakt findes ikke.', undefined, 'not_found');
    }, true],
    ['POST', /^\/api\/tab\/plans\/generate$/, ({ body }) => ({
      items: state.suggestPlan(typeof body.size === 'number' ? body.size : 40), generatedAt: state.now().toISOString(),
    }), true],
    ['GET', /^\/api\/tab\/plans$/, () => ({
      plans: groupVersions(state.plans).map(({ items, ...p }) => ({ ...p, itemCount: items.length })),
    })],
    ['POST', /^\/api\/tab\/plans$/, ({ user, body }) => {
      const items = Array.isArray(body.items) ? (body.items as PlanItem[]) : [];
      if (items.length === 0) refuse(400, 'Planen skal have mellem 1 og 200 punkter.');
      const refusal = state.planRefusal(items);
      if (refusal) refuse(400, refusal);
      const basedOn = typeof body.basedOn === 'string' ? state.plans.find((p) => p.id === body.basedOn) : null;
      if (basedOn === undefined) refuse(404, 'Den plan, du redigerede, findes ikke.', undefined, 'not_found');
      const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim() : null;
      const latest = basedOn && state.plans.find((p) => p.planId === basedOn.planId);
      return state.savePlan(items, note, user.name, basedOn)
        ?? refuse(409, `${latest?.savedBy} har gemt en nyere version af planen (version ${latest?.version}), siden du åbnede den.`, undefined, 'conflict');
    }, true],
    ['GET', /^\/api\/tab\/channels$/, () => state.channels, true],
    // The CVR sync is off in the mock; tests/browser/registerChanges.test.ts runs the page against the real server.
    ['GET', /^\/api\/tab\/cvr-sync$/, () => ({
      configured: false, municipalityCodes: ['707'], schedule: { deltaMinutes: 60, fullDays: 7 }, failingLong: false,
      state: { lastFullAt: null, lastDeltaAt: null, watermark: null, lastRun: null, lastError: null, lastErrorAt: null, failingSince: null, checkpoint: null },
    })],
    ['GET', /^\/api\/tab\/readiness$/, () => ({
      ok: true, status: 'ready', checkedAt: state.now().toISOString(), storage: { ok: true, latencyMs: 3 },
      readModel: { ok: true, caughtUpAt: state.now().toISOString(), lagSeconds: 0, allowedLagSeconds: 40 },
      digest: { lastWeek: null, lastPostedAt: null }, cvrSync: null,
    }), true],
    ['GET', /^\/api\/tab\/register-changes$/, () => ({ from: state.now().toISOString().slice(0, 7), to: state.now().toISOString().slice(0, 7), changes: [] })],
    ['PUT', /^\/api\/tab\/digest\/target$/, ({ user, body }) => state.setTarget(String(body.conversationId ?? ''), user.name)
      ?? refuse(400, 'Vælg en kanal, hvor botten er installeret.'), true],
    ['POST', /^\/api\/tab\/digest\/run$/, () => {
      if (!state.channels.target) refuse(409, 'Vælg først en kanal til ugens overblik (skriv "digest her" i kanalen, eller vælg den under Indstillinger).', undefined, 'no_channel');
      return { kind: 'posted', week: state.isoWeek(), activityId: `mock-${Date.now()}` };
    }, true],
    ['POST', /^\/api\/tab\/plans\/([^/]+)\/post$/, ({ params: [id] }) => {
      if (!state.plans.some((p) => p.id === id)) refuse(404, 'Planen findes ikke.', undefined, 'not_found');
      if (!state.channels.target) refuse(409, 'Vælg først en kanal til planerne (skriv "digest her" i kanalen, eller vælg den under Indstillinger).', undefined, 'no_channel');
      return { kind: 'posted', activityId: `mock-${Date.now()}` };
    }, true],
    ['GET', /^\/api\/tab\/feedback\/responses$/, ({ query }) => ({ responses: state.feedback.responses.filter((r) => r.cvr === query.get('cvr')) })],
    ['GET', /^\/api\/tab\/feedback\/links$/, ({ query }) => ({ links: state.feedback.links.filter((l) => l.cvr === query.get('cvr')) }), true],
    ['POST', /^\/api\/tab\/feedback\/links$/, ({ user, body }) => {
      const cvr = typeof body.cvr === 'string' ? body.cvr : '';
      if (!state.company(cvr)) refuse(400, 'Vælg en virksomhed fra registret.', { cvr: 'Ukendt virksomhed.' });
      const days = body.days === undefined ? 30 : Number(body.days);
      if (!Number.isInteger(days) || days < 1 || days > 90) refuse(400, 'Linket er ikke oprettet. Ret det markerede felt.', { days: 'Linket kan gælde fra 1 til 90 dage.' });
      return state.feedback.createLink(cvr, typeof body.contactName === 'string' && body.contactName.trim() ? body.contactName.trim() : null, days, user.name);
    }, true],
    ['GET', /^\/api\/tab\/feedback\/pending$/, () => ({ pending: state.feedback.pending() }), true],
    ['POST', /^\/api\/tab\/feedback\/responses\/(\d+)\/([^/]+)\/(confirm|dismiss)$/, ({ user, params: [cvr, linkId, kind], body }) => {
      const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
      if (!reason) refuse(400, 'Skriv en begrundelse (højst 500 tegn).', { reason: 'Skal udfyldes.' });
      const outcome = kind === 'confirm'
        ? state.feedback.confirm(cvr, linkId, body.scope as OptOutScope, reason, user.name)
        : state.feedback.dismiss(cvr, linkId, reason, user.name);
      if (outcome === 'notFound') refuse(404, 'Svaret findes ikke, eller det beder ikke om færre henvendelser.', undefined, 'not_found');
      if (outcome === 'decided') refuse(409, 'Ønsket er allerede afgjort.', undefined, 'already_decided');
      return outcome;
    }, true],
    ['GET', /^\/api\/tab\/strategy$/, () => state.strategyResponse()],
    ['GET', /^\/api\/tab\/strategy\/history$/, () => state.strategyHistoryResponse()],
    ['GET', /^\/api\/tab\/strategy\/versions\/(\d+)$/, ({ params: [v] }) => state.strategyVersion(Number(v))
      ?? refuse(404, 'Den version af strategien findes ikke.', undefined, 'not_found')],
    ['PUT', /^\/api\/tab\/strategy$/, ({ user, body }) => {
      const result = state.saveStrategy(body, user.name);
      if (result.kind === 'conflict') {
        refuse(409, `Strategien er gemt af en anden i mellemtiden (nu version ${result.version}). Hent den nyeste version, og lav ændringerne igen.`, undefined, 'conflict');
      }
      if (result.kind === 'invalid') refuse(400, 'Strategien er ikke gemt. Ret de markerede felter.', result.errors);
      return result.kind === 'saved' ? result.response : null;
    }, true],
    ['GET', /^\/api\/tab\/quality$/, ({ user, query }) => state.quality(query.get('from'), query.get('to'), user.coordinator ? query.get('unit') || null : user.unit)],
    ['GET', /^\/api\/tab\/proposals$/, async ({ query }) => {
      const status = query.get('status') ?? 'open';
      const all = await state.proposals.list();
      return { proposals: all.filter((p) => status === 'all' || (status === 'open' ? p.open : p.status === status)) };
    }],
    ['GET', /^\/api\/tab\/proposals\/([^/]+)$/, async ({ params: [id] }) => (await state.proposals.get(id)) ?? refuse(404, 'Forslaget findes ikke.', undefined, 'not_found')],
    ['POST', /^\/api\/tab\/proposals$/, async ({ user, body }) => {
      const outcome = await state.proposals.create(body, { id: user.userId, name: user.name });
      return outcome.kind === 'created' ? outcome.proposal : refuse(400, 'Forslaget er ikke gemt. Ret de markerede felter.', outcome.errors as Record<string, string>);
    }, true],
    ['POST', /^\/api\/tab\/proposals\/([^/]+)\/status$/, async ({ user, params: [id], body }) => {
      const outcome = await state.proposals.changeStatus(id, { status: body.status, note: body.note, etag: String(body.etag ?? '') }, { id: user.userId, name: user.name });
      if (outcome.kind === 'notFound') refuse(404, 'Forslaget findes ikke.', undefined, 'not_found');
      if (outcome.kind === 'invalid') refuse(400, 'Status er ikke ændret. Ret de markerede felter.', outcome.errors as Record<string, string>);
      if (outcome.kind === 'conflict') refuse(409, conflictMessage(outcome.current), undefined, 'conflict');
      return outcome.kind === 'changed' ? outcome.proposal : null;
    }, true],
    ['GET', /^\/api\/tab\/plans\/([^/]+)$/, ({ params: [id] }) => state.plans.find((p) => p.id === id) ?? refuse(404, 'Planen findes ikke.', undefined, 'not_found')],
  ];

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { error: 'internal', message: String(e) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && (url.pathname === '/tab' || url.pathname.startsWith('/tab/'))) {
      if (url.pathname === '/tab') return reply(res, 301, { Location: '/tab/' });
      return serveTab(url.pathname, res);
    }
    if (!url.pathname.startsWith('/api/tab/')) return send(res, 404, { error: 'not_found', message: 'Ukendt adresse.' });
    if (url.pathname === '/api/tab/local-auth/users' && req.method === 'GET') return send(res, 200, state.users);
    const body = await readJson(req);
    if (url.pathname === '/api/tab/local-auth/token' && req.method === 'POST') {
      const user = state.users.find((u) => u.userId === body.userId);
      return user ? send(res, 200, { token: `mock:${user.userId}` }) : send(res, 400, { error: 'invalid', message: 'Ukendt lokal bruger.' });
    }
    const exportMatch = /^\/api\/tab\/(overview|plans\/([^/]+))\/export$/.exec(url.pathname);
    const user = userOf(req);
    if (!user) return send(res, 401, { error: 'missing_token', message: 'Du er ikke logget ind.' });
    if (exportMatch && req.method === 'GET') return sendExport(res, url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv', exportMatch[2] ? `plan-${exportMatch[2]}` : 'oversigt');
    for (const [method, pattern, handler, coordinatorOnly] of routes) {
      const m = method === req.method ? pattern.exec(url.pathname) : null;
      if (!m) continue;
      try {
        if (coordinatorOnly && !user.coordinator) refuse(403, 'Kun erhvervskoordinatoren kan gøre dette.', undefined, 'forbidden');
        return send(res, 200, await handler({ user, query: url.searchParams, params: m.slice(1), body }));
      } catch (e) {
        if (e instanceof Refusal) return send(res, e.status, e.body);
        throw e;
      }
    }
    send(res, 404, { error: 'not_found', message: 'Ukendt adresse.' });
  }

  function userOf(req: IncomingMessage): LocalUser | undefined {
    const m = /^Bearer mock:(.+)$/.exec(req.headers.authorization ?? '');
    return m ? state.users.find((u) => u.userId === m[1]) : undefined;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, state, close: () => closeServer(server) };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  reply(res, status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, text);
}

function sendExport(res: ServerResponse, format: 'csv' | 'xlsx', base: string): void {
  // Not a real workbook: the tab only needs a file with the right name and type to hand to the browser.
  const body = Buffer.from(format === 'csv' ? '\ufeffVirksomhed;CVR\r\nEksempel ApS;13748136\r\n' : 'PK mock xlsx', 'utf8');
  reply(res, 200, {
    'Content-Type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${base}.${format}"`, 'Content-Length': body.length,
  }, body);
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return {};
  try {
    const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
  } catch {
    return {};
  }
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** `node dist/tests/browser/support/mockApi.js`: a mock to click through by hand. */
if (require.main === module) {
  void startMockApi().then((m) => console.log(`Mock tab API: ${m.url}/tab/index.html#/oversigt`));
}
