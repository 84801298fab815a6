import { Button, Field, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { STATUS_NOTE_MAX } from '@contract/domain';
import type { ChangeProposalStatusRequest, ProposalStatus, ProposalView } from '../../api/types';
import { ApiRequestError } from '../../api/client';
import { errorText, fieldErrors } from '../../api/errorText';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';

const useStyles = makeStyles({
  form: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '36rem', marginTop: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/**
 * A status change with a note. It sends back the version the coordinator saw (etag): if someone else changed
 * the proposal meanwhile, the server refuses (409) saying who changed it and to what, and the page shows that
 * message over the reloaded list, since the proposal may have left the filtered list.
 */
export function StatusChangeForm({ proposal, onChanged, onConflict, onCancel }: {
  proposal: ProposalView; onChanged: (p: ProposalView) => void; onConflict: (message: string) => void; onCancel: () => void;
}) {
  const { t } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const [status, setStatus] = useState<ProposalStatus>(proposal.nextStatuses[0]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const submit = async () => {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const body: ChangeProposalStatusRequest = { status, note: note.trim() || null, etag: proposal.etag };
      onChanged(await api.post<ProposalView>(`/proposals/${encodeURIComponent(proposal.id)}/status`, body));
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 409) return onConflict(errorText(err, t));
      setError(errorText(err, t));
      setFields(fieldErrors(err));
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} aria-label={t.proposals.changeFor(proposal.title)} noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <Field label={t.proposals.newStatus} validationMessage={fields.status}>
        <Select value={status} onChange={(_, d) => setStatus(d.value as ProposalStatus)}>
          {proposal.nextStatuses.map((s) => <option key={s} value={s}>{t.proposals.statuses[s]}</option>)}
        </Select>
      </Field>
      <Field label={t.proposals.note} hint={t.proposals.noteHint} validationMessage={fields.note}>
        <Textarea value={note} maxLength={STATUS_NOTE_MAX} resize="vertical" onChange={(_, d) => setNote(d.value)} />
      </Field>
      <StatusRegion loading={busy} loadingLabel={t.proposals.saving} error={error} />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>{t.proposals.save}</Button>
        <Button onClick={onCancel} disabled={busy}>{t.common.cancel}</Button>
      </div>
    </form>
  );
}
