import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MeResponse } from '../api/types';
import { useI18n } from '../i18n';
import type { Route } from '../routing/routes';
import { AppHeader } from './AppHeader';
import { NavBar } from './NavBar';

const useStyles = makeStyles({
  skip: {
    position: 'absolute', left: tokens.spacingHorizontalS, top: '-100px', zIndex: 10,
    padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorBrandForegroundLink,
    border: `2px solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusMedium, cursor: 'pointer',
    fontSize: tokens.fontSizeBase300,
    ':focus': { top: tokens.spacingVerticalS },
  },
  main: {
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXXL}`,
    maxWidth: '1280px', marginInline: 'auto', boxSizing: 'border-box',
    ':focus': { outline: 'none' },
  },
});

export function AppShell({ me, route, onSwitchUser, children }: {
  me: MeResponse; route: Route; onSwitchUser: (() => void) | null; children: ReactNode;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  // A button, not <a href="#main">: the hash is the router's.
  const skip = () => document.getElementById('main')?.focus();
  return (
    <>
      <button type="button" className={styles.skip} onClick={skip}>{t.app.skipToContent}</button>
      <AppHeader me={me} onSwitchUser={onSwitchUser} />
      <NavBar route={route} coordinator={me.isCoordinator} dataProtection={me.dataProtection} />
      <main id="main" tabIndex={-1} className={styles.main}>{children}</main>
    </>
  );
}
