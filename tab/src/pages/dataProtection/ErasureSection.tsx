/** Erasure on request: choose what, see what would go, then erase; the audit trail below lists every erasure. */
import { Button, Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ErasurePreviewResponse, ErasureResponse } from '../../api/types';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { CountList } from './CountList';
import { ErasureAudit } from './ErasureAudit';

const useStyles = makeStyles({
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
});

type Kind = 'contact' | 'company' | 'person';

export function ErasureSection() {
  const { t } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const d = t.dataProtection;
  const [kind, setKind] = useState<Kind>('company');
  const [cvr, setCvr] = useState('');
  const [contactId, setContactId] = useState('');
  const [name, setName] = useState('');
  const [preview, setPreview] = useState<ErasurePreviewResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [erasures, setErasures] = useState(0);
  const request = { kind, cvr: cvr.trim(), contactId: contactId.trim(), name };
  const change = (apply: () => void) => { apply(); setPreview(null); setDone(null); };
  const act = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title={d.erasureHeading} intro={d.erasureIntro}>
      <Field label={d.erasureKind}>
        <RadioGroup value={kind} onChange={(_, v) => change(() => setKind(v.value as Kind))} layout="horizontal">
          <Radio value="contact" label={d.kindContact} />
          <Radio value="company" label={d.kindCompany} />
          <Radio value="person" label={d.kindPerson} />
        </RadioGroup>
      </Field>
      <div className={styles.fields}>
        {kind !== 'person' ? <Field label={d.cvr}><Input value={cvr} onChange={(_, v) => change(() => setCvr(v.value))} /></Field> : null}
        {kind === 'contact' ? <Field label={d.contactId}><Input value={contactId} onChange={(_, v) => change(() => setContactId(v.value))} /></Field> : null}
        {kind === 'person' ? <Field label={d.personName}><Input value={name} onChange={(_, v) => change(() => setName(v.value))} /></Field> : null}
      </div>
      <Button disabled={busy} onClick={() => void act(async () => setPreview(await api.post<ErasurePreviewResponse>('/erasure/preview', request)))}>{d.preview}</Button>
      {preview ? (
        preview.total === 0 ? <p>{d.previewNone}</p> : (
          <>
            <CountList heading={d.previewTotal(preview.total)} counts={preview.counts} label={(k) => k} />
            <Button appearance="primary" disabled={busy} onClick={() => void act(async () => {
              const r = await api.post<ErasureResponse>('/erasure', { ...request, confirm: true });
              setPreview(null);
              setDone(d.erased(Object.values(r.counts).reduce((a, b) => a + b, 0)));
              setErasures((n) => n + 1);
            })}>{d.erase}</Button>
          </>
        )
      ) : null}
      <StatusRegion loading={busy} error={error} success={done} />
      <h3>{d.auditHeading}</h3>
      <ErasureAudit generation={erasures} />
    </Section>
  );
}
