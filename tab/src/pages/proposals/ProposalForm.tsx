import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { EVIDENCE_KINDS, SUMMARY_MAX, TITLE_MAX } from '@contract/domain';
import type { CreateProposalRequest, EvidenceKind, ProposalView } from '../../api/types';
import { errorText, fieldErrors } from '../../api/errorText';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import type { ProposalDraftLink } from '../../routing/routes';
import { useSession } from '../../shell/session';

const useStyles = makeStyles({
  form: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '44rem', padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Top-aligned: a hint under one field must not push its neighbour's control down.
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  prefilled: { margin: 0, color: tokens.colorNeutralForeground2 },
});

type Errors = Partial<Record<'title' | 'text' | 'evidenceKind' | 'evidenceReference' | 'evidenceSummary', string>>;

/** The coordinator writes a proposal and what it rests on; a link from the figures fills the evidence in. */
export function ProposalForm({ draft, onCreated }: { draft: ProposalDraftLink | null; onCreated: (p: ProposalView) => void }) {
  const { t } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const [title, setTitle] = useState(draft?.title ?? '');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<EvidenceKind>(draft?.kind ?? 'other');
  const [reference, setReference] = useState(draft?.reference ?? '');
  const [summary, setSummary] = useState(draft?.summary ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const found: Errors = { ...(title.trim() ? {} : { title: t.proposals.needTitle }), ...(text.trim() ? {} : { text: t.proposals.needText }) };
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const body: CreateProposalRequest = { title, text, evidence: { kind, reference: reference.trim() || null, summary: summary.trim() || null } };
      const created = await api.post<ProposalView>('/proposals', body);
      onCreated(created);
      setTitle('');
      setText('');
      setKind('other');
      setReference('');
      setSummary('');
    } catch (err) {
      setErrors(fieldErrors(err) as Errors);
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
      {draft ? <p className={styles.prefilled}>{t.proposals.prefilled}</p> : null}
      <Field label={t.proposals.title} required validationMessage={errors.title}>
        <Input value={title} maxLength={TITLE_MAX} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t.proposals.text} hint={t.proposals.textHint} required validationMessage={errors.text}>
        <Textarea value={text} rows={4} resize="vertical" onChange={(_, d) => setText(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={t.proposals.kind} validationMessage={errors.evidenceKind}>
          <Select value={kind} onChange={(_, d) => setKind(d.value as EvidenceKind)}>
            {EVIDENCE_KINDS.map((k) => <option key={k} value={k}>{t.proposals.kinds[k]}</option>)}
          </Select>
        </Field>
        <Field label={t.proposals.reference} hint={t.proposals.referenceHints[kind]} validationMessage={errors.evidenceReference}>
          <Input value={reference} onChange={(_, d) => setReference(d.value)} />
        </Field>
      </div>
      <Field label={t.proposals.summary} hint={t.proposals.summaryHint} validationMessage={errors.evidenceSummary}>
        <Textarea value={summary} maxLength={SUMMARY_MAX} resize="vertical" onChange={(_, d) => setSummary(d.value)} />
      </Field>
      <StatusRegion loading={busy} loadingLabel={t.proposals.saving} error={error} />
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>{t.proposals.submit}</Button>
      </div>
    </form>
  );
}
