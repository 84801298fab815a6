import type { LocalUser } from '../../bot/contract/api.js';

export interface TabReply<T> { status: number; body: T }

/** A bearer token for a local identity (local mode), by display name, through the server's own local issuer. */
export async function localToken(baseUrl: string, name: string): Promise<string> {
  const users = (await (await fetch(`${baseUrl}/api/tab/local-auth/users`)).json()) as LocalUser[];
  const user = users.find((u) => u.name === name);
  if (!user) throw new Error(`${name} is not a local user`);
  const res = await fetch(`${baseUrl}/api/tab/local-auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId: user.userId }) });
  return ((await res.json()) as { token: string }).token;
}

/** The tab API as a local identity sees it: JSON in, status and JSON out. */
export async function localTabApi(baseUrl: string, name: string) {
  const token = await localToken(baseUrl, name);
  const call = async <T>(method: string, path: string, body?: unknown): Promise<TabReply<T>> => {
    const res = await fetch(`${baseUrl}/api/tab${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown) => call<T>('POST', path, body),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
  };
}
