/**
 * Units and the purpose catalogue. Saved units and purposes can be renamed but never removed (stored contacts
 * name them); one added in this edit can be taken out again before saving.
 */
import { Button, Checkbox, Field, Input, mergeClasses } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { STRATEGY_LIMITS } from '@contract/domain';
import { FieldError } from '../../components/FieldError';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useEditorStyles, useFocusWhenRendered, type Editing } from './editorShared';
import { fieldId, newKey, type FormPurpose, type FormUnit } from './strategyForm';

export function UnitsEditor({ editing }: { editing: Editing }) {
  const { t } = useI18n();
  const styles = useEditorStyles();
  const { form, update, err, unitLabel } = editing;
  const [message, setMessage] = useState<string | null>(null);
  // A row added by a button: its first field gets focus once it is on the page.
  const setFocusNext = useFocusWhenRendered();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const setUnit = (key: string, change: Partial<FormUnit>) =>
    update((f) => ({ ...f, units: f.units.map((u) => (u.key === key ? { ...u, ...change } : u)) }));

  const addUnit = () => {
    const unit: FormUnit = { key: newKey('unit'), saved: null, name: '', shortName: '', nameEn: '', purposes: [] };
    update((f) => ({ ...f, units: [...f.units, unit] }), true);
    setFocusNext(fieldId(`units.${form.units.length}.name`));
    setMessage(t.strategy.unitAdded);
  };

  const removeUnit = (u: FormUnit) => {
    const name = unitLabel(u.key);
    // Pairs and owners that pointed at the unit go with it: they could not be saved without it.
    update((f) => ({
      ...f,
      units: f.units.filter((x) => x.key !== u.key),
      pairs: f.pairs.filter((p) => !p.units.includes(u.key)),
      owners: f.owners.filter((o) => o.unit !== u.key),
    }), true);
    setMessage(t.strategy.newRemoved(name));
    headingRef.current?.focus();
  };

  return (
    <Section title={t.strategy.unitsHeading} intro={t.strategy.unitsIntro} headingRef={headingRef}>
      <div id={fieldId('units')} tabIndex={-1} className={styles.focusTarget}><FieldError message={err('units')} /></div>
      {form.units.map((u, i) => {
        const label = unitLabel(u.key);
        const path = `units.${i}`;
        return (
          <div key={u.key} className={styles.card} data-unit-key={u.key}>
            <fieldset id={fieldId(path)} tabIndex={-1} className={mergeClasses(styles.fieldset, styles.focusTarget)}>
              {/* Named as saved, or "Ny enhed 1": a group's name should not change while its fields are typed in. */}
              <legend className={styles.legend}>{u.saved ? u.saved.name : t.strategy.newUnit(form.units.filter((x) => !x.saved).indexOf(u) + 1)}</legend>
              <div className={styles.row}>
                <Field className={styles.grow} label={t.strategy.unitName} required validationMessage={err(`${path}.name`) ?? err(`${path}.id`)}>
                  <Input id={fieldId(`${path}.name`)} value={u.name} maxLength={STRATEGY_LIMITS.name}
                    onChange={(_, d) => setUnit(u.key, { name: d.value })} />
                </Field>
                <Field className={styles.grow} label={t.strategy.unitShortName} required validationMessage={err(`${path}.shortName`)}>
                  <Input id={fieldId(`${path}.shortName`)} value={u.shortName} maxLength={STRATEGY_LIMITS.shortName}
                    onChange={(_, d) => setUnit(u.key, { shortName: d.value })} />
                </Field>
                <Field className={styles.grow} label={t.strategy.unitNameEn} required validationMessage={err(`${path}.nameEn`)}>
                  <Input id={fieldId(`${path}.nameEn`)} value={u.nameEn} maxLength={STRATEGY_LIMITS.name} lang="en"
                    onChange={(_, d) => setUnit(u.key, { nameEn: d.value })} />
                </Field>
              </div>
              <fieldset id={fieldId(`${path}.purposes`)} tabIndex={-1} className={mergeClasses(styles.fieldset, styles.focusTarget)}>
                <legend className={styles.subLegend}>{t.strategy.unitPurposesOf(label)}</legend>
                <div className={styles.checks}>
                  {form.purposes.map((p) => (
                    <Checkbox key={p.key} label={editing.purposeLabel(p.key)} checked={u.purposes.includes(p.key)}
                      onChange={(_, d) => setUnit(u.key, {
                        purposes: d.checked ? [...u.purposes, p.key] : u.purposes.filter((x) => x !== p.key),
                      })} />
                  ))}
                </div>
                <FieldError message={err(`${path}.purposes`)} />
              </fieldset>
              {u.saved ? null : (
                <div className={styles.actions}>
                  <Button size="small" onClick={() => removeUnit(u)} aria-label={t.strategy.removeNewUnit(label)}>{t.strategy.removeNew}</Button>
                </div>
              )}
            </fieldset>
          </div>
        );
      })}
      <Button onClick={addUnit} disabled={form.units.length >= STRATEGY_LIMITS.units}>{t.strategy.addUnit}</Button>
      <StatusRegion success={message} />
      <PurposesEditor editing={editing} />
    </Section>
  );
}

function PurposesEditor({ editing }: { editing: Editing }) {
  const { t } = useI18n();
  const styles = useEditorStyles();
  const { form, update, err, purposeLabel } = editing;
  const [message, setMessage] = useState<string | null>(null);
  const setFocusNext = useFocusWhenRendered();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const setPurpose = (key: string, change: Partial<FormPurpose>) =>
    update((f) => ({ ...f, purposes: f.purposes.map((p) => (p.key === key ? { ...p, ...change } : p)) }));

  const addPurpose = () => {
    update((f) => ({ ...f, purposes: [...f.purposes, { key: newKey('purpose'), saved: null, name: '', nameEn: '' }] }), true);
    setFocusNext(fieldId(`purposes.${form.purposes.length}.name`));
    setMessage(t.strategy.purposeAdded);
  };

  const removePurpose = (p: FormPurpose) => {
    const name = purposeLabel(p.key);
    update((f) => ({
      ...f,
      purposes: f.purposes.filter((x) => x.key !== p.key),
      units: f.units.map((u) => ({ ...u, purposes: u.purposes.filter((k) => k !== p.key) })),
    }), true);
    setMessage(t.strategy.newRemoved(name));
    headingRef.current?.focus();
  };

  return (
    <Section title={t.strategy.purposesHeading} intro={t.strategy.purposesIntro} level={3} headingRef={headingRef}>
      <div id={fieldId('purposes')} tabIndex={-1} className={styles.focusTarget}><FieldError message={err('purposes')} /></div>
      <ul className={styles.grid} aria-label={t.strategy.purposesCaption}>
        {form.purposes.map((p, i) => {
          const label = purposeLabel(p.key);
          const path = `purposes.${i}`;
          return (
            <li key={p.key} className={styles.gridCard} data-purpose-key={p.key}>
              <fieldset id={fieldId(path)} tabIndex={-1} className={mergeClasses(styles.fieldset, styles.focusTarget)}>
                <legend className={styles.subLegend}>{p.saved ? p.saved.name : t.strategy.newPurpose(form.purposes.filter((x) => !x.saved).indexOf(p) + 1)}</legend>
                <div className={styles.stack}>
                  <Field label={t.strategy.purposeName} required validationMessage={err(`${path}.name`) ?? err(`${path}.id`)}>
                    <Input id={fieldId(`${path}.name`)} value={p.name} maxLength={STRATEGY_LIMITS.name}
                      onChange={(_, d) => setPurpose(p.key, { name: d.value })} />
                  </Field>
                  <Field label={t.strategy.purposeNameEn} required validationMessage={err(`${path}.nameEn`)}>
                    <Input id={fieldId(`${path}.nameEn`)} value={p.nameEn} maxLength={STRATEGY_LIMITS.name} lang="en"
                      onChange={(_, d) => setPurpose(p.key, { nameEn: d.value })} />
                  </Field>
                  {p.saved ? null : (
                    <div>
                      <Button size="small" onClick={() => removePurpose(p)} aria-label={t.strategy.removeNewPurpose(label)}>{t.strategy.removeNew}</Button>
                    </div>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div className={styles.actions}>
        <Button onClick={addPurpose} disabled={form.purposes.length >= STRATEGY_LIMITS.purposes}>{t.strategy.addPurpose}</Button>
      </div>
      <StatusRegion success={message} />
    </Section>
  );
}
