import type { Request, Response } from 'restify';
import type {
  ApiError, CompanyResponse, CompanySearchResponse, GeneratePlanResponse, LocalTokenResponse, LocalUser, MeResponse,
  OptOutListResponse, PlanListResponse, SavedPlan,
} from './contract.js';
import { actorOf, fail, objectBody, optOutRequestOf, periodAndUnit, routeFactory, type Caller } from './apiRoute.js';
import type { Principal } from './auth/principal.js';
import type { LocalIssuer } from './auth/localIssuer.js';
import type { HttpServer } from '../http/server.js';
import type { Company } from '../domain/company.js';
import { isValidCvr } from '../domain/cvr.js';
import type { ContactOwner, ContactWindows } from '../domain/strategy/index.js';
import { isDay } from '../domain/contactForm.js';
import { newestFirst } from '../domain/contactRules.js';
import { optOutCovers } from '../domain/contact.js';
import type { PlanItem } from '../domain/planning/index.js';
import type { Purpose, Unit } from '../domain/units.js';
import { toCsv } from '../export/csvWriter.js';
import { overviewSheets, planSheets } from '../export/reportSheets.js';
import type { Sheet } from '../export/table.js';
import { toXlsx } from '../export/xlsxWriter.js';
import type { AccessLog } from '../services/accessLogService.js';
import type { CompanyFinder } from '../services/companyFinder.js';
import type { ContactLogService } from '../services/contactLogService.js';
import type { OverviewService } from '../services/overviewService.js';
import type { DigestService } from '../services/digestService.js';
import type { InstallationService } from '../services/installationService.js';
import type { PlanPostService } from '../services/planPostService.js';
import type { UserDirectory } from '../services/userDirectory.js';
import type { Stores } from '../store/index.js';
import { PlanStore } from '../store/planStore.js';

export interface TabApiDeps {
  authenticate: (req: Request) => Promise<Principal>;
  /** Present in local mode only: hands out tokens for the local identities. */
  localIssuer: LocalIssuer | null;
  localUsers: readonly LocalUser[];
  users: UserDirectory;
  overview: OverviewService;
  contactLog: ContactLogService;
  finder: CompanyFinder;
  stores: Stores;
  units: () => readonly Unit[];
  purposes: () => readonly Purpose[];
  settings: { windows(): ContactWindows; silenceMonths(): number };
  /** The company's owner by the contact strategy. */
  ownerOf: (company: Company) => ContactOwner | null;
  now: () => Date;
  log: (message: string) => void;
  installations: InstallationService;
  planPosts: PlanPostService;
  digest: DigestService;
  /** The language of channel posts. */
  channelLocale: 'da' | 'en';
  accessLog: AccessLog;
}

/** The tab's JSON API (contract.ts): authenticate, authorise, parse, call one service, answer. */
export function registerTabApi(server: HttpServer, d: TabApiDeps): void {
  const route = routeFactory(d);
  const units = () => d.units();
  const naming = () => ({ units: d.units(), purposes: d.purposes() });

  server.get('/api/tab/me', route(async (_req, _res, c): Promise<MeResponse> => ({
    userId: c.principal.userId, name: c.principal.name, isCoordinator: c.principal.isCoordinator, unit: c.unit, local: c.principal.local,
    units: units().map((u) => ({ id: u.id, name: u.name, nameEn: u.nameEn, shortName: u.shortName })),
    purposes: d.purposes().map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn })),
    settings: { windowDays: d.settings.windows().overallDays, pairWindows: d.settings.windows().pairs, silenceMonths: d.settings.silenceMonths() },
  })));

  if (d.localIssuer) registerLocalAuth(server, d.localIssuer, d.localUsers);

  const overviewFor = async (req: Request, c: Caller) => {
    const { period, unit } = periodAndUnit(req, c, { defaultPeriod: d.overview.defaultPeriod(), today: d.overview.today(), units: units() });
    return d.overview.overview(period, unit);
  };

  server.get('/api/tab/overview', route((req, _res, c) => overviewFor(req, c)));
  server.get('/api/tab/overview/export', route(async (req, res, c) => {
    const r = await overviewFor(req, c);
    await sendExport(req, res, overviewSheets(r, naming()), `oversigt-${r.period.from}-${r.period.to}`);
  }));

  server.get('/api/tab/companies', route(async (req): Promise<CompanySearchResponse> => {
    const q = typeof (req.query as Record<string, unknown>).q === 'string' ? ((req.query as Record<string, string>).q).slice(0, 200) : '';
    if (q.trim() === '') return { results: [] };
    const outcome = d.finder.find(q, 10);
    return { results: outcome.hits.map((h) => ({ cvr: h.cvr, name: h.name, town: null })) };
  }));

  server.get('/api/tab/companies/:cvr', route(async (req, _res, c): Promise<CompanyResponse> => {
    const cvr = String(req.params.cvr ?? '');
    if (!isValidCvr(cvr)) fail(400, 'invalid', 'Det er ikke et gyldigt CVR-nummer.');
    const company = (await d.contactLog.company(cvr)) ?? fail(404, 'not_found', 'Virksomheden findes ikke i registret.');
    const history = await d.stores.history.read(cvr);
    await d.accessLog.record({ userId: c.principal.userId, userName: c.principal.name, via: 'tab.company' }, [cvr]);
    const contacts = [...history.contacts].sort(newestFirst);
    return {
      company,
      contacts,
      optOuts: [...history.optOuts].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)),
      feedback: contacts.filter((x) => x.rating !== null).map((x) => ({ date: x.date, unit: x.unit, rating: x.rating as number, note: x.note })),
      owner: d.ownerOf(company),
    };
  }));

  server.get('/api/tab/optouts', route(async (req, _res, c): Promise<OptOutListResponse> => {
    const q = req.query as Record<string, unknown>;
    const status = q.status === 'revoked' || q.status === 'all' ? q.status : 'active';
    const unit = c.principal.isCoordinator ? (typeof q.unit === 'string' && q.unit ? q.unit : null) : null;
    const text = typeof q.q === 'string' ? q.q.trim().toLowerCase().slice(0, 100) : '';
    const all = await d.stores.optOutRegister.listAll();
    const optOuts = all
      .filter((o) => (status === 'all' ? true : status === 'active' ? o.revokedAt === null : o.revokedAt !== null))
      .filter((o) => !unit || o.scope.kind === 'all' || o.scope.units.includes(unit))
      .map((o) => ({ ...o, companyName: d.contactLog.companyName(o.cvr) }))
      .filter((o) => !text || o.cvr.includes(text) || (o.companyName ?? '').toLowerCase().includes(text) || o.reason.toLowerCase().includes(text))
      .sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
    await d.accessLog.record({ userId: c.principal.userId, userName: c.principal.name, via: 'tab.optOuts' }, [...new Set(optOuts.map((o) => o.cvr))]);
    return { optOuts };
  }));

  server.post('/api/tab/optouts', route(async (req, _res, c) => {
    const body = objectBody(req);
    const cvr = typeof body.cvr === 'string' ? body.cvr : '';
    if (!isValidCvr(cvr) || !(await d.contactLog.company(cvr))) fail(400, 'invalid', 'Vælg en virksomhed fra registret.', { cvr: 'Ukendt virksomhed.' });
    const request = optOutRequestOf(body, units());
    const source = typeof body.source === 'string' && body.source.length <= 40 && body.source ? body.source : 'telefon';
    const date = typeof body.date === 'string' && isDay(body.date) && body.date <= d.overview.today() ? body.date : d.overview.today();
    return d.contactLog.registerOptOut(cvr, request, actorOf(c), source, date);
  }, { coordinator: true }));

  server.post('/api/tab/optouts/:cvr/:id/revoke', route(async (req, _res, c) => {
    const body = objectBody(req);
    const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
    if (!reason || reason.length > 500) fail(400, 'invalid', 'Skriv en begrundelse (højst 500 tegn).', { reason: 'Skal udfyldes.' });
    const revoked = await d.contactLog.revokeOptOut(String(req.params.cvr), String(req.params.id), reason, actorOf(c));
    return revoked ?? fail(404, 'not_found', 'Frabedt kontakt findes ikke.');
  }, { coordinator: true }));

  server.post('/api/tab/plans/generate', route(async (req): Promise<GeneratePlanResponse> => {
    const body = objectBody(req);
    const size = typeof body.size === 'number' && Number.isInteger(body.size) ? body.size : 40;
    const perUnitMax = typeof body.perUnitMax === 'number' && Number.isInteger(body.perUnitMax) && body.perUnitMax > 0 ? body.perUnitMax : undefined;
    return { items: await d.overview.suggestPlan(size, perUnitMax), generatedAt: d.now().toISOString() };
  }, { coordinator: true }));

  server.get('/api/tab/plans', route(async (): Promise<PlanListResponse> => ({ plans: await d.stores.plans.list() })));

  server.post('/api/tab/plans', route(async (req, _res, c): Promise<SavedPlan> => {
    const body = objectBody(req);
    if (!Array.isArray(body.items) || body.items.length === 0 || body.items.length > 200) fail(400, 'invalid', 'Planen skal have mellem 1 og 200 punkter.');
    const optOuts = await d.stores.optOutRegister.listAll();
    const items: PlanItem[] = [];
    for (const raw of body.items as unknown[]) {
      const item = planItemOf(raw, units()) ?? fail(400, 'invalid', 'Et punkt i planen er ikke gyldigt.');
      // Opt-outs may have arrived since the plan was suggested: never store a plan that points a unit at one.
      if (optOuts.some((o) => o.cvr === item.cvr && optOutCovers(o, item.unit))) {
        fail(400, 'invalid', `${item.companyName} kan ikke stå i planen: virksomheden har frabedt sig kontakt fra ${units().find((u) => u.id === item.unit)?.shortName ?? item.unit}.`);
      }
      if (items.some((i) => i.cvr === item.cvr)) fail(400, 'invalid', `${item.companyName} står i planen to gange.`);
      items.push(item);
    }
    const at = d.now();
    const plan: SavedPlan = {
      id: PlanStore.idFor(at), savedAt: at.toISOString(), savedBy: c.principal.name,
      note: typeof body.note === 'string' && body.note.trim() ? body.note.trim().slice(0, 1000) : null, items,
    };
    await d.stores.plans.save(plan);
    return plan;
  }, { coordinator: true }));

  server.get('/api/tab/channels', route(() => d.installations.channels(), { coordinator: true }));
  server.put('/api/tab/digest/target', route(async (req, _res, c) => {
    const id = objectBody(req).conversationId;
    const target = typeof id === 'string' ? await d.installations.setDigestChannel(id, c.principal.name) : null;
    return target ?? fail(400, 'invalid', 'Vælg en kanal, hvor botten er installeret.');
  }, { coordinator: true }));
  server.post('/api/tab/digest/run', route(async () => {
    const outcome = await d.digest.postNow();
    failWithoutChannel(outcome.kind, 'ugens overblik');
    return outcome;
  }, { coordinator: true }));
  server.post('/api/tab/plans/:id/post', route(async (req) => {
    const outcome = await d.planPosts.post(String(req.params.id ?? '').slice(0, 20), d.channelLocale);
    if (outcome.kind === 'notFound') fail(404, 'not_found', 'Planen findes ikke.');
    failWithoutChannel(outcome.kind, 'planerne');
    return outcome;
  }, { coordinator: true }));

  const planById = async (req: Request): Promise<SavedPlan> => {
    const plan = await d.stores.plans.get(String(req.params.id ?? '').slice(0, 20));
    return plan ?? fail(404, 'not_found', 'Planen findes ikke.');
  };
  server.get('/api/tab/plans/:id', route((req) => planById(req)));
  server.get('/api/tab/plans/:id/export', route(async (req, res) => {
    const plan = await planById(req);
    await sendExport(req, res, planSheets(plan, naming()), `plan-${plan.savedAt.slice(0, 10)}`);
  }));
}

function registerLocalAuth(server: HttpServer, issuer: LocalIssuer, users: readonly LocalUser[]): void {
  server.get('/api/tab/local-auth/users', async (_req: Request, res: Response) => { res.send(200, users); });
  server.post('/api/tab/local-auth/token', async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const user = users.find((u) => u.userId === body.userId);
    if (!user) {
      res.send(400, { error: 'invalid', message: 'Ukendt lokal bruger.' } satisfies ApiError);
      return;
    }
    const token = await issuer.issue({ userId: user.userId, name: user.name, coordinator: user.coordinator });
    res.send(200, { token } satisfies LocalTokenResponse);
  });
}

async function sendExport(req: Request, res: Response, sheets: Sheet[], baseName: string): Promise<void> {
  const format = (req.query as Record<string, unknown>).format === 'xlsx' ? 'xlsx' : 'csv';
  const body = format === 'xlsx' ? await toXlsx(sheets) : Buffer.from(toCsv(sheets), 'utf8');
  res.writeHead(200, {
    'Content-Type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${baseName}.${format}"`,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** The two ways a post to the coordinator's channel can fail for want of a channel, said the same way everywhere. */
function failWithoutChannel(kind: string, what: string): void {
  if (kind === 'noTarget') fail(409, 'no_channel', `Vælg først en kanal til ${what} (skriv "digest her" i kanalen, eller vælg den under Indstillinger).`);
  if (kind === 'targetGone') fail(409, 'channel_gone', 'Botten er fjernet fra kanalen. Vælg en ny kanal.');
}

/**
 * A plan item sent back by the tab. The coordinator may edit a plan freely (reassign, add, remove); the server
 * checks the shape, the unit and the opt-outs, and bounds every list.
 */
function planItemOf(raw: unknown, units: readonly Unit[]): PlanItem | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<PlanItem>;
  if (typeof r.cvr !== 'string' || !isValidCvr(r.cvr) || typeof r.unit !== 'string' || !units.some((u) => u.id === r.unit)) return null;
  if (typeof r.companyName !== 'string' || r.companyName.length > 300) return null;
  if (r.person !== null && r.person !== undefined && (typeof r.person !== 'string' || r.person.length > 200)) return null;
  if (!Array.isArray(r.reasons) || !Array.isArray(r.flags)) return null;
  return {
    cvr: r.cvr, companyName: r.companyName, unit: r.unit, person: r.person ?? null, reasons: r.reasons.slice(0, 20),
    score: typeof r.score === 'number' ? r.score : 0, advertisingProtected: r.advertisingProtected === true,
    flags: r.flags.filter((f): f is PlanItem['flags'][number] => typeof f === 'string').slice(0, 10),
    optedOutUnits: Array.isArray(r.optedOutUnits) ? r.optedOutUnits.filter((u): u is string => typeof u === 'string') : [],
    section: typeof r.section === 'string' ? r.section : null, area: typeof r.area === 'string' ? r.area : null,
    employeeBand: typeof r.employeeBand === 'string' ? r.employeeBand : null,
  };
}
