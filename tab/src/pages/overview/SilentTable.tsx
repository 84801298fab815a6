import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { SilentCompany } from '../../api/types';
import { CompanyLink } from '../../components/CompanyLink';
import { RowHeader } from '../../components/RowHeader';
import { ShowMore } from '../../components/ShowMore';
import { useTableStyles } from '../../components/tableStyles';
import { useShowMore } from '../../components/useShowMore';
import { formatDate } from '../../format/format';
import { areaName, bandName, sectionName } from '../../format/labels';
import { useI18n } from '../../i18n';
import { sortSilent, type SilentSortKey, type SortDirection } from './sortSilent';

/** The API's list (longest silence first) re-sorted in the browser by the column the user picks. */
export function SilentTable({ companies }: { companies: readonly SilentCompany[] }) {
  const { t, locale } = useI18n();
  const styles = useTableStyles();
  const [sort, setSort] = useState<{ key: SilentSortKey; dir: SortDirection }>({ key: 'silence', dir: 'descending' });
  const sorted = useMemo(() => sortSilent(companies, sort.key, sort.dir), [companies, sort]);
  const { visible, more, showMore } = useShowMore(sorted, 50);
  if (companies.length === 0) return <p>{t.overview.silentNone}</p>;

  const header = (key: SilentSortKey, label: string) => (
    <TableHeaderCell
      scope="col"
      sortDirection={sort.key === key ? sort.dir : undefined}
      onClick={() => setSort((s) => ({ key, dir: s.key === key && s.dir === 'descending' ? 'ascending' : 'descending' }))}
    >
      {label}
    </TableHeaderCell>
  );
  return (
    <>
      <div className={styles.wrap}>
        <Table size="small" sortable className={styles.table}>
          <caption className={styles.caption}>{t.overview.silentCaption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col" sortable={false}>{t.common.company}</TableHeaderCell>
              {header('size', t.overview.size)}
              {header('industry', t.overview.industry)}
              {header('area', t.overview.area)}
              {header('silence', t.overview.silence)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {visible.map((s) => (
              <TableRow key={s.cvr}>
                <RowHeader>
                  <CompanyLink cvr={s.cvr} name={s.name} />
                  {s.advertisingProtected || s.optedOut ? (
                    <span className={styles.badges}>
                      {s.advertisingProtected ? <Badge appearance="tint" color="warning">{t.common.advertisingProtected}</Badge> : null}
                      {s.optedOut ? <Badge appearance="tint" color="danger">{t.common.optedOut}</Badge> : null}
                    </span>
                  ) : null}
                </RowHeader>
                <TableCell className={styles.nowrap}>{bandName(s.employeeBand)}</TableCell>
                <TableCell>{sectionName(s.section, locale)}</TableCell>
                <TableCell className={styles.nowrap}>{areaName(s.area)}</TableCell>
                <TableCell className={styles.nowrap}>
                  {s.lastContactDate === null || s.monthsSilent === null
                    ? t.overview.never
                    : `${t.overview.months(s.monthsSilent)} (${formatDate(s.lastContactDate, locale)})`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ShowMore shown={visible.length} total={companies.length} more={more} onMore={showMore} />
    </>
  );
}
