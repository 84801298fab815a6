import { AsyncResource } from 'node:async_hooks';
import type { Request, RequestHandler, Response } from 'restify';
import { currentCorrelation, withCorrelation, type Logger } from '../util/logger.js';

/** Paths probed every few seconds by the platform: their lines would drown the rest at info. */
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Gives every request its correlation id (the caller's x-correlation-id when it sends a sane one) and writes one
 * line when the response is finished: method, the route's pattern (never the path itself: a feedback link's
 * path is its secret token), status and duration. Runs after the body parser so that the activity id of a
 * Teams activity is known, and so the context is set where the handlers run.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next) => {
    const started = performance.now();
    const offered = req.header('x-correlation-id');
    const correlationId = offered && /^[\w.-]{8,64}$/.test(offered) ? offered : undefined;
    const activityId = activityIdOf(req);
    withCorrelation(() => {
      res.header('x-correlation-id', currentCorrelation()?.correlationId ?? '');
      // Bound, so that the line is written inside this request's context although 'finish' fires outside it.
      res.once('finish', AsyncResource.bind(() => {
        const status = res.statusCode;
        const fields = { method: req.method, route: routeOf(req), status, ms: Math.round(performance.now() - started) };
        if (status >= 500) logger.warn(fields, 'request failed');
        else if (QUIET_PATHS.has(req.path() ?? '')) logger.debug(fields, 'request');
        else logger.info(fields, 'request');
      }));
      next();
    }, { correlationId, activityId });
  };
}

function routeOf(req: Request): string {
  const route = req.getRoute?.();
  return route ? String(route.path) : 'unmatched';
}

function activityIdOf(req: Request): string | undefined {
  if (req.path() !== '/api/messages') return undefined;
  const id = (req.body as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.length <= 128 ? id : undefined;
}
