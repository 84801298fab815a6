import { Button, DialogActions, DialogBody, DialogContent, DialogTitle, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConfirmPendingOptOutRequest, DismissPendingOptOutRequest, PendingOptOutListResponse, UnitId } from '../../api/types';
import { errorText, fieldErrors } from '../../api/errorText';
import { RetainedDialog } from '../../components/RetainedDialog';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { ScopeFields, type ScopeKind } from './ScopeFields';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0 },
});

export type PendingItem = PendingOptOutListResponse['pending'][number];
export interface PendingDecision { item: PendingItem; kind: 'confirm' | 'dismiss' }

/** Confirm (scope and reason) or dismiss (reason) a company's wish for fewer or no contacts. */
export function PendingDialog({ decision, onClose, onDone }: {
  decision: PendingDecision | null; onClose: () => void; onDone: (kind: PendingDecision['kind'], name: string) => void;
}) {
  return (
    <RetainedDialog value={decision} onClose={onClose}>
      {(shown) => <DecisionForm key={`${shown.kind}-${shown.item.id}`} decision={shown} onClose={onClose} onDone={onDone} />}
    </RetainedDialog>
  );
}

function DecisionForm({ decision, onClose, onDone }: {
  decision: PendingDecision; onClose: () => void; onDone: (kind: PendingDecision['kind'], name: string) => void;
}) {
  const { t } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const { item, kind } = decision;
  const name = item.companyName ?? `CVR ${item.cvr}`;
  // "No contacts" applies to every unit unless the coordinator narrows it; "fewer" asks which units stop calling.
  const [scope, setScope] = useState<ScopeKind>(item.wish === 'none' ? 'all' : 'units');
  const [units, setUnits] = useState<UnitId[]>([]);
  const [reason, setReason] = useState(kind === 'confirm' ? item.comment ?? t.feedback.reasonDefault[item.wish] ?? '' : '');
  const [errors, setErrors] = useState<{ units?: string; reason?: string; scope?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const found = {
      ...(kind === 'confirm' && scope === 'units' && units.length === 0 ? { units: t.optOuts.needUnits } : {}),
      ...(reason.trim() ? {} : { reason: t.optOuts.needReason }),
    };
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const path = `/feedback/responses/${encodeURIComponent(item.cvr)}/${encodeURIComponent(item.linkId)}/${kind}`;
    try {
      if (kind === 'confirm') {
        const body: ConfirmPendingOptOutRequest = { scope: scope === 'all' ? { kind: 'all' } : { kind: 'units', units }, reason: reason.trim() };
        await api.post(path, body);
      } else {
        const body: DismissPendingOptOutRequest = { reason: reason.trim() };
        await api.post(path, body);
      }
      onDone(kind, name);
    } catch (err) {
      const f = fieldErrors(err);
      setErrors({ units: f.optOutUnits, scope: f.optOutScope, reason: f.optOutReason ?? f.reason });
      setError(errorText(err, t));
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <DialogBody>
        <DialogTitle>{kind === 'confirm' ? t.feedback.confirmHeading : t.feedback.dismissHeading}</DialogTitle>
        <DialogContent className={styles.content}>
          <p className={styles.intro}>{kind === 'confirm' ? t.feedback.confirmIntro(name, t.feedback.wishes[item.wish].toLowerCase()) : t.feedback.dismissIntro(name)}</p>
          {kind === 'confirm' ? <ScopeFields scope={scope} units={units} onScope={setScope} onUnits={setUnits} errors={errors} /> : null}
          <Field label={kind === 'confirm' ? t.optOuts.reasonLabel : t.feedback.dismissReason} required validationMessage={errors.reason}>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
          </Field>
          <StatusRegion loading={busy} loadingLabel={t.optOuts.saving} error={error} />
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onClose} disabled={busy}>{t.common.cancel}</Button>
          <Button appearance="primary" type="submit" disabled={busy}>{kind === 'confirm' ? t.feedback.confirmSubmit : t.feedback.dismissSubmit}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
