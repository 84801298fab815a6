import { Badge, Button, makeStyles, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { flagText, reasonText } from '@contract/domain';
import type { PlanFlag, PlanItem, UnitId } from '../../api/types';
import { CompanyLink } from '../../components/CompanyLink';
import { RowHeader } from '../../components/RowHeader';
import { useTableStyles } from '../../components/tableStyles';
import { useI18n } from '../../i18n';
import { useSession, useUnitName } from '../../shell/session';

const useStyles = makeStyles({
  flags: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  flagNote: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  select: { minWidth: '11rem' },
});

/** Flags whose badge needs the sentence behind it; "added by hand" and "reassigned" say it all. */
const EXPLAINED = new Set<PlanFlag>(['advertisingProtected', 'partialOptOut', 'overCap']);

/** Reklamebeskyttet is shown beside every suggestion it applies to, flagged or not (DOMAIN.md). */
function shownFlags(item: PlanItem): PlanFlag[] {
  return item.advertisingProtected && !item.flags.includes('advertisingProtected') ? ['advertisingProtected', ...item.flags] : item.flags;
}

type ReasonNaming = NonNullable<Parameters<typeof reasonText>[2]>;

/** A plan as a table; with `onReassign`/`onRemove` it is the editable draft, without them a saved plan. */
export function PlanTable({ items, caption, onReassign, onRemove }: {
  items: readonly PlanItem[]; caption: string;
  onReassign?: (item: PlanItem, unit: UnitId) => void;
  onRemove?: (item: PlanItem) => void;
}) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const unitName = useUnitName();
  const styles = useStyles();
  const table = useTableStyles();
  // reasonText takes full units; which purposes each unit has does not matter for the words.
  const naming: ReasonNaming = { units: me.units.map((u) => ({ ...u, purposes: [] })), purposes: me.purposes };
  const editable = Boolean(onReassign && onRemove);
  return (
    <div className={table.wrap}>
      <Table size="small" className={table.table}>
        <caption className={table.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.common.company}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.common.unit}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.plan.person}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.plan.reasons}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.plan.flags}</TableHeaderCell>
            {editable ? <TableHeaderCell scope="col">{t.optOuts.actions}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.cvr} data-cvr={item.cvr}>
              <RowHeader><CompanyLink cvr={item.cvr} name={item.companyName} /></RowHeader>
              <TableCell>
                {onReassign ? (
                  <Select className={styles.select} size="small" value={item.unit} aria-label={t.plan.unitFor(item.companyName)}
                    onChange={(_, d) => onReassign(item, d.value)}>
                    {me.units.map((u) => {
                      const blocked = item.optedOutUnits.includes(u.id);
                      return <option key={u.id} value={u.id} disabled={blocked}>{blocked ? t.plan.optedOutUnit(unitName(u.id)) : unitName(u.id)}</option>;
                    })}
                  </Select>
                ) : unitName(item.unit)}
              </TableCell>
              <TableCell>{item.person ?? <span className={table.muted}>{t.plan.noPerson}</span>}</TableCell>
              <TableCell>
                <ul className={table.list}>
                  {item.reasons.map((r, i) => <li key={i}>{reasonText(r, locale, naming)}</li>)}
                </ul>
              </TableCell>
              <TableCell>
                {shownFlags(item).length === 0 ? <span className={table.muted}>–</span> : (
                  <ul className={styles.flags}>
                    {shownFlags(item).map((f) => (
                      <li key={f}>
                        <Badge appearance="tint" color={f === 'advertisingProtected' || f === 'partialOptOut' ? 'warning' : 'informative'}>
                          {t.flags[f] ?? f}
                        </Badge>
                        {EXPLAINED.has(f) ? (
                          <span className={styles.flagNote}>
                            {flagText(f, locale)}
                            {f === 'partialOptOut' && item.optedOutUnits.length > 0 ? ` (${item.optedOutUnits.map(unitName).join(', ')})` : ''}
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
              {onRemove ? (
                <TableCell>
                  <Button size="small" aria-label={t.plan.removeFor(item.companyName)} onClick={() => onRemove(item)}>{t.plan.remove}</Button>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
