import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Breach } from '../../api/types';
import { CompanyLink } from '../../components/CompanyLink';
import { RowHeader } from '../../components/RowHeader';
import { useTableStyles } from '../../components/tableStyles';
import { formatDate } from '../../format/format';
import { useI18n } from '../../i18n';
import { useUnitName } from '../../shell/session';

export function BreachTable({ breaches }: { breaches: readonly Breach[] }) {
  const { t, locale } = useI18n();
  const unitName = useUnitName();
  const styles = useTableStyles();
  return (
    <div className={styles.wrap}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{t.overview.breachesCaption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.common.company}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.common.date}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.common.unit}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.overview.staff}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.overview.optOutDate}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {breaches.map((b) => (
            <TableRow key={b.contactId}>
              <RowHeader><CompanyLink cvr={b.cvr} name={b.companyName} /></RowHeader>
              <TableCell className={styles.nowrap}>{formatDate(b.date, locale)}</TableCell>
              <TableCell>{unitName(b.unit)}</TableCell>
              <TableCell>{b.staffName}</TableCell>
              <TableCell className={styles.nowrap}>{formatDate(b.optOutDate, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
