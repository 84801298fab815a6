/**
 * The server the browser tests run against: by default the real server (restify, the tab API, the bot, Azurite)
 * in local mode with the demo data `npm start` seeds; TAB_BASE_URL points them at a server already running.
 * Either way the tests reach the API as a local user would.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { LocalUser } from '../../../bot/contract/api.js';
import { startTestAzurite } from '../../support/storage.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../../support/testApp.js';
import { TAB_DIST } from './staticFiles.js';

export interface Target {
  baseUrl: string;
  /** The server started for the suite, to bring it into a state through its own endpoints; null on TAB_BASE_URL. */
  app: TestApp | null;
  users: LocalUser[];
  close(): Promise<void>;
}

let shared: Promise<Target> | null = null;

/**
 * TAB_BASE_URL when set; otherwise one real server with demo data shared by the browser suites of this test
 * run (seeding takes 10–20 s, once), which `prepare` brings into a suite's state through the product's own
 * endpoints (the bot installed in a channel, companies answering feedback links). Suites compare the page with
 * what the API answers at that moment, so what an earlier suite saved does not break a later one; a suite
whose assertions start from the demo data as seeded asks for its own server.
 */
export async function startSuiteTarget(opts: { prepare?: (app: TestApp) => Promise<void>; ownServer?: boolean | TestAppOptions } = {}): Promise<Target> {
  const { prepare, ownServer } = opts;
  if (!existsSync(path.join(TAB_DIST, 'index.html'))) throw new Error(`${TAB_DIST}/index.html is missing: build first (npm run build)`);
  // A suite with a seed of its own needs its own server; the others can run against one started elsewhere.
  if (typeof ownServer === 'object') return startOwnServer(ownServer, prepare);
  if (process.env.TAB_BASE_URL) return startTarget(process.env.TAB_BASE_URL);
  if (ownServer) return startDemoServer(prepare);
  shared ??= startDemoServer();
  const target = await shared;
  if (target.app) await prepare?.(target.app);
  return { ...target, close: async () => {} };
}

/** Stops the shared server, once every suite of the run is done (a root-level hook in suite.ts). */
export async function stopSharedServer(): Promise<void> {
  const running = shared;
  shared = null;
  await (await running?.catch(() => null))?.close();
}

/** The real server on its own tables in its own Azurite, seeded with the fictional demo data as `npm start` is. */
export function startDemoServer(prepare?: (app: TestApp) => Promise<void>): Promise<Target> {
  return startOwnServer({ config: { seedDemoData: true } }, prepare);
}

/** The real server on its own tables in its own Azurite, with the suite's seed and settings. */
async function startOwnServer(options: TestAppOptions, prepare?: (app: TestApp) => Promise<void>): Promise<Target> {
  const azurite = await startTestAzurite();
  let app: TestApp | null = null;
  try {
    app = await startTestApp(azurite, { ...options, deps: { accessLog: { flushMs: 10 }, retentionTickMs: 0, ...options.deps } });
    await prepare?.(app);
    const target = await startTarget(app.baseUrl);
    const started = app;
    return { ...target, app, close: async () => { await started.stop(); await azurite.stop(); } };
  } catch (e) {
    await app?.stop();
    await azurite.stop();
    throw e;
  }
}

/** A server that is already running in local mode, at `baseUrl`. */
export async function startTarget(baseUrl: string): Promise<Target> {
  const url = baseUrl.replace(/\/+$/, '');
  const res = await fetch(`${url}/api/tab/local-auth/users`);
  if (!res.ok) throw new Error(`${url} is not in local mode (GET /api/tab/local-auth/users: ${res.status})`);
  const body = (await res.json()) as LocalUser[] | { users: LocalUser[] };
  const users = Array.isArray(body) ? body : body.users;
  return { baseUrl: url, app: null, users, close: async () => {} };
}

export function coordinatorOf(target: Target): LocalUser {
  const u = target.users.find((x) => x.coordinator);
  if (!u) throw new Error('no coordinator among the local users');
  return u;
}

export function staffOf(target: Target): LocalUser {
  const u = target.users.find((x) => !x.coordinator);
  if (!u) throw new Error('no staff member among the local users');
  return u;
}

export async function localToken(target: Target, user: LocalUser): Promise<string> {
  const res = await fetch(`${target.baseUrl}/api/tab/local-auth/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId: user.userId }),
  });
  if (!res.ok) throw new Error(`local token for ${user.name}: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

export type Api = Awaited<ReturnType<typeof apiAs>>;

/** The API as a given local user sees it, from Node: the numbers the UI must show. */
export async function apiAs(target: Target, user: LocalUser) {
  const token = await localToken(target, user);
  const call = async <T>(method: string, p: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${target.baseUrl}/api/tab${p}`, {
      method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  return {
    get: <T>(p: string) => call<T>('GET', p),
    post: <T>(p: string, body: unknown) => call<T>('POST', p, body),
    put: <T>(p: string, body: unknown) => call<T>('PUT', p, body),
  };
}
