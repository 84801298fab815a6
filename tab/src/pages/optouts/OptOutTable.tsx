import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, useRestoreFocusTarget } from '@fluentui/react-components';
import type { OptOutListResponse } from '../../api/types';
import { CompanyLink } from '../../components/CompanyLink';
import { RowHeader } from '../../components/RowHeader';
import { ShowMore } from '../../components/ShowMore';
import { useTableStyles } from '../../components/tableStyles';
import { useScopeText } from '../../components/useScopeText';
import { useShowMore } from '../../components/useShowMore';
import { formatDate, formatTime } from '../../format/format';
import { useI18n } from '../../i18n';

export type ListedOptOut = OptOutListResponse['optOuts'][number];

export function OptOutTable({ optOuts, onRevoke }: { optOuts: readonly ListedOptOut[]; onRevoke: ((o: ListedOptOut) => void) | null }) {
  const { t, locale } = useI18n();
  const styles = useTableStyles();
  const scopeText = useScopeText();
  const { visible, more, showMore } = useShowMore(optOuts, 50);
  // Marks the revoke buttons as where focus returns when the dialog is cancelled.
  const restoreFocus = useRestoreFocusTarget();
  return (
    <>
      <div className={styles.wrap}>
        <Table size="small" className={styles.table}>
          <caption className={styles.caption}>{t.optOuts.caption} ({t.optOuts.count(optOuts.length)})</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.common.company}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.optOuts.scope}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.common.date}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.optOuts.reason}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.optOuts.status}</TableHeaderCell>
              {onRevoke ? <TableHeaderCell scope="col">{t.optOuts.actions}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {visible.map((o) => {
              const name = o.companyName ?? `CVR ${o.cvr}`;
              return (
                <TableRow key={o.id}>
                  <RowHeader>
                    <CompanyLink cvr={o.cvr} name={o.companyName} />
                    <div className={styles.muted}>CVR {o.cvr}</div>
                  </RowHeader>
                  <TableCell>{scopeText(o.scope)}</TableCell>
                  <TableCell className={styles.nowrap}>{formatDate(o.date, locale)}</TableCell>
                  <TableCell>
                    {o.reason}
                    <div className={styles.muted}>
                      {t.optOuts.sources[o.source] ?? o.source} · {t.optOuts.registered(o.registeredBy, formatTime(o.registeredAt, locale))}
                    </div>
                  </TableCell>
                  <TableCell>
                    {o.revokedAt === null ? <Badge appearance="tint" color="danger">{t.optOuts.active}</Badge> : (
                      <>
                        <Badge appearance="tint" color="subtle">{t.optOuts.revoked}</Badge>
                        <div className={styles.muted}>{t.optOuts.revokedInfo(o.revokedBy ?? '–', formatTime(o.revokedAt, locale), o.revokeReason ?? '')}</div>
                      </>
                    )}
                  </TableCell>
                  {onRevoke ? (
                    <TableCell>
                      {o.revokedAt === null ? (
                        <Button size="small" {...restoreFocus} aria-label={t.optOuts.revokeFor(name)} onClick={() => onRevoke(o)}>{t.optOuts.revoke}</Button>
                      ) : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <ShowMore shown={visible.length} total={optOuts.length} more={more} onMore={showMore} />
    </>
  );
}
