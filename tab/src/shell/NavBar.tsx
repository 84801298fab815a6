import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { hrefs, type Route } from '../routing/routes';

const useStyles = makeStyles({
  nav: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  list: {
    display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyle: 'none', margin: 0,
    padding: `0 ${tokens.spacingHorizontalL}`, maxWidth: '1280px', marginInline: 'auto', boxSizing: 'border-box',
  },
  link: {
    display: 'inline-block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    borderBottom: `3px solid transparent`,
    ':hover': { color: tokens.colorNeutralForeground1, borderBottomColor: tokens.colorNeutralStroke1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px', borderRadius: tokens.borderRadiusMedium },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
    ':hover': { borderBottomColor: tokens.colorCompoundBrandStroke },
  },
});

function section(route: Route): string {
  if (route.page === 'company' || route.page === 'companySearch') return 'companies';
  return route.page;
}

/** Plain links, not a tab list: each entry is a page with its own address, and links say so. */
export function NavBar({ route, coordinator, dataProtection }: { route: Route; coordinator: boolean; dataProtection: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  const items = [
    { key: 'overview', href: hrefs.overview, label: t.nav.overview },
    { key: 'companies', href: hrefs.companySearch, label: t.nav.companies },
    { key: 'optOuts', href: hrefs.optOuts, label: t.nav.optOuts },
    { key: 'plan', href: hrefs.plan, label: t.nav.plan },
    // Everyone reads the strategy: it says who to ask first.
    { key: 'strategy', href: hrefs.strategy, label: t.nav.strategy },
    { key: 'quality', href: hrefs.quality, label: t.nav.quality },
    { key: 'proposals', href: hrefs.proposals, label: t.nav.proposals },
    { key: 'registerChanges', href: hrefs.registerChanges, label: t.nav.registerChanges },
    // Everyone has settings since issue 18: their own activity-feed notices (the channel stays the coordinator's).
    { key: 'settings', href: hrefs.settings, label: t.nav.settings },
    // The DataProtection role (the DPO) checks the coordinator's handling of personal data there.
    ...(coordinator || dataProtection ? [{ key: 'dataProtection', href: hrefs.dataProtection, label: t.nav.dataProtection }] : []),
  ];
  const current = section(route);
  return (
    <nav aria-label={t.app.navLabel} className={styles.nav}>
      <ul className={styles.list}>
        {items.map((i) => (
          <li key={i.key}>
            <a href={i.href} aria-current={i.key === current ? 'page' : undefined}
              className={mergeClasses(styles.link, i.key === current && styles.current)}>
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
