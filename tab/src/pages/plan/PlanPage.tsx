/**
 * Plan: the coordinator has a suggestion made, edits it (remove, reassign, add) and saves it; saved plans
 * form the history. A saved plan opens in the same editor and is saved as its next version. Staff see the
 * saved plans only.
 */
import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState, type RefObject } from 'react';
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

/** `basedOn`: the saved version being edited, so saving stores the plan's next version. */
interface Draft { items: PlanItem[]; generatedAt: string; basedOn: SavedPlan | null }

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
  const draftHeading = useRef<HTMLHeadingElement>(null);
  const savedHeading = useRef<HTMLHeadingElement>(null);
  // The control that had focus goes away or is far down the page: focus follows to where the work continues.
  const focusOn = (heading: RefObject<HTMLHeadingElement | null>) => setTimeout(() => heading.current?.focus());

  const generate = async () => {
    setBusy('generate');
    setStatus(null);
    try {
      const n = Number.parseInt(size, 10);
      const body: GeneratePlanRequest = Number.isInteger(n) && n > 0 ? { size: n } : {};
      const r = await api.post<GeneratePlanResponse>('/plans/generate', body);
      setDraft({ items: r.items, generatedAt: r.generatedAt, basedOn: null });
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
      const body: SavePlanRequest = { items: draft.items, note: note.trim() || null, basedOn: draft.basedOn?.id ?? null };
      const plan = await api.post<SavedPlan>('/plans', body);
      if (draft.basedOn) {
        // Saving again from here makes the version after this one.
        setDraft((d) => (d ? { ...d, basedOn: plan } : d));
        setStatus({ at: 'save', message: t.plan.savedVersion(plan.version, plan.items.length) });
      } else setStatus({ at: 'save', message: t.plan.saved(plan.items.length) });
      saved.reload();
    } catch (error) {
      setStatus({ at: 'save', error });
    } finally {
      setBusy(null);
    }
  };

  const editSaved = (plan: SavedPlan) => {
    setDraft({ items: plan.items, generatedAt: plan.savedAt, basedOn: plan });
    setNote(plan.note ?? '');
    setStatus({ at: 'edit', message: t.plan.editOpened(plan.version + 1) });
    focusOn(draftHeading);
  };

  const closeDraft = () => {
    setDraft(null);
    setStatus(null);
    focusOn(savedHeading);
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
              <Section headingRef={draftHeading}
                title={draft.basedOn ? t.plan.editHeading(t.plan.versionLabel(formatTime(draft.basedOn.savedAt, locale), draft.basedOn.version)) : t.plan.draftHeading}>
                <StatusRegion success={at('edit')?.message} />
                {draft.items.length === 0 ? <p>{t.plan.empty}</p> : (
                  <PlanTable items={draft.items} caption={draft.basedOn ? t.plan.editCaption : t.plan.caption}
                    onRemove={(item) => edit(removeItem(draft.items, item.cvr), t.plan.removed(item.companyName))}
                    onReassign={(item, unit) => edit(reassignItem(draft.items, item.cvr, unit), t.plan.reassigned(item.companyName, unitName(unit)))} />
                )}
              </Section>
              <Section title={t.plan.addHeading} level={3}>
                <AddPlanItem key={draft.basedOn?.id ?? draft.generatedAt} plan={draft.items} onAdd={(item) => setDraft((d) => (d ? { ...d, items: [...d.items, item] } : d))} />
              </Section>
              <form className={styles.save} onSubmit={(e) => { e.preventDefault(); void save(); }}>
                <Field label={t.plan.note}>
                  <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
                </Field>
                <div className={styles.row}>
                  <Button appearance="primary" type="submit" disabled={busy !== null || draft.items.length === 0}>
                    {draft.basedOn ? t.plan.saveVersion(draft.basedOn.version + 1) : t.plan.save}
                  </Button>
                  {draft.basedOn ? <Button onClick={closeDraft}>{t.plan.cancelEdit}</Button> : null}
                </div>
                <StatusRegion loading={busy === 'save'} loadingLabel={t.plan.saving} error={at('save')?.error} success={at('save')?.message} />
              </form>
            </>
          ) : null}
        </>
      ) : (
        <p>{t.plan.staffReadOnly}</p>
      )}
      <Section title={t.plan.savedHeading} headingRef={savedHeading}>
        <StatusRegion loading={saved.loading} error={saved.error} />
        {saved.data ? <SavedPlans plans={saved.data.plans} onEdit={me.isCoordinator ? editSaved : undefined} /> : null}
      </Section>
    </>
  );
}
