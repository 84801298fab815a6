import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, mergeClasses } from '@fluentui/react-components';
import type { CoverageRow } from '../../api/types';
import { RowHeader } from '../../components/RowHeader';
import { useTableStyles } from '../../components/tableStyles';
import { formatCoverageIndex, formatInteger, formatPercent } from '../../format/format';
import { useI18n } from '../../i18n';

/** Index below 1 = under-represented: such rows are tinted and say so in words, not by colour alone. */
export function isUnder(row: CoverageRow): boolean {
  return !row.small && row.index !== null && row.index < 1;
}

export function CoverageTable({ caption, keyHeader, rows }: { caption: string; keyHeader: string; rows: readonly CoverageRow[] }) {
  const { t, locale } = useI18n();
  const styles = useTableStyles();
  return (
    <div className={styles.wrap}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{keyHeader}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.numberHead}>{t.overview.companiesCol}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.numberHead}>{t.overview.contactedCol}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.numberHead}>{t.overview.coverageCol}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.numberHead}>{t.overview.indexCol}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => {
            const under = isUnder(r);
            return (
              <TableRow key={r.key} className={mergeClasses(under && styles.under, r.small && styles.muted)}>
                <RowHeader>
                  {locale === 'en' ? r.labelEn : r.label}
                  {r.small ? ` (${t.overview.small})` : ''}
                </RowHeader>
                <TableCell className={styles.number}>{formatInteger(r.companies, locale)}</TableCell>
                <TableCell className={styles.number}>{formatInteger(r.contacted, locale)}</TableCell>
                <TableCell className={styles.number}>{formatPercent(r.coveragePct, locale)}</TableCell>
                <TableCell className={mergeClasses(styles.number, under && styles.underText)}>
                  {r.index === null ? '–' : formatCoverageIndex(r.index, locale)}
                  {under ? ` – ${t.overview.underRepresented.toLowerCase()}` : ''}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
