/**
 * Sign-in as a small state machine: Teams SSO when inside Teams; otherwise the local issuer's user
 * picker when the server runs in local mode, and a "use Teams" page when it does not.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiClient, ApiRequestError, type TokenSource } from '../api/client';
import type { LocalUser, MeResponse } from '../api/types';
import type { Session } from '../shell/session';
import { fetchLocalUsers, LocalTokenSource, rememberedLocalUser, rememberLocalUser, TeamsTokenSource } from './tokens';

export type SignInState =
  | { stage: 'working' }
  | { stage: 'pick'; users: LocalUser[] }
  | { stage: 'notLocal' }
  | { stage: 'failed'; error: unknown; sso: boolean }
  | { stage: 'ready'; session: Omit<Session, 'refreshMe'> };

export interface SignIn {
  state: SignInState;
  pick: (user: LocalUser) => void;
  /** Local mode only: forget the remembered user and show the picker. */
  switchUser: (() => void) | null;
  retry: () => void;
}

export function useSignIn(inTeams: boolean): SignIn {
  const [state, setState] = useState<SignInState>({ stage: 'working' });
  const [attempt, setAttempt] = useState(0);

  const start = useCallback(async (tokens: TokenSource, onRefused?: () => void) => {
    setState({ stage: 'working' });
    try {
      const api = new ApiClient(tokens);
      const me = await api.get<MeResponse>('/me');
      setState({ stage: 'ready', session: { api, me, inTeams } });
    } catch (error) {
      if (onRefused && error instanceof ApiRequestError && error.kind === 'http' && error.status < 500) onRefused();
      else setState({ stage: 'failed', error, sso: inTeams });
    }
  }, [inTeams]);

  useEffect(() => {
    if (inTeams) {
      void start(new TeamsTokenSource());
      return;
    }
    const showPicker = () => fetchLocalUsers().then((users) => {
      setState(users === null ? { stage: 'notLocal' } : { stage: 'pick', users });
    }, (error: unknown) => setState({ stage: 'failed', error, sso: false }));
    const remembered = rememberedLocalUser();
    // A remembered user goes straight to a token; if the server no longer knows them, the picker shows.
    if (remembered) void start(new LocalTokenSource(remembered), () => { rememberLocalUser(null); void showPicker(); });
    else void showPicker();
  }, [inTeams, start, attempt]);

  const pick = useCallback((user: LocalUser) => {
    rememberLocalUser(user.userId);
    void start(new LocalTokenSource(user.userId));
  }, [start]);

  const switchUser = useCallback(() => {
    rememberLocalUser(null);
    setAttempt((a) => a + 1);
  }, []);

  return {
    state, pick, switchUser: inTeams ? null : switchUser, retry: () => setAttempt((a) => a + 1),
  };
}
