import type { Request, Server as HttpServer } from 'restify';
import type { GeneratePlanResponse, PlanListResponse, SavedPlan } from '../contract/api.js';
import { isValidCvr } from '../domain/cvr.js';
import { planFileBase, type PlanItem } from '../domain/planning/index.js';
import { unitNameOf, type Naming, type Unit } from '../domain/units.js';
import { planSheets } from '../export/reportSheets.js';
import type { PlanPostService } from '../services/planPostService.js';
import type { PlanService } from '../services/planService.js';
import { actorOf, CPR_MESSAGE, fail, objectBody, routeFactory, type RouteDeps } from './apiRoute.js';
import { failWithoutChannel, sendExport } from './responses.js';

export interface PlanRouteDeps extends RouteDeps {
  plans: PlanService;
  planPosts: PlanPostService;
  units: () => readonly Unit[];
  naming: () => Naming;
  /** The language of channel posts. */
  channelLocale: 'da' | 'en';
}

/** Contact plans: the coordinator has one suggested, edits and saves it, exports it or posts it to the channel. */
export function registerPlanRoutes(server: HttpServer, d: PlanRouteDeps): void {
  const route = routeFactory(d);

  server.post(
    '/api/tab/plans/generate',
    route(
      async (req): Promise<GeneratePlanResponse> => {
        const body = objectBody(req);
        const size = typeof body.size === 'number' && Number.isInteger(body.size) ? body.size : 40;
        const perUnitMax =
          typeof body.perUnitMax === 'number' && Number.isInteger(body.perUnitMax) && body.perUnitMax > 0 ? body.perUnitMax : undefined;
        return d.plans.suggest(size, perUnitMax);
      },
      { coordinator: true },
    ),
  );

  server.get(
    '/api/tab/plans',
    route(async (): Promise<PlanListResponse> => ({ plans: await d.plans.list() })),
  );

  server.post(
    '/api/tab/plans',
    route(
      async (req, _res, c): Promise<SavedPlan> => {
        const body = objectBody(req);
        if (!Array.isArray(body.items) || body.items.length === 0 || body.items.length > 200)
          fail(400, 'invalid', 'Planen skal have mellem 1 og 200 punkter.');
        const items = (body.items as unknown[]).map(
          (raw) => planItemOf(raw, d.units()) ?? fail(400, 'invalid', 'Et punkt i planen er ikke gyldigt.'),
        );
        const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim().slice(0, 1000) : null;
        const basedOn = typeof body.basedOn === 'string' && body.basedOn ? body.basedOn.slice(0, 20) : null;
        const outcome = await d.plans.save(items, note, actorOf(c), basedOn);
        switch (outcome.kind) {
          case 'saved':
            return outcome.plan;
          case 'optedOut':
            return fail(
              400,
              'invalid',
              `${outcome.item.companyName} kan ikke stå i planen: virksomheden har frabedt sig kontakt fra ${unitNameOf(d.units(), outcome.item.unit, 'da')}.`,
            );
          case 'duplicate':
            return fail(400, 'invalid', `${outcome.item.companyName} står i planen to gange.`);
          case 'cpr':
            return fail(400, 'invalid', CPR_MESSAGE, outcome.field === 'note' ? { note: 'Fjern CPR-nummeret.' } : undefined);
          case 'notFound':
            return fail(404, 'not_found', 'Den plan, du redigerede, findes ikke.');
          case 'stale':
            return fail(
              409,
              'conflict',
              `${outcome.latest.savedBy} har gemt en nyere version af planen (version ${outcome.latest.version}), siden du åbnede den. Åbn den nyeste version, og redigér den.`,
            );
        }
      },
      { coordinator: true },
    ),
  );

  server.post(
    '/api/tab/plans/:id/post',
    route(
      async (req) => {
        const outcome = await d.planPosts.post(planIdOf(req), d.channelLocale);
        if (outcome.kind === 'notFound') fail(404, 'not_found', 'Planen findes ikke.');
        failWithoutChannel(outcome.kind, 'planerne');
        return outcome;
      },
      { coordinator: true },
    ),
  );

  const planById = async (req: Request): Promise<SavedPlan> =>
    (await d.plans.get(planIdOf(req))) ?? fail(404, 'not_found', 'Planen findes ikke.');
  server.get(
    '/api/tab/plans/:id',
    route((req) => planById(req)),
  );
  server.get(
    '/api/tab/plans/:id/export',
    route(async (req, res) => {
      const plan = await planById(req);
      await sendExport(req, res, planSheets(plan, d.naming()), planFileBase(plan));
    }),
  );
}

const planIdOf = (req: Request): string => String(req.params.id ?? '').slice(0, 20);

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
    cvr: r.cvr,
    companyName: r.companyName,
    unit: r.unit,
    person: r.person ?? null,
    reasons: r.reasons.slice(0, 20),
    score: typeof r.score === 'number' ? r.score : 0,
    advertisingProtected: r.advertisingProtected === true,
    flags: r.flags.filter((f): f is PlanItem['flags'][number] => typeof f === 'string').slice(0, 10),
    optedOutUnits: Array.isArray(r.optedOutUnits) ? r.optedOutUnits.filter((u): u is string => typeof u === 'string') : [],
    section: typeof r.section === 'string' ? r.section : null,
    area: typeof r.area === 'string' ? r.area : null,
    employeeBand: typeof r.employeeBand === 'string' ? r.employeeBand : null,
  };
}
