import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { UnitId } from '../../api/types';
import { UnitSelect } from '../../components/UnitSelect';
import { formatDate } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession, useUnitName } from '../../shell/session';

export interface OverviewFilter { from: string; to: string; unit: UnitId | null }

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  fixed: { margin: 0, alignSelf: 'center', color: tokens.colorNeutralForeground2 },
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Period and unit. Dates are applied only once both are whole days in order, so typing a date digit by
 * digit does not fire a request per keystroke with a half-typed year.
 */
export function OverviewFilters({ value, onChange }: { value: OverviewFilter; onChange: (f: OverviewFilter) => void }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const unitName = useUnitName();
  const styles = useStyles();
  const [from, setFrom] = useState(value.from);
  const [to, setTo] = useState(value.to);
  useEffect(() => {
    setFrom(value.from);
    setTo(value.to);
  }, [value.from, value.to]);

  const invalid = DAY.test(from) && DAY.test(to) && from > to;
  const apply = (f: string, tt: string) => {
    if (DAY.test(f) && DAY.test(tt) && f <= tt && (f !== value.from || tt !== value.to)) onChange({ ...value, from: f, to: tt });
  };
  return (
    <form className={styles.form} aria-label={t.overview.filters} onSubmit={(e) => e.preventDefault()}>
      {/* The native picker shows the browser's date format; the hint spells the day the Danish way. */}
      <Field label={t.overview.from} hint={DAY.test(from) ? formatDate(from, locale) : undefined}
        validationMessage={invalid ? t.overview.invalidPeriod : undefined}>
        <Input type="date" value={from} max={to || undefined} onChange={(_, d) => { setFrom(d.value); apply(d.value, to); }} />
      </Field>
      <Field label={t.overview.to} hint={DAY.test(to) ? formatDate(to, locale) : undefined}>
        <Input type="date" value={to} min={from || undefined} onChange={(_, d) => { setTo(d.value); apply(from, d.value); }} />
      </Field>
      {me.isCoordinator ? (
        <UnitSelect value={value.unit} onChange={(unit) => onChange({ ...value, unit })} />
      ) : (
        <p className={styles.fixed}>{t.overview.unitFixed(me.unit ? unitName(me.unit) : '–')}</p>
      )}
    </form>
  );
}
