import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'restify';
import type { HttpServer } from './server.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};

/**
 * Scripts only from this server (Vite emits no inline script); styles also inline, because Fluent UI's griffel
 * inserts its rules as <style> elements at run time; the API is same-origin; teams-js talks to Teams through
 * postMessage, which CSP does not govern. Framing stays limited to Teams' origins.
 */
export const TAB_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:",
  "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com",
].join('; ');

/**
 * The built tab (tab/dist) at /tab/. Hashed assets are cached for a year; index.html never, so a deploy
 * reaches users at once. Teams shows the tab in an iframe, so framing is allowed for Teams' origins only.
 */
export function registerStaticTab(server: HttpServer, distDir: string, log: (m: string) => void): void {
  if (!existsSync(path.join(distDir, 'index.html'))) log(`The tab is not built (${distDir}/index.html missing): run npm run build.`);
  server.get('/tab', async (_req: Request, res: Response) => {
    res.header('Location', '/tab/');
    res.send(301);
  });
  server.get('/tab/*', async (req: Request, res: Response) => {
    const relative = decodeURIComponent((req.path() ?? '').replace(/^\/tab\/?/, '')) || 'index.html';
    const file = path.resolve(distDir, relative);
    if (!file.startsWith(path.resolve(distDir) + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.send(404, { error: 'not_found', message: 'Siden findes ikke.' });
      return;
    }
    const immutable = relative.startsWith('assets/');
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Content-Security-Policy': TAB_CSP,
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  });
}
