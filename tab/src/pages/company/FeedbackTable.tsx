import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { CompanyResponse } from '../../api/types';
import { RowHeader } from '../../components/RowHeader';
import { useTableStyles } from '../../components/tableStyles';
import { formatDate, formatDecimal } from '../../format/format';
import { useI18n } from '../../i18n';
import { useUnitName } from '../../shell/session';

/** Ratings on DI's 1–5 scale (DOMAIN.md), so they compare with the national survey. */
export function FeedbackTable({ feedback }: { feedback: CompanyResponse['feedback'] }) {
  const { t, locale } = useI18n();
  const unitName = useUnitName();
  const styles = useTableStyles();
  if (feedback.length === 0) return <p>{t.company.feedbackNone}</p>;
  const average = feedback.reduce((s, f) => s + f.rating, 0) / feedback.length;
  return (
    <>
      <p>{t.company.average(formatDecimal(average, locale), feedback.length)}</p>
      <div className={styles.wrap}>
        <Table size="small" className={styles.table}>
          <caption className={styles.caption}>{t.company.feedbackCaption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.common.date}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.common.unit}</TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.numberHead}>{t.company.rating}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.company.note}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {feedback.map((f, i) => (
              <TableRow key={`${f.date}-${i}`}>
                <RowHeader className={styles.nowrap}>{formatDate(f.date, locale)}</RowHeader>
                <TableCell>{unitName(f.unit)}</TableCell>
                <TableCell className={styles.number}>{t.company.ratingOf(f.rating)}</TableCell>
                <TableCell>{f.note ?? '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
