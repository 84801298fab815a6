/**
 * Contact owners: who to ask first about a company, an industry (DB07 section) or an area (a Norddjurs postal
 * code). Existing owners are edited in their card; new ones are added below them.
 */
import { Button, Field, Input, mergeClasses, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { INDUSTRY_SECTIONS, NORDDJURS_POSTAL_AREAS, STRATEGY_LIMITS } from '@contract/domain';
import type { OwnerTarget } from '../../api/types';
import { CompanySearch, type CompanyHit } from '../../components/CompanySearch';
import { FieldError } from '../../components/FieldError';
import { Section } from '../../components/Section';
import { ShowMore } from '../../components/ShowMore';
import { StatusRegion } from '../../components/StatusRegion';
import { areaName, sectionName } from '../../format/labels';
import { useI18n } from '../../i18n';
import { useEditorStyles, type Editing } from './editorShared';
import { fieldId, newOwnerId, sameTarget, type FormOwner } from './strategyForm';

export function OwnersEditor({ editing, targetText, targetName, onCompanyNamed }: {
  editing: Editing;
  /** The target in a sentence (labels, messages), and bare under the "Type" column. */
  targetText: (t: OwnerTarget) => string;
  targetName: (t: OwnerTarget) => string;
  /** A company picked in the search: its name is needed to show the new owner's row. */
  onCompanyNamed: (cvr: string, name: string) => void;
}) {
  const { t } = useI18n();
  const styles = useEditorStyles();
  const { form, update, err, unitLabel } = editing;
  const [message, setMessage] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A page of saved owners at a time (there may be thousands); new ones and any the server found fault with
  // are always shown.
  const [count, setCount] = useState(PAGE);
  const faulty = new Set(editing.errorPaths.map((p) => /^owners\.(\d+)/.exec(p)?.[1]).filter((x) => x !== undefined).map(Number));
  const shown = form.owners.map((o, i) => ({ o, i })).filter(({ o, i }) => i < count || !o.saved || faulty.has(i));

  const setOwner = (key: string, change: Partial<FormOwner>) =>
    update((f) => ({ ...f, owners: f.owners.map((o) => (o.key === key ? { ...o, ...change } : o)) }));

  const removeOwner = (o: FormOwner) => {
    update((f) => ({ ...f, owners: f.owners.filter((x) => x.key !== o.key) }), true);
    setMessage(t.strategy.ownerRemoved(targetText(o.target)));
    headingRef.current?.focus();
  };

  return (
    <Section title={t.strategy.ownersHeading} intro={t.strategy.ownersIntro} headingRef={headingRef}>
      <div id={fieldId('owners')} tabIndex={-1} className={styles.focusTarget}><FieldError message={err('owners')} /></div>
      {form.owners.length === 0 ? <p>{t.strategy.ownersNone}</p> : (
        <ul className={styles.grid} aria-label={t.strategy.ownersCaption}>
          {shown.map(({ o, i }) => {
            const path = `owners.${i}`;
            const target = targetText(o.target);
            return (
              <li key={o.key} className={styles.gridCard} data-owner-target={o.target.kind}>
                <fieldset id={fieldId(path)} tabIndex={-1} className={mergeClasses(styles.fieldset, styles.focusTarget)}>
                  <legend className={styles.subLegend}>
                    {targetName(o.target)} <span className={styles.kind}>({t.strategy.kinds[o.target.kind]})</span>
                  </legend>
                  <div className={styles.stack}>
                    <FieldError message={err(`${path}.target`) ?? err(path)} />
                    <Field label={t.strategy.ownerUnit} validationMessage={err(`${path}.unit`)}>
                      <Select id={fieldId(`${path}.unit`)} value={o.unit} onChange={(_, d) => setOwner(o.key, { unit: d.value })}>
                        {form.units.map((u) => <option key={u.key} value={u.key}>{unitLabel(u.key)}</option>)}
                      </Select>
                    </Field>
                    <Field label={t.strategy.person} validationMessage={err(`${path}.person`)}>
                      <Input id={fieldId(`${path}.person`)} value={o.person} maxLength={STRATEGY_LIMITS.person}
                        onChange={(_, d) => setOwner(o.key, { person: d.value })} />
                    </Field>
                    <Field label={t.strategy.note} validationMessage={err(`${path}.note`)}>
                      <Input id={fieldId(`${path}.note`)} value={o.note} maxLength={STRATEGY_LIMITS.ownerNote}
                        onChange={(_, d) => setOwner(o.key, { note: d.value })} />
                    </Field>
                    <div>
                      <Button size="small" onClick={() => removeOwner(o)} aria-label={t.strategy.removeOwnerFor(target)}>{t.strategy.remove}</Button>
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < form.owners.length ? (
        <ShowMore shown={shown.length} total={form.owners.length} more={Math.min(PAGE, form.owners.length - shown.length)}
          onMore={() => setCount((c) => c + PAGE)} />
      ) : null}
      <StatusRegion success={message} />
      <AddOwner editing={editing} targetText={targetText} onCompanyNamed={onCompanyNamed} onAdded={setMessage} />
    </Section>
  );
}

type Kind = OwnerTarget['kind'];

const PAGE = 60;

function AddOwner({ editing, targetText, onCompanyNamed, onAdded }: {
  editing: Editing; targetText: (t: OwnerTarget) => string; onCompanyNamed: (cvr: string, name: string) => void;
  onAdded: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const styles = useEditorStyles();
  const { form, update, unitLabel } = editing;
  const [kind, setKind] = useState<Kind>('company');
  const [company, setCompany] = useState<CompanyHit | null>(null);
  const [section, setSection] = useState(INDUSTRY_SECTIONS[0].code);
  const [postalCode, setPostalCode] = useState(NORDDJURS_POSTAL_AREAS[0].code);
  const [unit, setUnit] = useState(form.units[0]?.key ?? '');
  const [person, setPerson] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ at: 'company' | 'target'; text: string } | null>(null);
  // Picking a company replaces the search with the choice, and "choose another" the other way round: focus
  // follows, so it is not dropped on the page's body with the button that had it.
  const formRef = useRef<HTMLFormElement>(null);
  const [focusAfterPick, setFocusAfterPick] = useState<'chosen' | 'search' | null>(null);
  useEffect(() => {
    if (!focusAfterPick) return;
    const el = formRef.current?.querySelector<HTMLElement>(focusAfterPick === 'chosen' ? '[data-chosen-company]' : 'input[type="search"]');
    el?.focus();
    setFocusAfterPick(null);
  }, [focusAfterPick]);

  const add = () => {
    let target: OwnerTarget;
    if (kind === 'company') {
      if (!company) return setError({ at: 'company', text: t.strategy.ownerNeedCompany });
      target = { kind: 'company', cvr: company.cvr };
    } else if (kind === 'industry') target = { kind: 'industry', section };
    else target = { kind: 'area', postalCode };
    const text = kind === 'company' && company ? company.name : targetText(target);
    if (form.owners.some((o) => sameTarget(o.target, target))) return setError({ at: 'target', text: t.strategy.ownerExists(text) });
    const unitKey = form.units.some((u) => u.key === unit) ? unit : form.units[0]?.key ?? '';
    setError(null);
    if (company && target.kind === 'company') onCompanyNamed(company.cvr, company.name);
    update((f) => ({ ...f, owners: [...f.owners, { key: `owner:${newOwnerId()}`, saved: false, id: newOwnerId(), target, unit: unitKey, person, note }] }), true);
    setCompany(null);
    setPerson('');
    setNote('');
    onAdded(t.strategy.ownerAdded(text));
  };

  return (
    <Section title={t.strategy.addOwnerHeading} level={3}>
      <form ref={formRef} className={styles.box} noValidate onSubmit={(e) => { e.preventDefault(); add(); }}>
        <Field label={t.strategy.ownerKind}>
          <RadioGroup value={kind} layout="horizontal" onChange={(_, d) => { setKind(d.value as Kind); setError(null); }}>
            <Radio value="company" label={t.strategy.kinds.company} />
            <Radio value="industry" label={t.strategy.kinds.industry} />
            <Radio value="area" label={t.strategy.kinds.area} />
          </RadioGroup>
        </Field>
        {kind === 'company' ? (
          company ? (
            <Field label={t.strategy.ownerCompany} validationMessage={error?.at === 'target' ? error.text : undefined}>
              <div className={styles.rowEnd}>
                <span data-chosen-company tabIndex={-1} className={styles.focusTarget}>{t.optOuts.chosen(company.name, company.cvr)}</span>
                <Button size="small" onClick={() => { setCompany(null); setFocusAfterPick('search'); }}>{t.optOuts.changeCompany}</Button>
              </div>
            </Field>
          ) : (
            <div>
              <CompanySearch label={t.strategy.ownerCompany} onPick={(hit) => { setCompany(hit); setError(null); setFocusAfterPick('chosen'); }} />
              <FieldError message={error?.at === 'company' ? error.text : undefined} />
            </div>
          )
        ) : kind === 'industry' ? (
          <Field label={t.strategy.ownerIndustry} validationMessage={error?.at === 'target' ? error.text : undefined}>
            <Select value={section} onChange={(_, d) => setSection(d.value)}>
              {INDUSTRY_SECTIONS.map((s) => <option key={s.code} value={s.code}>{sectionName(s.code, locale)}</option>)}
            </Select>
          </Field>
        ) : (
          <Field label={t.strategy.ownerArea} validationMessage={error?.at === 'target' ? error.text : undefined}>
            <Select value={postalCode} onChange={(_, d) => setPostalCode(d.value)}>
              {NORDDJURS_POSTAL_AREAS.map((a) => <option key={a.code} value={a.code}>{areaName(a.code)}</option>)}
            </Select>
          </Field>
        )}
        <div className={styles.row}>
          <Field className={styles.grow} label={t.strategy.ownerUnit}>
            <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
              {form.units.map((u) => <option key={u.key} value={u.key}>{unitLabel(u.key)}</option>)}
            </Select>
          </Field>
          <Field className={styles.grow} label={t.strategy.ownerPerson}>
            <Input value={person} maxLength={STRATEGY_LIMITS.person} onChange={(_, d) => setPerson(d.value)} />
          </Field>
        </div>
        <Field label={t.strategy.ownerNote}>
          <Input value={note} maxLength={STRATEGY_LIMITS.ownerNote} onChange={(_, d) => setNote(d.value)} />
        </Field>
        <div>
          <Button type="submit" disabled={form.owners.length >= STRATEGY_LIMITS.owners}>{t.strategy.addOwner}</Button>
        </div>
      </form>
    </Section>
  );
}
