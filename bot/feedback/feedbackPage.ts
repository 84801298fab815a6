import type { Request, Response } from 'restify';
import { FEEDBACK_FORM_FIELDS } from '../domain/feedbackForm.js';
import { purposeName, unitNameOf, type Naming } from '../domain/units.js';
import { FEEDBACK_PATH, type FeedbackService, type LinkOpening } from '../services/feedbackService.js';
import type { LogFn } from '../util/logger.js';
import type { RateLimiter } from '../util/rateLimiter.js';
import { FEEDBACK_PAGE_HEADERS, formPage, refusalPage, thanksPage, type FormModel } from './feedbackHtml.js';
import { FEEDBACK_PAGE_TEXTS, type RefusalKind } from './feedbackTexts.js';
import { readFormBody } from './formBody.js';
import type { Server as HttpServer } from 'restify';

/**
 * The longest valid answer is about 9.1 kB: a 1,000-character comment of three-byte UTF-8 characters,
 * percent-encoded, and the three short fields. Anything longer is not an answer.
 */
const FEEDBACK_MAX_BODY = 12 * 1024;

export interface FeedbackPageDeps {
  feedback: FeedbackService;
  limiter: RateLimiter;
  /**
   * Behind App Service's front end the client's address is the last X-Forwarded-For entry (the front end appends
   * it; entries before it are whatever the client sent). Without such a proxy the header is the client's own
   * word, so the socket's address is used.
   */
  trustProxy: boolean;
  naming: () => Naming;
  log: LogFn;
}

/**
 * GET and POST /feedback/:token: the public page where a company's contact person answers. No sign-in: the signed
 * token is the authority, and it is checked on every request. Both methods count against a per-address limit.
 */
export function registerFeedbackPage(server: HttpServer, d: FeedbackPageDeps): void {
  const publicRoute = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    const decision = d.limiter.take(clientAddress(req, d.trustProxy));
    if (!decision.allowed) {
      // The body of a refused post is never read: close the connection rather than wait for it.
      sendPage(res, 429, refusalPage('tooMany', decision.retryAfterSeconds), { 'Retry-After': String(decision.retryAfterSeconds), Connection: 'close' });
      return;
    }
    try {
      await handler(req, res);
    } catch (e) {
      d.log(`feedback page ${req.method} failed`, e);
      if (!res.headersSent) sendPage(res, 503, refusalPage('unavailable'));
    }
  };

  server.get(`${FEEDBACK_PATH}:token`, publicRoute(async (req, res) => {
    const opening = await d.feedback.open(tokenOf(req));
    if (opening.kind !== 'open') return refuse(res, opening.kind);
    sendPage(res, 200, formPage(formModel(req, opening, {}, {}, d.naming())));
  }));

  server.post(`${FEEDBACK_PATH}:token`, publicRoute(async (req, res) => {
    const body = await readFormBody(req, FEEDBACK_MAX_BODY, FEEDBACK_FORM_FIELDS);
    if (body.kind === 'tooLarge') return sendPage(res, 413, refusalPage('tooLarge'), { Connection: 'close' });
    if (body.kind === 'unsupportedType') return sendPage(res, 415, refusalPage('unsupported'), { Connection: 'close' });
    if (body.kind === 'malformed') return sendPage(res, 400, refusalPage('unsupported'));
    const outcome = await d.feedback.answer(tokenOf(req), body.fields);
    switch (outcome.kind) {
      case 'stored':
        return sendPage(res, 200, thanksPage(outcome.response.wish));
      case 'formErrors':
        return sendPage(res, 422, formPage(formModel(req, outcome.opening, body.fields, outcome.errors, d.naming())));
      default:
        return refuse(res, outcome.kind);
    }
  }));
}

const REFUSALS: Record<Exclude<LinkOpening['kind'], 'open'>, { status: number; kind: RefusalKind }> = {
  invalid: { status: 404, kind: 'invalid' },
  expired: { status: 410, kind: 'expired' },
  used: { status: 410, kind: 'used' },
};

function refuse(res: Response, kind: keyof typeof REFUSALS): void {
  sendPage(res, REFUSALS[kind].status, refusalPage(REFUSALS[kind].kind));
}

function formModel(
  req: Request, opening: Extract<LinkOpening, { kind: 'open' }>, values: FormModel['values'], errors: FormModel['errors'], naming: Naming,
): FormModel {
  const link = opening.link.value;
  const unit = link.unit ? unitNameOf(naming.units, link.unit, 'da') : null;
  const purpose = link.purpose ? purposeName(naming.purposes, link.purpose, 'da') : null;
  return {
    action: `${FEEDBACK_PATH}${encodeURIComponent(tokenOf(req))}`,
    companyName: opening.companyName,
    context: unit ? FEEDBACK_PAGE_TEXTS.context(unit, purpose) : null,
    values,
    errors,
  };
}

function tokenOf(req: Request): string {
  return String(req.params.token ?? '');
}

function clientAddress(req: Request, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim() : '';
  const address = forwarded || req.socket.remoteAddress || 'unknown';
  // App Service writes "203.0.113.7:51234" (or "[2001:db8::1]:51234"): the port changes per connection.
  return address.replace(/^\[([^\]]+)\](?::\d+)?$/, '$1').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1');
}

function sendPage(res: Response, status: number, html: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(html, 'utf8');
  res.writeHead(status, { ...FEEDBACK_PAGE_HEADERS, ...headers, 'Content-Length': body.length });
  res.end(body);
}
