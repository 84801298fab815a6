import './quietRestifyLoad.js';
import restify from 'restify';
import type { Logger } from '../util/logger.js';
import { requestLog } from './requestLog.js';

export type HttpServer = restify.Server;

export interface HttpServerOptions {
  /**
   * Paths that read their own bodies with their own limits (the public feedback page): the parser leaves them
   * unread.
   */
  ownBodies?: readonly string[];
  /** Outside local mode every answer carries Strict-Transport-Security (browsers heed it over HTTPS only). */
  localMode?: boolean;
}

/** A year: what App Service's own HTTPS-only setting and the HSTS preload rules expect. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * A restify server with the body parser the bot and the tab API need, and nothing else.
 *
 * A compressed body is refused (415) before any route or parser sees it: restify's limit counts the compressed
 * bytes, so a 255 kB gzip of zeros inflated to a gigabyte before authentication. No client of this server
 * (Teams, the tab, a browser's form post) sets a Content-Encoding on what it sends. Each request gets a correlation
 * id and a line in the log when it is answered.
 */
export function createHttpServer(name: string, logger: Logger, o: HttpServerOptions = {}): HttpServer {
  const ownBodies = o.ownBodies ?? [];
  // find-my-way's default of 100 characters per path parameter is shorter than a feedback link's token.
  const server = restify.createServer({ name, handleUncaughtExceptions: false, maxParamLength: 512 });
  server.pre((req, res, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    if (!o.localMode) res.header('Strict-Transport-Security', HSTS);
    if (req.headers['content-encoding'] !== undefined) {
      res.writeHead(415, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
      res.end(JSON.stringify({ error: 'unsupported_encoding', message: 'Komprimerede forespørgsler modtages ikke. (Compressed request bodies are not accepted.)' }));
      return next(false);
    }
    return next();
  });
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
