/** Who is signed in and how to reach the API: everything a page needs once sign-in is done. */
import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { MeResponse, UnitId } from '../api/types';
import { useI18n } from '../i18n';
import { unitNameOf } from '@contract/domain';

export interface Session {
  api: ApiClient;
  me: MeResponse;
  inTeams: boolean;
  /** Fetches /me again, e.g. after a strategy save renamed a unit or changed the window, so every page shows it. */
  refreshMe: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in shell');
  return session;
}

/** A unit's name in the UI language: the short Danish name, or the English one. */
export function useUnitName(): (id: UnitId) => string {
  const { me } = useSession();
  const { locale } = useI18n();
  return (id) => unitNameOf(me.units, id, locale);
}
