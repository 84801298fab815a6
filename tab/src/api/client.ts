/**
 * Fetch with the bearer token. Errors come back as ApiRequestError carrying the server's Danish message
 * and per-field messages, so forms can show them as they are.
 */
import type { ApiError } from './types';

export interface TokenSource {
  token(): Promise<string>;
  /** A fresh token after a 401 (expired local token); null when a retry cannot help. */
  renew(): Promise<string | null>;
}

export type ErrorKind = 'network' | 'http';

export class ApiRequestError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly status: number,
    /** The server's ApiError.message, or '' when it sent none. */
    readonly serverMessage: string,
    readonly code: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(serverMessage || `${kind} ${status}`);
  }
}

export type Query = Record<string, string | number | null | undefined>;

export const API_BASE = '/api/tab';

export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function errorFrom(res: Response): Promise<ApiRequestError> {
  let body: Partial<ApiError> = {};
  try {
    body = (await res.json()) as Partial<ApiError>;
  } catch {
    // Not JSON (a proxy's error page): the status alone has to do.
  }
  return new ApiRequestError('http', res.status, typeof body.message === 'string' ? body.message : '',
    typeof body.error === 'string' ? body.error : '', body.fields ?? {});
}

export class ApiClient {
  constructor(private readonly tokens: TokenSource) {}

  private async send(path: string, init: RequestInit, query?: Query): Promise<Response> {
    const attempt = async (token: string): Promise<Response> => {
      try {
        return await fetch(apiUrl(path, query), {
          ...init,
          headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` },
        });
      } catch {
        throw new ApiRequestError('network', 0, '', 'network');
      }
    };
    let res = await attempt(await this.tokens.token());
    if (res.status === 401) {
      const renewed = await this.tokens.renew();
      if (renewed) res = await attempt(renewed);
    }
    if (!res.ok) throw await errorFrom(res);
    return res;
  }

  async get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    const res = await this.send(path, { method: 'GET', signal, headers: { Accept: 'application/json' } }, query);
    return (await res.json()) as T;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return this.sendJson<T>('POST', path, body);
  }

  async put<T>(path: string, body: unknown): Promise<T> {
    return this.sendJson<T>('PUT', path, body);
  }

  private async sendJson<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T> {
    const res = await this.send(path, {
      method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    });
    return (await res.json()) as T;
  }

  /** A file endpoint: fetched with the token (a plain link would carry none) and saved through a blob URL. */
  async download(path: string, query: Query, fallbackName: string): Promise<string> {
    const res = await this.send(path, { method: 'GET' }, query);
    const blob = await res.blob();
    const name = fileNameFrom(res.headers.get('Content-Disposition')) ?? fallbackName;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return name;
  }
}

export function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // Fall through to the plain filename.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}
