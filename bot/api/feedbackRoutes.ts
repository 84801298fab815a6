import type { Request } from 'restify';
import { isEventId } from '../domain/contactId.js';
import { findCprNumbers } from '../domain/cprGuard.js';
import { isValidCvr } from '../domain/cvr.js';
import { copenhagenDay, formatDay } from '../domain/danishTime.js';
import { linkState } from '../domain/feedback.js';
import { validateLinkRequest, type LinkRequestError } from '../domain/feedbackForm.js';
import type { Unit } from '../domain/units.js';
import type { FeedbackService, ReviewRefusal } from '../services/feedbackService.js';
import type { Server as HttpServer } from 'restify';
import { actorOf, fail, objectBody, optOutRequestOf, routeFactory, type RouteDeps } from './apiRoute.js';
import type {
  CompanyFeedbackListResponse, ConfirmPendingOptOutResponse, CreatedFeedbackLink, FeedbackLinkListResponse, FeedbackResponse,
  PendingOptOutListResponse,
} from '../contract/feedbackContract.js';

export interface FeedbackRouteDeps extends RouteDeps {
  feedback: FeedbackService;
  units: () => readonly Unit[];
  now: () => Date;
}

const LINK_ERRORS: Record<LinkRequestError['field'], Partial<Record<LinkRequestError['code'], string>>> = {
  days: { invalid: 'Linket kan gælde fra 1 til 90 dage.' },
  contactName: {
    invalid: 'Navnet er ikke gyldigt.',
    tooLong: 'Navnet må højst være 100 tegn.',
    cpr: 'Feltet ser ud til at indeholde et CPR-nummer. Skriv kun kontaktpersonens navn.',
  },
};

/** The tab API for company feedback (feedbackContract.ts): links, the company's answers, and pending opt-outs. */
export function registerFeedbackRoutes(server: HttpServer, d: FeedbackRouteDeps): void {
  const route = routeFactory(d);

  server.post('/api/tab/feedback/links', route(async (req, _res, c): Promise<CreatedFeedbackLink> => {
    const body = objectBody(req);
    const cvr = typeof body.cvr === 'string' ? body.cvr : '';
    if (!isValidCvr(cvr)) fail(400, 'invalid', 'Vælg en virksomhed fra registret.', { cvr: 'Ukendt virksomhed.' });
    const request = validateLinkRequest(body);
    const value = request.ok ? request.value
      : fail(400, 'invalid', 'Linket er ikke oprettet. Ret det markerede felt.', { [request.error.field]: LINK_ERRORS[request.error.field][request.error.code] ?? 'Værdien er ikke gyldig.' });
    const created = (await d.feedback.createLink(cvr, value, actorOf(c))) ?? fail(400, 'invalid', 'Vælg en virksomhed fra registret.', { cvr: 'Ukendt virksomhed.' });
    return { link: { ...created.link, state: linkState(created.link, d.now()) }, url: created.url };
  }, { coordinator: true }));

  server.get('/api/tab/feedback/links', route(async (req): Promise<FeedbackLinkListResponse> => {
    return { links: (await d.feedback.forCompany(cvrQuery(req))).links };
  }, { coordinator: true }));

  server.get('/api/tab/feedback/responses', route(async (req): Promise<CompanyFeedbackListResponse> => {
    return { responses: (await d.feedback.forCompany(cvrQuery(req))).responses };
  }));

  server.get('/api/tab/feedback/pending', route(async (): Promise<PendingOptOutListResponse> => ({ pending: await d.feedback.pending() }), { coordinator: true }));

  server.post('/api/tab/feedback/responses/:cvr/:linkId/confirm', route(async (req, _res, c): Promise<ConfirmPendingOptOutResponse> => {
    const { cvr, linkId } = answerKey(req);
    const request = optOutRequestOf(objectBody(req), d.units());
    const outcome = await d.feedback.confirm(cvr, linkId, request, actorOf(c));
    return outcome.kind === 'confirmed' ? { response: outcome.response, optOut: outcome.optOut } : refuseReview(outcome);
  }, { coordinator: true }));

  server.post('/api/tab/feedback/responses/:cvr/:linkId/dismiss', route(async (req, _res, c): Promise<FeedbackResponse> => {
    const { cvr, linkId } = answerKey(req);
    const raw = objectBody(req).reason;
    const reason = typeof raw === 'string' ? raw.trim() : '';
    if (!reason || reason.length > 500) fail(400, 'invalid', 'Skriv en begrundelse (højst 500 tegn).', { reason: 'Skal udfyldes.' });
    if (findCprNumbers(reason).length > 0) fail(400, 'invalid', 'Begrundelsen ser ud til at indeholde et CPR-nummer. Fjern det.', { reason: 'Fjern CPR-nummeret.' });
    const outcome = await d.feedback.dismiss(cvr, linkId, reason, actorOf(c));
    return outcome.kind === 'dismissed' ? outcome.response : refuseReview(outcome);
  }, { coordinator: true }));
}

function cvrQuery(req: Request): string {
  const cvr = (req.query as Record<string, unknown>).cvr;
  return typeof cvr === 'string' && isValidCvr(cvr) ? cvr : fail(400, 'invalid', 'Det er ikke et gyldigt CVR-nummer.');
}

function answerKey(req: Request): { cvr: string; linkId: string } {
  const cvr = String(req.params.cvr ?? '');
  const linkId = String(req.params.linkId ?? '');
  return isValidCvr(cvr) && isEventId(linkId) ? { cvr, linkId } : fail(404, 'not_found', 'Svaret findes ikke.');
}

function refuseReview(outcome: ReviewRefusal): never {
  if (outcome.kind === 'notFound') return fail(404, 'not_found', 'Svaret findes ikke, eller det beder ikke om færre henvendelser.');
  const review = outcome.response.review;
  const what = review?.state === 'confirmed' ? 'bekræftet' : 'afvist';
  const when = review?.decidedAt ? ` ${formatDay(copenhagenDay(new Date(review.decidedAt)), 'da')}` : '';
  return fail(409, 'already_decided', `Ønsket er allerede ${what} af ${review?.decidedBy ?? 'en anden'}${when}.`);
}
