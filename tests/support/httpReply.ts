import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Answers a plain node:http request. restify, loaded by other suites in the same mocha process, replaces
 * ServerResponse.prototype.writeHead with a version that returns nothing, so `writeHead(...).end()` throws
 * there; setting the status and headers directly works with and without it.
 */
export function reply(res: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}, body?: string | Buffer): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
  res.end(body);
}
