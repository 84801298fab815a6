import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ParallelCase } from '../../api/types';
import { CompanyLink } from '../../components/CompanyLink';
import { RowHeader } from '../../components/RowHeader';
import { ShowMore } from '../../components/ShowMore';
import { useTableStyles } from '../../components/tableStyles';
import { useShowMore } from '../../components/useShowMore';
import { formatDate } from '../../format/format';
import { useI18n } from '../../i18n';
import { hrefs } from '../../routing/routes';
import { useSession, useUnitName } from '../../shell/session';

export function ParallelTable({ cases }: { cases: readonly ParallelCase[] }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const unitName = useUnitName();
  const styles = useTableStyles();
  const { visible, more, showMore } = useShowMore(cases, 25);
  if (cases.length === 0) return <p>{t.overview.parallelNone}</p>;
  // A hotspot is evidence for a proposal: the link opens the proposal form with it filled in, as it stands now.
  const proposal = (c: ParallelCase) => {
    const name = c.name ?? `CVR ${c.cvr}`;
    return hrefs.newProposal({
      kind: 'parallelHotspot', reference: c.cvr, title: t.overview.hotspotTitle(name),
      summary: t.overview.hotspotSummary(name, c.units.map(unitName).join(', '), t.overview.closestDays(c.closestDays),
        formatDate(c.firstDate, locale), formatDate(c.lastDate, locale)),
    });
  };
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
              {me.isCoordinator ? <TableHeaderCell scope="col">{t.overview.actions}</TableHeaderCell> : null}
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
                {me.isCoordinator ? (
                  <TableCell>
                    <Link href={proposal(c)} aria-label={t.overview.proposeFor(c.name ?? `CVR ${c.cvr}`)}>{t.overview.propose}</Link>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ShowMore shown={visible.length} total={cases.length} more={more} onMore={showMore} />
    </>
  );
}
