import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { UnitId } from '../../api/types';
import { UnitSelect } from '../../components/UnitSelect';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';

export type OptOutStatus = 'active' | 'revoked' | 'all';
export interface OptOutFilter { status: OptOutStatus; unit: UnitId | null; q: string }

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalM },
});

export function OptOutFilters({ value, onChange }: { value: OptOutFilter; onChange: (f: OptOutFilter) => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const styles = useStyles();
  const [text, setText] = useState(value.q);
  // Typing is debounced: one request when the user pauses, not one per letter.
  useEffect(() => {
    if (text === value.q) return;
    const timer = setTimeout(() => onChange({ ...value, q: text }), 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <form className={styles.form} aria-label={t.optOuts.filters} onSubmit={(e) => e.preventDefault()}>
      <Field label={t.optOuts.status}>
        <Select value={value.status} onChange={(_, d) => onChange({ ...value, status: d.value as OptOutStatus })}>
          <option value="active">{t.optOuts.statusActive}</option>
          <option value="revoked">{t.optOuts.statusRevoked}</option>
          <option value="all">{t.optOuts.statusAll}</option>
        </Select>
      </Field>
      {me.isCoordinator ? <UnitSelect value={value.unit} onChange={(unit) => onChange({ ...value, unit })} /> : null}
      <Field label={t.optOuts.text}>
        <Input type="search" value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
    </form>
  );
}
