import './quietRestifyLoad.js';
import restify from 'restify';
import type { Logger } from '../util/logger.js';
import { requestLog } from './requestLog.js';

export type HttpServer = restify.Server;

/**
 * A restify server with the body parser the bot and the tab API need, and nothing else. Paths under
 * `ownBodies` read their own bodies with their own limits (the public feedback page), so the parser leaves them
 * unread. Each request gets a correlation id and a line in the log when it is answered.
 */
export function createHttpServer(name: string, logger: Logger, ownBodies: readonly string[] = []): HttpServer {
  // find-my-way's default of 100 characters per path parameter is shorter than a feedback link's token.
  const server = restify.createServer({ name, handleUncaughtExceptions: false, maxParamLength: 512 });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  const skip = (req: restify.Request) => ownBodies.some((prefix) => (req.path() ?? '').startsWith(prefix));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 })
    .map((parse): restify.RequestHandler => (req, res, next) => (skip(req) ? next() : parse(req, res, next))));
  server.use(requestLog(logger));
  return server;
}

export function listen(server: HttpServer, port: number, host = '0.0.0.0'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export function close(server: HttpServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
