import { Button, DialogActions, DialogBody, DialogContent, DialogTitle, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { OptOut, RevokeOptOutRequest } from '../../api/types';
import { errorText, fieldErrors } from '../../api/errorText';
import { RetainedDialog } from '../../components/RetainedDialog';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import type { ListedOptOut } from './OptOutTable';

/** Revoking asks why: the register is also the company's GDPR objection, so the reason is kept. */
export function RevokeDialog({ optOut, onClose, onRevoked }: {
  optOut: ListedOptOut | null; onClose: () => void; onRevoked: (o: OptOut, name: string) => void;
}) {
  return (
    <RetainedDialog value={optOut} onClose={onClose}>
      {(shown) => <RevokeForm key={shown.id} optOut={shown} onClose={onClose} onRevoked={onRevoked} />}
    </RetainedDialog>
  );
}

function RevokeForm({ optOut, onClose, onRevoked }: {
  optOut: ListedOptOut; onClose: () => void; onRevoked: (o: OptOut, name: string) => void;
}) {
  const { t } = useI18n();
  const { api } = useSession();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const name = optOut.companyName ?? `CVR ${optOut.cvr}`;

  const submit = async () => {
    if (!reason.trim()) {
      setFieldError(t.optOuts.needReason);
      return;
    }
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      const body: RevokeOptOutRequest = { reason: reason.trim() };
      const revoked = await api.post<OptOut>(`/optouts/${encodeURIComponent(optOut.cvr)}/${encodeURIComponent(optOut.id)}/revoke`, body);
      onRevoked(revoked, name);
    } catch (err) {
      setError(errorText(err, t));
      setFieldError(fieldErrors(err).reason ?? null);
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <DialogBody>
        <DialogTitle>{t.optOuts.revokeHeading}</DialogTitle>
        <DialogContent>
          <p>{t.optOuts.revokeIntro(name)}</p>
          <Field label={t.optOuts.revokeReason} required validationMessage={fieldError ?? undefined}>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
          </Field>
          <StatusRegion loading={busy} loadingLabel={t.optOuts.saving} error={error} />
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onClose} disabled={busy}>{t.common.cancel}</Button>
          <Button appearance="primary" type="submit" disabled={busy}>{t.optOuts.revokeConfirm}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
