import http from 'node:http';
import type { AccessToken, TokenCredential } from '@azure/identity';

/** A request as the stub saw it. */
export interface GraphStubRequest {
  method: string;
  /** Path and query, e.g. /v1.0/users/…?$select=department,officeLocation */
  url: string;
  authorization: string | null;
  body: unknown;
}

export interface StubUser { department?: string | null; officeLocation?: string | null; groups?: string[] }

/** An activity-feed notice as Graph received it (POST /users/{id}/teamwork/sendActivityNotification). */
export interface StubNotification { userId: string; body: Record<string, unknown> }

/**
 * A local stand-in for the Microsoft Graph calls the server makes: GET /v1.0/users/{id} and POST
 * /v1.0/users/{id}/checkMemberGroups for the user directory, answered the way Graph answers them (404 with an
 * error body for an unknown user), and POST /v1.0/users/{id}/teamwork/sendActivityNotification (204, recorded in
 * `notifications`). `failWith` and `delayMs` simulate an outage and a Graph that does not answer in time.
 */
export class GraphStub {
  readonly requests: GraphStubRequest[] = [];
  readonly users = new Map<string, StubUser>();
  readonly notifications: StubNotification[] = [];
  failWith: number | null = null;
  delayMs = 0;
  private server: http.Server | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();

  /** The base URL to give the client, e.g. http://127.0.0.1:54321/v1.0 */
  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => { body += d.toString(); });
      req.on('end', () => {
        const seen: GraphStubRequest = {
          method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization ?? null, body: body ? JSON.parse(body) : null,
        };
        this.requests.push(seen);
        const [status, payload] = this.answer(seen);
        const send = (): void => {
          if (res.destroyed) return;
          // Two statements: restify, loaded by other tests, patches writeHead to return nothing.
          res.writeHead(status, status === 204 ? {} : { 'Content-Type': 'application/json' });
          res.end(status === 204 ? undefined : JSON.stringify(payload));
        };
        if (this.delayMs <= 0) return send();
        const timer = setTimeout(() => { this.timers.delete(timer); send(); }, this.delayMs);
        this.timers.add(timer);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('graph stub has no port');
    return `http://127.0.0.1:${address.port}/v1.0`;
  }

  private answer(r: GraphStubRequest): [number, unknown] {
    if (this.failWith !== null) return [this.failWith, error('ServiceUnavailable', 'simulated failure')];
    const url = new URL(r.url, 'http://stub');
    const notify = /^\/v1\.0\/users\/([^/]+)\/teamwork\/sendActivityNotification$/.exec(url.pathname);
    if (notify && r.method === 'POST') {
      // Graph answers 204 for any object id; whether the user exists and has the app shows only in Teams.
      this.notifications.push({ userId: decodeURIComponent(notify[1]), body: r.body as Record<string, unknown> });
      return [204, null];
    }
    const m = /^\/v1\.0\/users\/([^/]+)(\/checkMemberGroups)?$/.exec(url.pathname);
    if (!m) return [400, error('BadRequest', `no route for ${r.method} ${url.pathname}`)];
    const id = decodeURIComponent(m[1]);
    const user = this.users.get(id);
    if (!user) return [404, error('Request_ResourceNotFound', `Resource '${id}' does not exist`)];
    if (m[2] && r.method === 'POST') {
      const asked = (r.body as { groupIds?: string[] } | null)?.groupIds ?? [];
      return [200, { '@odata.context': 'stub', value: asked.filter((g) => (user.groups ?? []).includes(g)) }];
    }
    if (!m[2] && r.method === 'GET') {
      const select = (url.searchParams.get('$select') ?? 'id,department,officeLocation').split(',');
      const all: Record<string, unknown> = { id, department: user.department ?? null, officeLocation: user.officeLocation ?? null };
      return [200, Object.fromEntries(Object.entries(all).filter(([k]) => select.includes(k)))];
    }
    return [405, error('MethodNotAllowed', r.method)];
  }

  hits(fragment: string): number {
    return this.requests.filter((r) => r.url.includes(fragment)).length;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function error(code: string, message: string): unknown {
  return { error: { code, message, innerError: { 'request-id': 'stub' } } };
}

/** A credential that hands out a fixed token, so tests can assert the Authorization header it leads to. */
export class FixedTokenCredential implements TokenCredential {
  calls = 0;
  fail = false;

  constructor(readonly token: string) {}

  async getToken(): Promise<AccessToken> {
    this.calls++;
    if (this.fail) throw new Error('token endpoint unreachable (simulated)');
    return { token: this.token, expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}
