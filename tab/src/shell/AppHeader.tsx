import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { MeResponse } from '../api/types';
import { unitLabel } from '@contract/domain';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  header: { backgroundColor: tokens.colorNeutralBackground1 },
  bar: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, maxWidth: '1280px', marginInline: 'auto', boxSizing: 'border-box',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  user: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  banner: { maxWidth: '1280px', marginInline: 'auto', padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`, boxSizing: 'border-box' },
});

export function AppHeader({ me, onSwitchUser }: { me: MeResponse; onSwitchUser: (() => void) | null }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const unit = me.units.find((u) => u.id === me.unit);
  const unitName = unit ? unitLabel(unit, locale) : '';
  const role = me.isCoordinator ? t.app.roleCoordinator : t.app.roleStaff(unitName || '–');
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <div>
          {/* The app name is not the page's h1: each page has its own. */}
          <p className={styles.title}>{t.app.title}</p>
          <p className={styles.subtitle}>{t.app.subtitle}</p>
        </div>
        <div className={styles.user}>
          <span>{t.app.signedInAs(me.name)} ({role})</span>
          {onSwitchUser ? <Button size="small" onClick={onSwitchUser}>{t.app.switchUser}</Button> : null}
        </div>
      </div>
      {me.local ? (
        <div className={styles.banner}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.app.localBanner}</MessageBarTitle> {t.app.localBannerDetail}
            </MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
    </header>
  );
}
