import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ParallelCase } from '../../api/types';
import { CompanyLink } from '../../components/CompanyLink';
import { RowHeader } from '../../components/RowHeader';
import { ShowMore } from '../../components/ShowMore';
import { useTableStyles } from '../../components/tableStyles';
import { useShowMore } from '../../components/useShowMore';
import { formatDate } from '../../format/format';
import { useI18n } from '../../i18n';
import { useUnitName } from '../../shell/session';

export function ParallelTable({ cases }: { cases: readonly ParallelCase[] }) {
  const { t, locale } = useI18n();
  const unitName = useUnitName();
  const styles = useTableStyles();
  const { visible, more, showMore } = useShowMore(cases, 25);
  if (cases.length === 0) return <p>{t.overview.parallelNone}</p>;
  return (
    <>
      <div className={styles.wrap}>
        <Table size="small" className={styles.table}>
          <caption className={styles.caption}>{t.overview.parallelCaption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.common.company}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.overview.units}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.overview.contacts}</TableHeaderCell>
              <TableHeaderCell scope="col" className={styles.numberHead}>{t.overview.closest}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {visible.map((c) => (
              <TableRow key={c.cvr}>
                <RowHeader>
                  <CompanyLink cvr={c.cvr} name={c.name} />
                  {c.counted ? null : <span className={styles.muted}> ({t.overview.outsideMunicipality})</span>}
                </RowHeader>
                <TableCell>{c.units.map(unitName).join(', ')}</TableCell>
                <TableCell>
                  <ul className={styles.list}>
                    {c.contacts.map((x) => (
                      <li key={x.contactId}>
                        {formatDate(x.date, locale)}: {x.staffName}, {unitName(x.unit)} ({t.purposes[x.purpose] ?? x.purpose})
                      </li>
                    ))}
                  </ul>
                </TableCell>
                <TableCell className={styles.number}>{t.overview.closestDays(c.closestDays)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ShowMore shown={visible.length} total={cases.length} more={more} onMore={showMore} />
    </>
  );
}
