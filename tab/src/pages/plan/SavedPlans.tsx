import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { planFileBase } from '@contract/domain';
import type { PlanListResponse, PostedResponse, SavedPlan } from '../../api/types';
import { ExportButtons } from '../../components/ExportButtons';
import { RowHeader } from '../../components/RowHeader';
import { StatusRegion } from '../../components/StatusRegion';
import { useTableStyles } from '../../components/tableStyles';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { PlanTable } from './PlanTable';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  shown: { marginTop: tokens.spacingVerticalL },
});

type Listed = PlanListResponse['plans'][number];

/**
 * The history of saved plans, newest first with each plan's versions together; any version can be opened or
 * exported, and the coordinator can open the newest version of a plan in the editor (`onEdit`) to save the next.
 */
export function SavedPlans({ plans, onEdit }: { plans: readonly Listed[]; onEdit?: (plan: SavedPlan) => void }) {
  const { t, locale } = useI18n();
  const { api, me } = useSession();
  const styles = useStyles();
  const table = useTableStyles();
  const [open, setOpen] = useState<SavedPlan | null>(null);
  const [shared, setShared] = useState<{ id: string; error?: unknown; message?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const fetchPlan = async (id: string, then: (plan: SavedPlan) => void) => {
    setBusy(true);
    setError(null);
    try {
      then(await api.get<SavedPlan>(`/plans/${encodeURIComponent(id)}`));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const show = (id: string) => (open?.id === id ? setOpen(null) : fetchPlan(id, setOpen));

  const share = async (id: string) => {
    setShared({ id });
    try {
      await api.post<PostedResponse>(`/plans/${encodeURIComponent(id)}/post`, {});
      setShared({ id, message: t.plan.shared });
    } catch (error) {
      setShared({ id, error });
    }
  };

  if (plans.length === 0) return <p>{t.plan.savedNone}</p>;
  return (
    <>
      <div className={table.wrap}>
        <Table size="small" className={table.table}>
          <caption className={table.caption}>{t.plan.savedCaption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t.plan.savedAt}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.plan.version}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.plan.savedBy}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.plan.note}</TableHeaderCell>
              <TableHeaderCell scope="col" className={table.numberHead}>{t.plan.itemCount}</TableHeaderCell>
              <TableHeaderCell scope="col">{t.optOuts.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plans.map((p, index) => {
              const when = formatTime(p.savedAt, locale);
              const label = t.plan.versionLabel(when, p.version);
              // Only the newest version is edited: a new version of an older one would be refused as stale.
              const newest = plans.findIndex((x) => x.planId === p.planId) === index;
              return (
                <TableRow key={p.id} data-plan={p.id} data-version={p.version}>
                  <RowHeader className={table.nowrap}>{when}</RowHeader>
                  <TableCell className={table.nowrap}>{p.version}</TableCell>
                  <TableCell>{p.savedBy}</TableCell>
                  <TableCell>{p.note ?? '–'}</TableCell>
                  <TableCell className={table.number}>{p.itemCount}</TableCell>
                  <TableCell>
                    <div className={styles.actions}>
                      <Button size="small" aria-expanded={open?.id === p.id} aria-label={open?.id === p.id ? t.plan.hideFor(when) : t.plan.showFor(when)} onClick={() => void show(p.id)}>
                        {open?.id === p.id ? t.plan.hide : t.plan.show}
                      </Button>
                      <ExportButtons path={`/plans/${encodeURIComponent(p.id)}/export`} query={{}} fileBase={planFileBase(p)}
                        context={t.plan.exportFor(when)} size="small" />
                      {me.isCoordinator ? (
                        <Button size="small" aria-label={t.plan.shareFor(when)} disabled={shared?.id === p.id && !shared.message && !shared.error}
                          onClick={() => void share(p.id)}>
                          {t.plan.share}
                        </Button>
                      ) : null}
                      {onEdit && newest ? (
                        <Button size="small" aria-label={t.plan.editVersionFor(label)} onClick={() => void fetchPlan(p.id, onEdit)}>
                          {t.plan.editVersion}
                        </Button>
                      ) : null}
                    </div>
                    <div>
                      {/* Always present, so the outcome is announced when it arrives. */}
                      <StatusRegion loading={shared?.id === p.id && !shared.message && !shared.error} loadingLabel={t.plan.sharing}
                        error={shared?.id === p.id ? shared.error : null} success={shared?.id === p.id ? shared.message : null} />
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <StatusRegion loading={busy} error={error} />
      {open ? (
        <div className={styles.shown}>
          <PlanTable items={open.items} caption={t.plan.shownCaption(formatTime(open.savedAt, locale), open.savedBy)} />
        </div>
      ) : null}
    </>
  );
}
