import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { MonthFigure } from '../../api/types';
import { BarChart, type Bar } from '../../components/BarChart';
import { RowHeader } from '../../components/RowHeader';
import { useTableStyles } from '../../components/tableStyles';
import { formatMonth } from '../../format/format';
import { useI18n } from '../../i18n';
import { useRatingText } from './ratingText';

/** The monthly averages as bars on the 1–5 scale and, beside them, the same figures by source in a table. */
export function SatisfactionOverTime({ months, title }: { months: readonly MonthFigure[]; title: string }) {
  const { t, locale } = useI18n();
  const styles = useTableStyles();
  const rating = useRatingText();
  const bars: Bar[] = months.map((m) => ({
    key: m.month,
    label: formatMonth(m.month, locale),
    value: m.all.average ?? 0,
    valueText: m.all.average === null ? t.quality.noAnswers : `${rating.average(m.all)} (${t.quality.answers(m.all.count)})`,
    highlight: false,
    // Few answers, or none: drawn pale and said in words, so a lone answer does not look like a month's verdict.
    muted: m.all.average === null || m.all.fewAnswers,
    note: m.all.fewAnswers ? t.quality.fewAnswers : undefined,
  }));
  return (
    <div className={styles.pair}>
      <BarChart title={t.quality.chartOf(title)} bars={bars} max={5} />
      <div className={styles.wrap}>
        <Table size="small" className={styles.table}>
          <caption className={styles.caption}>{t.quality.tableOf(title)}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.quality.month}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.quality.all}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.quality.staff}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.quality.company}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {months.map((m) => (
              <TableRow key={m.month} data-month={m.month}>
                <RowHeader className={styles.nowrap}>{formatMonth(m.month, locale)}</RowHeader>
                <TableCell className={m.all.average === null || m.all.fewAnswers ? styles.muted : undefined}>{rating.withCount(m.all)}</TableCell>
                <TableCell className={m.staff.average === null || m.staff.fewAnswers ? styles.muted : undefined}>{rating.withCount(m.staff)}</TableCell>
                <TableCell className={m.company.average === null || m.company.fewAnswers ? styles.muted : undefined}>{rating.withCount(m.company)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
