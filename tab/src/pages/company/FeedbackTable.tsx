import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { CompanyResponse, ContactWish, FeedbackResponse, UnitId } from '../../api/types';
import { RowHeader } from '../../components/RowHeader';
import { useTableStyles } from '../../components/tableStyles';
import { formatDate, formatDecimal } from '../../format/format';
import { useI18n } from '../../i18n';
import { useUnitName } from '../../shell/session';

/** One rating or answer, whoever recorded it: staff in the log card, or the company through a feedback link. */
export interface FeedbackRow {
  key: string;
  date: string;
  source: 'staff' | 'company';
  unit: UnitId | null;
  rating: number | null;
  recommend: number | null;
  text: string | null;
  wish: ContactWish | null;
}

/** Staff ratings and the company's own answers in one list, newest first. */
export function feedbackRows(staff: CompanyResponse['feedback'], company: readonly FeedbackResponse[]): FeedbackRow[] {
  return [
    ...staff.map((f, i): FeedbackRow => ({
      key: `s${i}`, date: f.date, source: 'staff', unit: f.unit, rating: f.rating, recommend: null, text: f.note, wish: null,
    })),
    ...company.map((r): FeedbackRow => ({
      key: `c${r.id}`, date: r.date, source: 'company', unit: r.unit, rating: r.rating, recommend: r.recommend, text: r.comment, wish: r.wish,
    })),
  ].sort((a, b) => b.date.localeCompare(a.date));
}

/** Ratings on DI's 1–5 scale (DOMAIN.md), so they compare with the national survey. */
export function FeedbackTable({ rows }: { rows: readonly FeedbackRow[] }) {
  const { t, locale } = useI18n();
  const unitName = useUnitName();
  const styles = useTableStyles();
  if (rows.length === 0) return <p>{t.company.feedbackNone}</p>;
  const rated = rows.filter((r) => r.rating !== null);
  const average = rated.reduce((s, r) => s + (r.rating ?? 0), 0) / Math.max(1, rated.length);
  return (
    <>
      {rated.length > 0 ? <p>{t.company.average(formatDecimal(average, locale), rated.length)}</p> : null}
      <div className={styles.wrap}>
        <Table size="small" className={styles.table}>
          <caption className={styles.caption}>{t.company.feedbackCaption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.common.date}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.feedback.source}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.common.unit}</TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.numberHead}>{t.company.rating}</TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.numberHead}>{t.feedback.recommend}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.feedback.comment}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.feedback.wish}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key}>
                <RowHeader className={styles.nowrap}>{formatDate(r.date, locale)}</RowHeader>
                <TableCell>{r.source === 'staff' ? t.feedback.sourceStaff : t.feedback.sourceCompany}</TableCell>
                <TableCell>{r.unit ? unitName(r.unit) : t.common.none}</TableCell>
                <TableCell className={styles.number}>{r.rating === null ? t.common.none : t.company.ratingOf(r.rating)}</TableCell>
                <TableCell className={styles.number}>{r.recommend === null ? t.common.none : t.feedback.recommendOf(r.recommend)}</TableCell>
                <TableCell>{r.text ?? t.common.none}</TableCell>
                <TableCell>{r.wish ? t.feedback.wishes[r.wish] : t.common.none}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
