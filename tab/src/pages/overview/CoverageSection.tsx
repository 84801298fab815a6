import type { CoverageRow, Overview } from '../../api/types';
import { BarChart, type Bar } from '../../components/BarChart';
import { Section } from '../../components/Section';
import { formatCoverageIndex, formatPercent } from '../../format/format';
import { useI18n, type Locale, type Messages } from '../../i18n';
import { useTableStyles } from '../../components/tableStyles';
import { CoverageTable, isUnder } from './CoverageTable';

function bars(rows: readonly CoverageRow[], locale: Locale, t: Messages): Bar[] {
  return rows.map((r) => ({
    key: r.key,
    label: locale === 'en' ? r.labelEn : r.label,
    value: r.coveragePct,
    valueText: `${formatPercent(r.coveragePct, locale)}${r.index === null ? '' : `, ${t.overview.indexCol.toLowerCase()} ${formatCoverageIndex(r.index, locale)}`}`,
    highlight: isUnder(r),
    muted: r.small,
    note: isUnder(r) ? t.overview.underRepresented.toLowerCase() : r.small ? t.overview.small : undefined,
  }));
}

/** C: each breakdown as a chart and, beside it, the same figures as a table. */
export function CoverageSection({ overview }: { overview: Overview }) {
  const { t, locale } = useI18n();
  const styles = useTableStyles();
  const overall = overview.headline.coveragePct;
  const legend = t.overview.referenceLegend(formatPercent(overall, locale));
  const part = (title: string, keyHeader: string, rows: readonly CoverageRow[]) => {
    const max = Math.max(overall, ...rows.map((r) => r.coveragePct));
    return (
      <Section title={title} level={3}>
        <div className={styles.pair}>
          <BarChart title={t.overview.chartOf(title)} legend={legend} bars={bars(rows, locale, t)} max={max} reference={overall} />
          <CoverageTable caption={t.overview.tableOf(title)} keyHeader={keyHeader} rows={rows} />
        </div>
      </Section>
    );
  };
  return (
    <Section title={t.overview.coverageHeading} intro={t.overview.coverageIntro}>
      {part(t.overview.bySection, t.overview.industry, overview.coverage.bySection)}
      {part(t.overview.byArea, t.overview.area, overview.coverage.byArea)}
    </Section>
  );
}
