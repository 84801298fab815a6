/** Serves the built tab (tab/dist) the way the server does: at /tab/, index.html for the folder itself. */
import { reply } from '../../support/httpReply.js';
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import * as path from 'node:path';

export const TAB_DIST = path.resolve(__dirname, '../../../../tab/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2',
};

export async function serveTab(urlPath: string, res: ServerResponse): Promise<void> {
  let rel = decodeURIComponent(urlPath.replace(/^\/tab\/?/, ''));
  if (rel === '') rel = 'index.html';
  const file = path.resolve(TAB_DIST, rel);
  if (!file.startsWith(TAB_DIST + path.sep)) {
    reply(res, 403);
    return;
  }
  try {
    const body = await readFile(file);
    reply(res, 200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length }, body);
  } catch {
    reply(res, 404, { 'Content-Type': 'text/plain' }, 'not found');
  }
}
