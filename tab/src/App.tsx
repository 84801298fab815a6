/**
 * Start-up: find the host (Teams or a plain browser), pick language and theme from it, sign in, then
 * show the pages. The channel-tab configuration page needs no sign-in and is served before it.
 */
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiRequestError } from './api/client';
import { errorText } from './api/errorText';
import { LocalSignIn } from './auth/LocalSignIn';
import { useSignIn } from './auth/useSignIn';
import { readOverrides } from './host/overrides';
import { detectHost, onTeamsThemeChange, type HostInfo, type HostTheme } from './host/teamsHost';
import { fluentTheme } from './host/theme';
import { I18nContext, localeFromHost, messagesFor, useI18n } from './i18n';
import { deepLinkHref, navigate, useRoute } from './routing/routes';
import { AppShell } from './shell/AppShell';
import { Pages } from './shell/Pages';
import { SessionContext, type Session } from './shell/session';
import type { MeResponse } from './api/types';
import { StandaloneMessage } from './shell/StandaloneMessage';

const ConfigPage = lazy(() => import('./pages/config/ConfigPage'));

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
});

export function App() {
  const overrides = useMemo(() => readOverrides(), []);
  const [host, setHost] = useState<HostInfo | null>(null);
  const [theme, setTheme] = useState<HostTheme>(overrides.theme ?? 'default');

  useEffect(() => {
    void detectHost().then((h) => {
      // Opened from an activity-feed notice: go to the page it names before anything renders.
      const linked = deepLinkHref(h.subPage);
      if (linked) navigate(linked);
      setHost(h);
      if (h.inTeams) {
        setTheme(h.theme);
        void onTeamsThemeChange(setTheme);
      }
    });
  }, []);

  const locale = localeFromHost(host?.inTeams ? host.locale : overrides.lang);
  const i18n = useMemo(() => ({ locale, t: messagesFor(locale) }), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = i18n.t.app.title;
  }, [locale, i18n]);
  useEffect(() => {
    // Native parts (date pickers, scrollbars) follow the theme too.
    document.documentElement.style.colorScheme = theme === 'default' ? 'light' : 'dark';
  }, [theme]);

  const styles = useStyles();
  return (
    <I18nContext.Provider value={i18n}>
      <FluentProvider theme={fluentTheme(theme)} className={styles.root}>
        {host === null ? <StandaloneMessage heading={i18n.t.app.title} message={i18n.t.app.starting} busy /> : <Hosted host={host} />}
      </FluentProvider>
    </I18nContext.Provider>
  );
}

function Hosted({ host }: { host: HostInfo }) {
  const route = useRoute();
  if (route.page === 'config') {
    return (
      <Suspense fallback={null}>
        <ConfigPage inTeams={host.inTeams} />
      </Suspense>
    );
  }
  return <SignedIn inTeams={host.inTeams} />;
}

function SignedIn({ inTeams }: { inTeams: boolean }) {
  const route = useRoute();
  const { state, pick, switchUser, retry } = useSignIn(inTeams);
  const { t } = useI18n();
  // A fresher /me than the one sign-in fetched, for the session it was fetched in.
  const [fresh, setFresh] = useState<{ of: Session['api']; me: MeResponse } | null>(null);
  const ready = state.stage === 'ready' ? state.session : null;
  const refreshMe = useCallback(async () => {
    if (ready) setFresh({ of: ready.api, me: await ready.api.get<MeResponse>('/me') });
  }, [ready]);
  const session = useMemo<Session | null>(() => (ready ? {
    ...ready, me: fresh?.of === ready.api ? fresh.me : ready.me, refreshMe,
  } : null), [ready, fresh, refreshMe]);
  switch (state.stage) {
    case 'working':
      return <StandaloneMessage heading={t.app.title} message={t.app.loading} busy />;
    case 'pick':
      return <LocalSignIn users={state.users} onPick={pick} />;
    case 'notLocal':
      return <StandaloneMessage heading={t.signIn.notLocalHeading} message={t.signIn.notLocalDetail} />;
    case 'failed': {
      // A failed getAuthToken is not an API error: say that Teams could not sign in, not that the server failed.
      const message = state.sso && !(state.error instanceof ApiRequestError) ? t.errors.sso : errorText(state.error, t);
      return <StandaloneMessage heading={t.errors.heading} message={message} error onRetry={retry} />;
    }
    case 'ready':
      return (
        <SessionContext.Provider value={session}>
          <AppShell me={session?.me ?? state.session.me} route={route} onSwitchUser={switchUser}>
            <Pages route={route} />
          </AppShell>
        </SessionContext.Provider>
      );
  }
}
