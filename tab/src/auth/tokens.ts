/** Where the bearer token comes from: Teams SSO inside Teams, the server's local issuer outside it. */
import { API_BASE, ApiRequestError, type TokenSource } from '../api/client';
import type { LocalTokenRequest, LocalTokenResponse, LocalUser } from '../api/types';
import { teamsJs } from '../host/teamsHost';

/** teams-js caches the SSO token and refreshes it before expiry, so every request simply asks again. */
export class TeamsTokenSource implements TokenSource {
  async token(): Promise<string> {
    const { authentication } = await teamsJs();
    return authentication.getAuthToken();
  }

  async renew(): Promise<string | null> {
    return null;
  }
}

export class LocalTokenSource implements TokenSource {
  private current: Promise<string> | null = null;

  constructor(readonly userId: string) {}

  token(): Promise<string> {
    this.current ??= requestLocalToken(this.userId);
    return this.current;
  }

  /** Local tokens last an hour; a tab left open longer gets a new one on its next 401. */
  async renew(): Promise<string | null> {
    this.current = requestLocalToken(this.userId);
    return this.current;
  }
}

async function requestLocalToken(userId: string): Promise<string> {
  const body: LocalTokenRequest = { userId };
  const res = await fetch(`${API_BASE}/local-auth/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  }).catch(() => {
    throw new ApiRequestError('network', 0, '', 'network');
  });
  if (!res.ok) throw new ApiRequestError('http', res.status, '', 'local_token');
  return ((await res.json()) as LocalTokenResponse).token;
}

/** Null when the server is not in local mode (it answers 404). */
export async function fetchLocalUsers(): Promise<LocalUser[] | null> {
  const res = await fetch(`${API_BASE}/local-auth/users`, { headers: { Accept: 'application/json' } }).catch(() => {
    throw new ApiRequestError('network', 0, '', 'network');
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new ApiRequestError('http', res.status, '', 'local_users');
  const body = (await res.json()) as LocalUser[] | { users: LocalUser[] };
  return Array.isArray(body) ? body : body.users;
}

const STORAGE_KEY = 'erhvervskoordinator.localUser';

export function rememberedLocalUser(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberLocalUser(userId: string | null): void {
  try {
    if (userId === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, userId);
  } catch {
    // Storage blocked (third-party iframe settings): the picker simply shows again next time.
  }
}
