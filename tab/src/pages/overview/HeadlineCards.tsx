import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Headline } from '../../api/types';
import { formatInteger, formatPercent } from '../../format/format';
import { useI18n } from '../../i18n';

const useStyles = makeStyles({
  list: {
    display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(9.5rem, 1fr))', gap: tokens.spacingHorizontalM,
    margin: 0, padding: 0,
  },
  // A plain div, not Fluent's Card: a <dl> may only hold dt/dd groups wrapped in role-less divs.
  card: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow4,
    border: `1px solid ${tokens.colorTransparentStroke}`,
  },
  label: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  value: { margin: 0, fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  alert: { color: tokens.colorPaletteRedForeground1 },
  detail: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

interface Figure { key: string; label: string; value: number; text: string; detail?: string; alert?: boolean }

/** The figures a coordinator reads first, as big numbers; `data-value` holds the raw number for tests and tools. */
export function HeadlineCards({ headline }: { headline: Headline }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const n = (v: number) => formatInteger(v, locale);
  const figures: Figure[] = [
    { key: 'companies', label: t.overview.companies, value: headline.companiesInMunicipality, text: n(headline.companiesInMunicipality) },
    { key: 'contacted', label: t.overview.contacted, value: headline.contactedInPeriod, text: n(headline.contactedInPeriod), detail: t.overview.contactsInPeriod(n(headline.contactsInPeriod)) },
    { key: 'coverage', label: t.overview.coverage, value: headline.coveragePct, text: formatPercent(headline.coveragePct, locale) },
    { key: 'parallel', label: t.overview.parallel, value: headline.parallelCompanies, text: n(headline.parallelCompanies) },
    { key: 'silent', label: t.overview.silent, value: headline.silentCompanies, text: n(headline.silentCompanies), detail: t.overview.neverContacted(n(headline.neverContacted)) },
    { key: 'optedOut', label: t.overview.optedOut, value: headline.optedOutCompanies, text: n(headline.optedOutCompanies) },
    { key: 'breaches', label: t.overview.breaches, value: headline.breaches, text: n(headline.breaches), alert: headline.breaches > 0 },
  ];
  return (
    <dl className={styles.list}>
      {figures.map((f) => (
        <div key={f.key} className={styles.card} data-figure={f.key}>
          <dt className={styles.label}>{f.label}</dt>
          <dd className={mergeClasses(styles.value, f.alert && styles.alert)} data-value={f.value}>{f.text}</dd>
          {f.detail ? <dd className={styles.detail}>{f.detail}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
