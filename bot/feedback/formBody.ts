import type { IncomingMessage } from 'node:http';

/**
 * Reads an HTML form post (application/x-www-form-urlencoded, UTF-8) with its own limits, for routes the global
 * body parser leaves alone (server.ts). Anything but a small form with known fields, each given once, is refused
 * before any of it is used.
 */
export type FormBody =
  | { kind: 'ok'; fields: Record<string, string> }
  | { kind: 'tooLarge' }
  | { kind: 'unsupportedType' }
  /** Unknown or repeated fields, bad percent-encoding or bytes that are not UTF-8. */
  | { kind: 'malformed' };

export async function readFormBody(req: IncomingMessage, maxBytes: number, known: readonly string[]): Promise<FormBody> {
  if (!isUtf8Form(req.headers['content-type']) || req.headers['content-encoding'] !== undefined) return { kind: 'unsupportedType' };
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) return { kind: 'tooLarge' };
  const raw = await readLimited(req, maxBytes);
  if (raw === null) return { kind: 'tooLarge' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { kind: 'malformed' };
  }
  const fields: Record<string, string> = {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const name = decode(at < 0 ? pair : pair.slice(0, at));
    const value = decode(at < 0 ? '' : pair.slice(at + 1));
    if (name === null || value === null || !known.includes(name) || Object.hasOwn(fields, name)) return { kind: 'malformed' };
    fields[name] = value;
  }
  return { kind: 'ok', fields };
}

function isUtf8Form(contentType: string | undefined): boolean {
  const [type, ...params] = (contentType ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/x-www-form-urlencoded') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

/** decodeURIComponent refuses broken sequences (%C3%28) that URLSearchParams would quietly turn into U+FFFD. */
function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * The body, or null as soon as it passes `maxBytes`: the rest is not kept (the stream keeps flowing to nobody, and
 * the answer closes the connection).
 */
function readLimited(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | null | Error) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish(null);
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks));
    const onError = (e: Error) => finish(e);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
