import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Request, Response, Server as HttpServer } from 'restify';
import { SERVICE_URL_REFUSED } from './adapter.js';

const NEUTRAL: Record<number, { error: string; message: string }> = {
  400: { error: 'bad_request', message: 'The activity is not valid.' },
  401: { error: 'unauthorized', message: 'The request is not authorized.' },
  403: { error: 'forbidden', message: 'The service URL is not one this bot calls.' },
};

/**
 * POST /api/messages: every Teams activity enters here and goes through the adapter's authentication.
 *
 * botbuilder answers a failure with the error's own message ("Cannot read properties of undefined (reading 'id')",
 * "Invalid URL") and status 500. What it answers is therefore caught here: an activity without the parts every
 * activity has is refused before the adapter sees it, a failure is answered 400 (a well-formed, authenticated
 * activity reaches the bot, whose own errors the turn handler answers) and 401 with a neutral body; the detail
 * goes to the log only.
 */
export function registerMessagesRoute(server: HttpServer, adapter: CloudAdapter, bot: ActivityHandler, log: (message: string) => void): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = activityProblem(req.body);
    if (problem) {
      log(`Refused activity: ${problem}`);
      res.send(400, NEUTRAL[400]);
      return;
    }
    const answer: { status: number; body: unknown } = { status: 200, body: undefined };
    const held = {
      status(code: number) { answer.status = code; return held; },
      send(body: unknown) { answer.body = body; return held; },
      header() { return held; },
      end() { return held; },
    };
    await adapter.process(req, held as unknown as Response, (context) => bot.run(context));
    if (answer.status >= 500 || answer.status === 400 || answer.status === 401) {
      const status = answer.status === 401 ? 401 : String(answer.body).startsWith(SERVICE_URL_REFUSED) ? 403 : 400;
      // An invoke's own error response (the card action's "bad request") is meant for Teams and says nothing inside.
      if (answer.status === 400 && isInvokeError(answer.body)) {
        res.send(400, answer.body);
        return;
      }
      log(`Activity ${describe(req.body)} answered ${status} (was ${answer.status}): ${detail(answer.body)}`);
      res.send(status, NEUTRAL[status]);
      return;
    }
    if (answer.body === undefined) res.send(answer.status);
    else res.send(answer.status, answer.body);
  });
}

/** What every activity this bot handles carries; botbuilder assumes them without checking. */
function activityProblem(body: unknown): string | null {
  if (!isObject(body)) return 'the body is not a JSON object';
  if (typeof body.type !== 'string' || body.type === '') return 'no type';
  if (!isObject(body.conversation) || typeof body.conversation.id !== 'string' || body.conversation.id === '') return 'no conversation id';
  if (typeof body.serviceUrl !== 'string' || !isHttpUrl(body.serviceUrl)) return 'no http(s) serviceUrl';
  if (body.from !== undefined && !isObject(body.from)) return 'from is not an object';
  if (body.recipient !== undefined && !isObject(body.recipient)) return 'recipient is not an object';
  return null;
}

function isHttpUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isInvokeError(body: unknown): boolean {
  return isObject(body) && body.type === 'application/vnd.microsoft.error';
}

function describe(body: unknown): string {
  return isObject(body) ? `${String(body.type)}${body.name ? ` ${String(body.name)}` : ''}` : '(no activity)';
}

function detail(body: unknown): string {
  if (body instanceof Error) return body.stack ?? body.message;
  return typeof body === 'string' ? body : JSON.stringify(body ?? null);
}
