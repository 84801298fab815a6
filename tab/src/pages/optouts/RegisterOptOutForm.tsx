import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { copenhagenDay } from '@contract/domain';
import type { OptOut, RegisterOptOutRequest } from '../../api/types';
import { errorText, fieldErrors } from '../../api/errorText';
import { CompanySearch, type CompanyHit } from '../../components/CompanySearch';
import { FieldError } from '../../components/FieldError';
import { StatusRegion } from '../../components/StatusRegion';
import { formatDate } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { ScopeFields, type ScopeKind } from './ScopeFields';

/** The words the register stores (the bot and the demo data use the same), shown translated. */
const SOURCES = ['telefon', 'e-mail', 'brev', 'møde', 'feedback-link', 'andet'];

const useStyles = makeStyles({
  form: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem', padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  chosen: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

interface Errors { company?: string; units?: string; reason?: string; scope?: string }

/** Any staff member registers a company's "do not contact us" so every unit sees it before calling. */
export function RegisterOptOutForm({ onSaved }: { onSaved: (o: OptOut, name: string) => void }) {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const [company, setCompany] = useState<CompanyHit | null>(null);
  const [scope, setScope] = useState<ScopeKind>('all');
  const [units, setUnits] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [source, setSource] = useState('telefon');
  const [date, setDate] = useState(() => copenhagenDay(new Date()));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const validate = (): Errors => ({
    ...(company ? {} : { company: t.optOuts.needCompany }),
    ...(scope === 'units' && units.length === 0 ? { units: t.optOuts.needUnits } : {}),
    ...(reason.trim() ? {} : { reason: t.optOuts.needReason }),
  });

  const submit = async () => {
    const found = validate();
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0 || !company) return;
    setBusy(true);
    try {
      const body: RegisterOptOutRequest = {
        cvr: company.cvr, scope: scope === 'all' ? { kind: 'all' } : { kind: 'units', units }, reason: reason.trim(), source, date,
      };
      const saved = await api.post<OptOut>('/optouts', body);
      onSaved(saved, company.name);
      setCompany(null);
      setScope('all');
      setUnits([]);
      setReason('');
    } catch (err) {
      const f = fieldErrors(err);
      setErrors({ company: f.cvr, scope: f.optOutScope, units: f.optOutUnits, reason: f.optOutReason ?? f.reason });
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
      {company ? (
        <Field label={t.optOuts.companyLabel}>
          <div className={styles.chosen}>
            <span>{t.optOuts.chosen(company.name, company.cvr)}</span>
            <Button size="small" onClick={() => setCompany(null)}>{t.optOuts.changeCompany}</Button>
          </div>
        </Field>
      ) : (
        <div>
          <CompanySearch label={t.optOuts.companyLabel} onPick={setCompany} />
          <FieldError message={errors.company} />
        </div>
      )}
      <ScopeFields scope={scope} units={units} onScope={setScope} onUnits={setUnits} errors={errors} />
      <Field label={t.optOuts.reasonLabel} required validationMessage={errors.reason}>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Field label={t.optOuts.sourceLabel}>
          <Select value={source} onChange={(_, d) => setSource(d.value)}>
            {SOURCES.map((s) => <option key={s} value={s}>{t.optOuts.sources[s] ?? s}</option>)}
          </Select>
        </Field>
        <Field label={t.optOuts.dateLabel} hint={/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date, locale) : undefined}>
          <Input type="date" value={date} max={copenhagenDay(new Date())} onChange={(_, d) => setDate(d.value)} />
        </Field>
      </div>
      <StatusRegion loading={busy} loadingLabel={t.optOuts.saving} error={error} />
      <div>
        <Button appearance="primary" type="submit" disabled={busy}>{t.optOuts.submit}</Button>
      </div>
    </form>
  );
}
