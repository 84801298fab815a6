import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { OptOut } from '../../api/types';
import { RowHeader } from '../../components/RowHeader';
import { useTableStyles } from '../../components/tableStyles';
import { useScopeText } from '../../components/useScopeText';
import { formatDate, formatTime } from '../../format/format';
import { useI18n } from '../../i18n';

/** The company's current standing first, in a sentence; then every opt-out, revoked ones too. */
export function OptOutState({ optOuts }: { optOuts: readonly OptOut[] }) {
  const { t, locale } = useI18n();
  const scopeText = useScopeText();
  const active = optOuts.filter((o) => o.revokedAt === null);
  if (active.length === 0) return <p>{t.company.optOutNone}</p>;
  return (
    <ul>
      {active.map((o) => (
        <li key={o.id}>
          <strong>
            {o.scope.kind === 'all' ? t.company.optOutAll(formatDate(o.date, locale)) : t.company.optOutUnits(scopeText(o.scope), formatDate(o.date, locale))}
          </strong>{' '}
          {o.reason}
        </li>
      ))}
    </ul>
  );
}

export function OptOutHistory({ optOuts }: { optOuts: readonly OptOut[] }) {
  const { t, locale } = useI18n();
  const styles = useTableStyles();
  const scopeText = useScopeText();
  if (optOuts.length === 0) return null;
  return (
    <div className={styles.wrap}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{t.company.optOutHistory}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.common.date}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.optOuts.scope}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.optOuts.reason}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.optOuts.source}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.optOuts.status}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {optOuts.map((o) => (
            <TableRow key={o.id}>
              <RowHeader className={styles.nowrap}>{formatDate(o.date, locale)}</RowHeader>
              <TableCell>{scopeText(o.scope)}</TableCell>
              <TableCell>{o.reason}</TableCell>
              <TableCell>{t.optOuts.sources[o.source] ?? o.source}</TableCell>
              <TableCell>
                {o.revokedAt === null ? (
                  <Badge appearance="tint" color="danger">{t.optOuts.active}</Badge>
                ) : (
                  <>
                    <Badge appearance="tint" color="subtle">{t.optOuts.revoked}</Badge>{' '}
                    {t.optOuts.revokedInfo(o.revokedBy ?? '–', formatTime(o.revokedAt, locale), o.revokeReason ?? '')}
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
