/**
 * Retention periods per kind and the daily job's runs. The coordinator edits the periods, with a dry-run of what new
 * periods would delete before they are saved; the DataProtection role reads them.
 */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { RetentionDryRunResponse, RetentionResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { CountList } from './CountList';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalM },
});

export function RetentionSection({ editable }: { editable: boolean }) {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const d = t.dataProtection;
  const { data, error, loading, reload } = useResource((signal) => api.get<RetentionResponse>('/retention', undefined, signal), 'retention');
  return (
    <Section title={d.retentionHeading} intro={editable ? d.retentionIntro : undefined}>
      <StatusRegion loading={loading} error={error} />
      {data ? (
        <>
          {editable ? <RetentionForm data={data} onSaved={reload} /> : (
            <ul>{Object.entries(data.periods).map(([kind, days]) => <li key={kind}>{d.kinds[kind] ?? kind}: {days} {d.days}</li>)}</ul>
          )}
          <h3>{d.lastRuns}</h3>
          {data.runs.length === 0 ? <p>{d.noRuns}</p> : (
            <ul>{data.runs.map((r) => <li key={r.id}>{formatTime(r.at, locale)}: {Object.entries(r.counts).map(([k, n]) => `${d.kinds[k] ?? k} ${n}`).join(', ') || '0'}</li>)}</ul>
          )}
        </>
      ) : null}
    </Section>
  );
}

function RetentionForm({ data, onSaved }: { data: RetentionResponse; onSaved: () => void }) {
  const { t } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const d = t.dataProtection;
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [dry, setDry] = useState<Record<string, number> | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    setDraft(Object.fromEntries(Object.entries(data.periods).map(([k, v]) => [k, String(v)])));
  }, [data]);
  const periods = () => Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, Number(v)]));
  const act = async (what: () => Promise<void>) => {
    setBusy(true);
    setActionError(null);
    setDone(null);
    try {
      await what();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className={styles.grid}>
        {Object.keys(data.periods).map((kind) => (
          <Field key={kind} label={`${d.kinds[kind] ?? kind} (${d.days})`} hint={d.minimum(data.minimum[kind as keyof typeof data.minimum])}>
            <Input type="number" value={draft[kind] ?? ''} onChange={(_, v) => { setDraft({ ...draft, [kind]: v.value }); setDry(null); }} />
          </Field>
        ))}
      </div>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void act(async () => setDry((await api.post<RetentionDryRunResponse>('/retention/dry-run', { periods: periods() })).counts))}>{d.dryRun}</Button>
        <Button appearance="primary" disabled={busy} onClick={() => void act(async () => { await api.put('/retention', { periods: periods() }); setDone(d.saved); onSaved(); })}>{d.save}</Button>
      </div>
      <StatusRegion loading={busy} error={actionError} success={done} />
      {dry ? <CountList heading={d.wouldDelete} counts={dry} label={(k) => d.kinds[k] ?? k} /> : null}
    </>
  );
}
