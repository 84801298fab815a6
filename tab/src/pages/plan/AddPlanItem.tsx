import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CompanyResponse, PlanItem, UnitId } from '../../api/types';
import { errorText } from '../../api/errorText';
import { CompanySearch, type CompanyHit } from '../../components/CompanySearch';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useSession, useUnitName } from '../../shell/session';
import { activeOptOutFor, manualItem } from './planEdits';

const useStyles = makeStyles({
  box: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: '40rem',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
});

/**
 * Adds a company the coordinator picks. The company's opt-outs are read first so an item pointing a unit at
 * a company that declined it is refused here already; the server checks again on save.
 */
export function AddPlanItem({ plan, onAdd }: { plan: readonly PlanItem[]; onAdd: (item: PlanItem) => void }) {
  const { t } = useI18n();
  const { api, me } = useSession();
  const unitName = useUnitName();
  const styles = useStyles();
  const [company, setCompany] = useState<CompanyHit | null>(null);
  const [unit, setUnit] = useState<UnitId>(me.units[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const add = async () => {
    if (!company) return;
    setError(null);
    setDone(null);
    if (plan.some((i) => i.cvr === company.cvr)) {
      setError(t.plan.alreadyInPlan(company.name));
      return;
    }
    setBusy(true);
    try {
      const details = await api.get<CompanyResponse>(`/companies/${encodeURIComponent(company.cvr)}`);
      if (activeOptOutFor(details.optOuts, unit)) {
        setError(t.plan.addOptedOut(details.company.name, unitName(unit)));
        return;
      }
      onAdd(manualItem(details.company, unit, details.optOuts));
      setDone(t.plan.added(details.company.name));
      setCompany(null);
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.box}>
      {company ? (
        <Field label={t.common.company}>
          <div className={styles.row}>
            <span>{t.optOuts.chosen(company.name, company.cvr)}</span>
            <Button size="small" onClick={() => setCompany(null)}>{t.optOuts.changeCompany}</Button>
          </div>
        </Field>
      ) : (
        <CompanySearch onPick={(hit) => { setCompany(hit); setError(null); setDone(null); }} />
      )}
      <div className={styles.row}>
        <Field label={t.plan.addUnit}>
          <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
            {me.units.map((u) => <option key={u.id} value={u.id}>{unitName(u.id)}</option>)}
          </Select>
        </Field>
        <Button appearance="primary" disabled={!company || busy} onClick={() => void add()}>{t.plan.add}</Button>
      </div>
      <StatusRegion loading={busy} error={error} success={done} />
    </div>
  );
}
