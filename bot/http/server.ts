import restify from 'restify';

export type HttpServer = restify.Server;

/** A restify server with the body parser the bot and the tab API need, and nothing else. */
export function createHttpServer(name: string): HttpServer {
  const server = restify.createServer({ name, handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
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
