/**
 * Plan: the coordinator has a suggestion made, edits it (remove, reassign, add) and saves it; saved plans
 * form the history. Staff see the saved plans only.
 */
import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { GeneratePlanRequest, GeneratePlanResponse, PlanItem, PlanListResponse, SavedPlan, SavePlanRequest } from '../../api/types';
import { useResource } from '../../api/useResource';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession, useUnitName } from '../../shell/session';
import { AddPlanItem } from './AddPlanItem';
import { reassignItem, removeItem } from './planEdits';
import { PlanTable } from './PlanTable';
import { SavedPlans } from './SavedPlans';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  size: { width: '8rem' },
  save: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem', marginTop: tokens.spacingVerticalL },
});

interface Draft { items: PlanItem[]; generatedAt: string }

export default function PlanPage() {
  const { t, locale } = useI18n();
  const { api, me } = useSession();
  const unitName = useUnitName();
  const styles = useStyles();
  const saved = useResource((signal) => api.get<PlanListResponse>('/plans', undefined, signal), 'plans');
  const [size, setSize] = useState('40');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'generate' | 'save' | null>(null);
  // Each outcome is shown beside the control that caused it: the page can be long.
  const [status, setStatus] = useState<{ at: 'generate' | 'edit' | 'save'; error?: unknown; message?: string } | null>(null);
  const at = (where: 'generate' | 'edit' | 'save') => (status?.at === where ? status : null);

  const generate = async () => {
    setBusy('generate');
    setStatus(null);
    try {
      const n = Number.parseInt(size, 10);
      const body: GeneratePlanRequest = Number.isInteger(n) && n > 0 ? { size: n } : {};
      const r = await api.post<GeneratePlanResponse>('/plans/generate', body);
      setDraft({ items: r.items, generatedAt: r.generatedAt });
      setStatus({ at: 'generate', message: t.plan.generated(r.items.length, formatTime(r.generatedAt, locale)) });
    } catch (error) {
      setStatus({ at: 'generate', error });
    } finally {
      setBusy(null);
    }
  };

  const save = async () => {
    if (!draft) return;
    setBusy('save');
    setStatus(null);
    try {
      const body: SavePlanRequest = { items: draft.items, note: note.trim() || null };
      const plan = await api.post<SavedPlan>('/plans', body);
      setStatus({ at: 'save', message: t.plan.saved(plan.items.length) });
      saved.reload();
    } catch (error) {
      setStatus({ at: 'save', error });
    } finally {
      setBusy(null);
    }
  };

  const edit = (items: PlanItem[], text: string) => {
    setDraft((d) => (d ? { ...d, items } : d));
    setStatus({ at: 'edit', message: text });
  };

  return (
    <>
      <PageHeading intro={t.plan.intro}>{t.plan.heading}</PageHeading>
      {me.isCoordinator ? (
        <>
          <form className={styles.row} onSubmit={(e) => { e.preventDefault(); void generate(); }}>
            <Field label={t.plan.size}>
              <Input className={styles.size} type="number" min={1} max={200} value={size} onChange={(_, d) => setSize(d.value)} />
            </Field>
            <Button appearance="primary" type="submit" disabled={busy !== null}>{t.plan.generate}</Button>
          </form>
          <StatusRegion loading={busy === 'generate'} loadingLabel={t.plan.generating} error={at('generate')?.error} success={at('generate')?.message} />
          {draft ? (
            <>
              <Section title={t.plan.draftHeading}>
                <StatusRegion success={at('edit')?.message} />
                {draft.items.length === 0 ? <p>{t.plan.empty}</p> : (
                  <PlanTable items={draft.items} caption={t.plan.caption}
                    onRemove={(item) => edit(removeItem(draft.items, item.cvr), t.plan.removed(item.companyName))}
                    onReassign={(item, unit) => edit(reassignItem(draft.items, item.cvr, unit), t.plan.reassigned(item.companyName, unitName(unit)))} />
                )}
              </Section>
              <Section title={t.plan.addHeading} level={3}>
                <AddPlanItem plan={draft.items} onAdd={(item) => setDraft((d) => (d ? { ...d, items: [...d.items, item] } : d))} />
              </Section>
              <form className={styles.save} onSubmit={(e) => { e.preventDefault(); void save(); }}>
                <Field label={t.plan.note}>
                  <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
                </Field>
                <div>
                  <Button appearance="primary" type="submit" disabled={busy !== null || draft.items.length === 0}>{t.plan.save}</Button>
                </div>
                <StatusRegion loading={busy === 'save'} loadingLabel={t.plan.saving} error={at('save')?.error} success={at('save')?.message} />
              </form>
            </>
          ) : null}
        </>
      ) : (
        <p>{t.plan.staffReadOnly}</p>
      )}
      <Section title={t.plan.savedHeading}>
        <StatusRegion loading={saved.loading} error={saved.error} />
        {saved.data ? <SavedPlans plans={saved.data.plans} /> : null}
      </Section>
    </>
  );
}
