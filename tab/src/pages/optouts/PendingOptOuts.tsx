import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, useRestoreFocusTarget } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { PendingOptOutListResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { CompanyLink } from '../../components/CompanyLink';
import { RowHeader } from '../../components/RowHeader';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { useTableStyles } from '../../components/tableStyles';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { PendingDialog, type PendingDecision, type PendingItem } from './PendingDialog';

/**
 * "Afventer din bekræftelse": companies that asked for fewer or no contacts through a feedback link. Nothing is
 * registered until the coordinator confirms (with a scope) or dismisses (with a reason).
 */
export function PendingOptOuts({ onConfirmed }: { onConfirmed: () => void }) {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const styles = useTableStyles();
  const { data, error, loading, reload } = useResource((signal) => api.get<PendingOptOutListResponse>('/feedback/pending', undefined, signal), 'pending');
  const [decision, setDecision] = useState<PendingDecision | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Marks the buttons as where focus returns when a dialog is cancelled.
  const restoreFocus = useRestoreFocusTarget();
  const nameOf = (p: PendingItem) => p.companyName ?? `CVR ${p.cvr}`;
  const pending = data?.pending ?? [];

  return (
    <Section title={t.feedback.pendingHeading} intro={t.feedback.pendingIntro} headingRef={heading}>
      <StatusRegion loading={loading} error={error} success={done} />
      {data && pending.length === 0 ? <p>{t.feedback.pendingNone}</p> : null}
      {pending.length > 0 ? (
        <div className={styles.wrap}>
          <Table size="small" className={styles.table}>
            <caption className={styles.caption}>{t.feedback.pendingCaption}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.common.company}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.feedback.received}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.feedback.wish}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.feedback.comment}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.optOuts.actions}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {pending.map((p) => (
                <TableRow key={p.id}>
                  <RowHeader>
                    <CompanyLink cvr={p.cvr} name={p.companyName} />
                    <div className={styles.muted}>CVR {p.cvr}</div>
                  </RowHeader>
                  <TableCell className={styles.nowrap}>{formatTime(p.receivedAt, locale)}</TableCell>
                  <TableCell><strong>{t.feedback.wishes[p.wish]}</strong></TableCell>
                  <TableCell>{p.comment ?? t.common.none}</TableCell>
                  <TableCell>
                    <div className={styles.badges}>
                      <Button size="small" appearance="primary" {...restoreFocus} aria-label={t.feedback.confirmFor(nameOf(p))}
                        onClick={() => setDecision({ item: p, kind: 'confirm' })}>{t.feedback.confirm}</Button>
                      <Button size="small" {...restoreFocus} aria-label={t.feedback.dismissFor(nameOf(p))}
                        onClick={() => setDecision({ item: p, kind: 'dismiss' })}>{t.feedback.dismiss}</Button>
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      <PendingDialog
        decision={decision}
        onClose={() => setDecision(null)}
        onDone={(kind, name) => {
          setDecision(null);
          setDone(kind === 'confirm' ? t.feedback.confirmed(name) : t.feedback.dismissed(name));
          reload();
          if (kind === 'confirm') onConfirmed();
          // The decided row leaves the list, and its buttons with it: focus goes to the section instead.
          heading.current?.focus();
        }}
      />
    </Section>
  );
}
