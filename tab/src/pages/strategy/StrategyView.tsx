/** A strategy read-only: what staff see, and how an older version is shown. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ContactStrategy } from '../../api/types';
import { RowHeader } from '../../components/RowHeader';
import { Section } from '../../components/Section';
import { ShowMore } from '../../components/ShowMore';
import { useShowMore } from '../../components/useShowMore';
import { useTableStyles } from '../../components/tableStyles';
import { useI18n } from '../../i18n';
import { namer } from './strategyText';

export function StrategyView({ strategy, companyNames, level = 2, idPrefix = 'current' }: {
  strategy: ContactStrategy;
  companyNames: Readonly<Record<string, string | null>>;
  /** 4 when shown inside another section (an older version). */
  level?: 2 | 3 | 4;
  /** Keeps captions and rows apart when two versions are on the page. */
  idPrefix?: string;
}) {
  const { t, locale } = useI18n();
  const table = useTableStyles();
  // Owners can run to thousands: a page at a time.
  const owners = useShowMore(strategy.owners, 100);
  const n = namer({ units: strategy.units, purposes: strategy.purposes, companyNames }, locale, t);
  return (
    <div data-strategy-view={idPrefix}>
      <Section title={t.strategy.unitsHeading} level={level}>
        <div className={table.wrap}>
          <Table size="small" className={table.table}>
            <caption className={table.caption}>{t.strategy.unitsCaption}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.strategy.unitName}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.strategy.unitShortName}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.strategy.unitNameEn}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.strategy.unitPurposes}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {strategy.units.map((u) => (
                <TableRow key={u.id} data-unit={u.id}>
                  <RowHeader>{u.name}</RowHeader>
                  <TableCell>{u.shortName}</TableCell>
                  <TableCell>{u.nameEn}</TableCell>
                  <TableCell>{u.purposes.length ? u.purposes.map(n.purpose).join(', ') : t.strategy.purposesNone}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </Section>
      <Section title={t.strategy.windowsHeading} level={level} intro={t.strategy.windowsIntro}>
        <p data-overall-days={strategy.windows.overallDays}>{t.strategy.windowText(strategy.windows.overallDays)}</p>
        {strategy.windows.pairs.length === 0 ? <p>{t.strategy.pairsNone}</p> : (
          <div className={table.wrap}>
            <Table size="small" className={table.table}>
              <caption className={table.caption}>{t.strategy.pairsCaption}</caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.strategy.pair}</TableHeaderCell>
                  <TableHeaderCell scope="col" className={table.numberHead}>{t.strategy.pairDays}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {strategy.windows.pairs.map((p) => (
                  <TableRow key={p.units.join('|')}>
                    <RowHeader>{n.pair(p.units)}</RowHeader>
                    <TableCell className={table.number}>{p.days}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </Section>
      <Section title={t.strategy.silenceHeading} level={level}>
        <p>{t.strategy.silenceText(strategy.silenceMonths)}</p>
      </Section>
      <Section title={t.strategy.ownersHeading} level={level} intro={t.strategy.ownersIntro}>
        {strategy.owners.length === 0 ? <p>{t.strategy.ownersNone}</p> : (
          <div className={table.wrap}>
            <Table size="small" className={table.table}>
              <caption className={table.caption}>{t.strategy.ownersCaption}</caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.strategy.target}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.strategy.kind}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.strategy.ownerUnit}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.strategy.person}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.strategy.note}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {owners.visible.map((o) => (
                  <TableRow key={o.id} data-owner={o.id}>
                    <RowHeader>{n.targetName(o.target)}</RowHeader>
                    <TableCell>{n.targetKind(o.target)}</TableCell>
                    <TableCell>{n.unit(o.unit)}</TableCell>
                    <TableCell>{o.person ?? <span className={table.muted}>–</span>}</TableCell>
                    <TableCell>{o.note ?? <span className={table.muted}>–</span>}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        {strategy.owners.length > 100 ? (
          <ShowMore shown={owners.visible.length} total={strategy.owners.length} more={owners.more} onMore={owners.showMore} />
        ) : null}
      </Section>
    </div>
  );
}
