/**
 * The server the browser tests run against: TAB_BASE_URL when set (the real server, in local mode with demo
 * data), otherwise a mock started here. Either way the tests reach the API as a local user would.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { LocalUser } from '../../../bot/contract/api.js';
import { startMockApi, type MockApi } from './mockApi.js';
import { TAB_DIST } from './staticFiles.js';

export interface Target {
  baseUrl: string;
  mock: MockApi | null;
  users: LocalUser[];
  close(): Promise<void>;
}

export async function startTarget(baseUrl: string | undefined = process.env.TAB_BASE_URL): Promise<Target> {
  let mock: MockApi | null = null;
  if (!baseUrl) {
    if (!existsSync(path.join(TAB_DIST, 'index.html'))) {
      throw new Error(`${TAB_DIST}/index.html is missing: build the tab first (npx vite build --config tab/vite.config.ts)`);
    }
    mock = await startMockApi();
    baseUrl = mock.url;
  }
  const url = baseUrl.replace(/\/+$/, '');
  const res = await fetch(`${url}/api/tab/local-auth/users`);
  if (!res.ok) throw new Error(`${url} is not in local mode (GET /api/tab/local-auth/users: ${res.status})`);
  const body = (await res.json()) as LocalUser[] | { users: LocalUser[] };
  const users = Array.isArray(body) ? body : body.users;
  return { baseUrl: url, mock, users, close: async () => { await mock?.close(); } };
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
