/** The parallel-contact window for all units, the pairs of units with their own, and the silence threshold. */
import {
  Button, mergeClasses, Field, Input, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { STRATEGY_LIMITS } from '@contract/domain';
import { FieldError } from '../../components/FieldError';
import { RowHeader } from '../../components/RowHeader';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { useTableStyles } from '../../components/tableStyles';
import { useI18n } from '../../i18n';
import { useEditorStyles, type Editing } from './editorShared';
import { fieldId, newKey, pairKeyOf, parseWhole, type FormPair } from './strategyForm';

export function WindowsEditor({ editing }: { editing: Editing }) {
  const { t } = useI18n();
  const styles = useEditorStyles();
  const table = useTableStyles();
  const { form, update, err, unitLabel } = editing;
  const [message, setMessage] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pairName = (p: Pick<FormPair, 'units'>) => t.strategy.pairName(unitLabel(p.units[0]), unitLabel(p.units[1]));

  const removePair = (p: FormPair) => {
    update((f) => ({ ...f, pairs: f.pairs.filter((x) => x.key !== p.key) }), true);
    setMessage(t.strategy.pairRemoved(pairName(p)));
    headingRef.current?.focus();
  };

  return (
    <>
      <Section title={t.strategy.windowsHeading} intro={t.strategy.windowsIntro} headingRef={headingRef}>
        <Field label={t.strategy.overallDays} hint={t.strategy.overallDaysHint} validationMessage={err('windows.overallDays')}>
          <Input id={fieldId('windows.overallDays')} className={styles.number} type="number" inputMode="numeric"
            min={1} max={STRATEGY_LIMITS.maxWindowDays} value={form.overallDays}
            onChange={(_, d) => update((f) => ({ ...f, overallDays: d.value }))} />
        </Field>
        <div id={fieldId('windows.pairs')} tabIndex={-1} className={styles.focusTarget}><FieldError message={err('windows.pairs')} /></div>
        <div className={styles.block}>
          {form.pairs.length === 0 ? <p>{t.strategy.pairsNone}</p> : (
            <div className={mergeClasses(table.wrap, styles.limit)}>
              <Table size="small" className={table.table}>
                <caption className={table.caption}>{t.strategy.pairsCaption}</caption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t.strategy.pair}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.strategy.pairDays}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t.strategy.actions}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {form.pairs.map((p, i) => {
                    const path = `windows.pairs.${i}`;
                    const name = pairName(p);
                    return (
                      <TableRow key={p.key} data-pair={pairKeyOf(p.units)}>
                        <RowHeader>
                          <span id={fieldId(path)} tabIndex={-1} className={styles.focusTarget}>{name}</span>
                          <FieldError message={err(path) ?? err(`${path}.units`)} />
                        </RowHeader>
                        <TableCell>
                          <Field validationMessage={err(`${path}.days`)}>
                            <Input id={fieldId(`${path}.days`)} className={styles.number} size="small" type="number" inputMode="numeric"
                              min={1} max={STRATEGY_LIMITS.maxWindowDays} value={p.days} aria-label={t.strategy.pairDaysFor(name)}
                              onChange={(_, d) => update((f) => ({ ...f, pairs: f.pairs.map((x) => (x.key === p.key ? { ...x, days: d.value } : x)) }))} />
                          </Field>
                        </TableCell>
                        <TableCell>
                          <Button size="small" onClick={() => removePair(p)} aria-label={t.strategy.removePairFor(name)}>{t.strategy.remove}</Button>
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          )}
        </div>
        <StatusRegion success={message} />
        <AddPair editing={editing} onAdded={(text) => setMessage(text)} />
      </Section>
      <Section title={t.strategy.silenceHeading} intro={t.strategy.silenceIntro}>
        <Field label={t.strategy.silenceMonths} validationMessage={err('silenceMonths')}>
          <Input id={fieldId('silenceMonths')} className={styles.number} type="number" inputMode="numeric"
            min={1} max={STRATEGY_LIMITS.maxSilenceMonths} value={form.silenceMonths}
            onChange={(_, d) => update((f) => ({ ...f, silenceMonths: d.value }))} />
        </Field>
      </Section>
    </>
  );
}

/** A pair of two different units without a window of their own yet, and its days. */
function AddPair({ editing, onAdded }: { editing: Editing; onAdded: (message: string) => void }) {
  const { t } = useI18n();
  const styles = useEditorStyles();
  const { form, update, unitLabel } = editing;
  const [a, setA] = useState(form.units[0]?.key ?? '');
  const [b, setB] = useState(form.units[1]?.key ?? '');
  const [days, setDays] = useState('');
  const [error, setError] = useState<{ at: 'units' | 'days'; text: string } | null>(null);

  const add = () => {
    const units: [string, string] = [a, b];
    const name = t.strategy.pairName(unitLabel(a), unitLabel(b));
    const n = parseWhole(days);
    const known = (key: string) => form.units.some((u) => u.key === key);
    if (!known(a) || !known(b) || a === b) return setError({ at: 'units', text: t.strategy.pairSame });
    if (form.pairs.some((p) => pairKeyOf(p.units) === pairKeyOf(units))) return setError({ at: 'units', text: t.strategy.pairExists(name) });
    if (!Number.isInteger(n) || n < 1 || n > STRATEGY_LIMITS.maxWindowDays) return setError({ at: 'days', text: t.strategy.pairDaysInvalid });
    setError(null);
    update((f) => ({ ...f, pairs: [...f.pairs, { key: newKey('pair'), units, days: String(n) }] }), true);
    setDays('');
    onAdded(t.strategy.pairAdded(name));
  };

  return (
    <form className={styles.box} noValidate onSubmit={(e) => { e.preventDefault(); add(); }}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.subLegend}>{t.strategy.addPairHeading}</legend>
        <div className={styles.rowEnd}>
          <Field label={t.strategy.pairUnitA} validationMessage={error?.at === 'units' ? error.text : undefined}>
            <Select value={a} onChange={(_, d) => setA(d.value)}>
              {form.units.map((u) => <option key={u.key} value={u.key}>{unitLabel(u.key)}</option>)}
            </Select>
          </Field>
          <Field label={t.strategy.pairUnitB}>
            <Select value={b} onChange={(_, d) => setB(d.value)}>
              {form.units.map((u) => <option key={u.key} value={u.key}>{unitLabel(u.key)}</option>)}
            </Select>
          </Field>
          <Field label={t.strategy.pairDays} validationMessage={error?.at === 'days' ? error.text : undefined}>
            <Input className={styles.number} type="number" inputMode="numeric" min={1} max={STRATEGY_LIMITS.maxWindowDays}
              value={days} onChange={(_, d) => setDays(d.value)} />
          </Field>
          <Button type="submit" disabled={form.pairs.length >= STRATEGY_LIMITS.pairs}>{t.strategy.addPair}</Button>
        </div>
      </fieldset>
    </form>
  );
}
