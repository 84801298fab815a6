import { Field, Select } from '@fluentui/react-components';
import type { UnitId } from '../api/types';
import { useI18n } from '../i18n';
import { useSession, useUnitName } from '../shell/session';

/** A unit filter: "all units" plus each unit; '' stands for all. */
export function UnitSelect({ value, onChange, label }: { value: UnitId | null; onChange: (unit: UnitId | null) => void; label?: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const unitName = useUnitName();
  return (
    <Field label={label ?? t.common.unit}>
      <Select value={value ?? ''} onChange={(_, d) => onChange(d.value === '' ? null : d.value)}>
        <option value="">{t.common.allUnits}</option>
        {me.units.map((u) => <option key={u.id} value={u.id}>{unitName(u.id)}</option>)}
      </Select>
    </Field>
  );
}
