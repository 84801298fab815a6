import { Link, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { GroupRow, Quality } from '../../api/types';
import { RowHeader } from '../../components/RowHeader';
import { useTableStyles } from '../../components/tableStyles';
import { formatChange, formatDate, formatDecimal } from '../../format/format';
import { useI18n } from '../../i18n';
import { hrefs } from '../../routing/routes';
import { useSession } from '../../shell/session';
import { useRatingText } from './ratingText';

/**
 * Averages by unit or by purpose, against the period before. A falling row says so in words and, for the
 * coordinator, offers a proposal with the trend as its evidence.
 */
export function GroupTable<R extends GroupRow>({ caption, keyHeader, rows, nameOf, quality }: {
  caption: string; keyHeader: string; rows: readonly R[]; nameOf: (row: R) => string; quality: Quality;
}) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const styles = useTableStyles();
  const rating = useRatingText();
  const day = (d: string) => formatDate(d, locale);
  // The action column only when there is something to act on: an empty column on every table is noise.
  const actions = me.isCoordinator && rows.some((r) => r.falling);
  const proposal = (row: R) => {
    if (row.key === null || row.rating.average === null || row.previous.average === null) return null;
    const name = nameOf(row);
    return hrefs.newProposal({
      kind: 'feedbackTrend', reference: row.key, title: t.quality.trendTitle(name),
      summary: t.quality.trendSummary(name, formatDecimal(row.previous.average, locale), formatDecimal(row.rating.average, locale),
        day(quality.period.from), day(quality.period.to)),
    });
  };
  return (
    <div className={styles.wrap}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{keyHeader}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.quality.average}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.quality.source}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.quality.before}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.numberHead}>{t.quality.change}</TableHeaderCell>
            {actions ? <TableHeaderCell scope="col">{t.overview.actions}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => {
            const href = r.falling && actions ? proposal(r) : null;
            const change = r.rating.average !== null && r.previous.average !== null ? r.rating.average - r.previous.average : null;
            // A change from or to an average of few answers is shown, but pale: the "få svar" beside it says why.
            const tentative = r.rating.fewAnswers || r.previous.fewAnswers;
            return (
              <TableRow key={r.key ?? '-'} className={mergeClasses(r.falling && styles.under, r.rating.average === null && styles.muted)}>
                <RowHeader>{nameOf(r)}</RowHeader>
                <TableCell>{rating.withCount(r.rating)}</TableCell>
                <TableCell>{r.rating.count === 0 ? '–' : t.quality.sourceSplit(r.staff, r.company)}</TableCell>
                <TableCell>{rating.withCount(r.previous)}</TableCell>
                <TableCell className={mergeClasses(styles.number, tentative && styles.muted, r.falling && styles.underText)}>
                  {change === null ? '–' : formatChange(change, locale)}
                  {r.falling ? ` – ${t.quality.falling}` : ''}
                </TableCell>
                {actions ? (
                  <TableCell>{href ? <Link href={href} className={styles.underLink} aria-label={t.overview.proposeFor(nameOf(r))}>{t.overview.propose}</Link> : null}</TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
