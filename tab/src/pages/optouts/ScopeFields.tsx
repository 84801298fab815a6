import { Checkbox, Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { UnitId } from '../../api/types';
import { FieldError } from '../../components/FieldError';
import { useI18n } from '../../i18n';
import { useSession, useUnitName } from '../../shell/session';

const useStyles = makeStyles({
  units: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  fieldset: { border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
});

export type ScopeKind = 'all' | 'units';

/** Whom an opt-out applies to: every unit, or the ones ticked. */
export function ScopeFields({ scope, units, onScope, onUnits, errors }: {
  scope: ScopeKind; units: readonly UnitId[]; onScope: (s: ScopeKind) => void; onUnits: (u: UnitId[]) => void;
  errors: { scope?: string; units?: string };
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const unitName = useUnitName();
  const styles = useStyles();
  return (
    <>
      <Field label={t.optOuts.scopeLabel} validationMessage={errors.scope}>
        <RadioGroup value={scope} onChange={(_, d) => onScope(d.value as ScopeKind)} layout="horizontal">
          <Radio value="all" label={t.optOuts.scopeAllOption} />
          <Radio value="units" label={t.optOuts.scopeUnitsOption} />
        </RadioGroup>
      </Field>
      {scope === 'units' ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t.optOuts.unitsLabel}</legend>
          <div className={styles.units}>
            {me.units.map((u) => (
              <Checkbox key={u.id} label={unitName(u.id)} checked={units.includes(u.id)}
                onChange={(_, d) => onUnits(d.checked ? [...units, u.id] : units.filter((x) => x !== u.id))} />
            ))}
          </div>
          <FieldError message={errors.units} />
        </fieldset>
      ) : null}
    </>
  );
}
