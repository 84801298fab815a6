/**
 * The coordinator's editor. Everything is checked by the server on save (PUT /api/tab/strategy); its Danish
 * messages, keyed by path, are shown beside the fields and in a summary that takes focus. A save on top of a
 * version someone else saved meanwhile is refused (409): the editor says the edits were not saved and lists them.
 */
import { Button, Field, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { STRATEGY_LIMITS } from '@contract/domain';
import { ApiRequestError } from '../../api/client';
import type { SaveStrategyRequest, StrategyChange, StrategyResponse } from '../../api/types';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n, type Messages } from '../../i18n';
import { useSession } from '../../shell/session';
import { purposeLabelOf, unitLabelOf, type Editing } from './editorShared';
import { OwnersEditor } from './OwnersEditor';
import {
  draftOf, fieldId, focusPath, formFrom, isDirty, namesOfDraft, pendingChanges, type StrategyForm,
} from './strategyForm';
import { changeText, namer, type Namer } from './strategyText';
import { UnitsEditor } from './UnitsEditor';
import { WindowsEditor } from './WindowsEditor';

const useStyles = makeStyles({
  save: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  outcome: { maxWidth: '40rem', marginTop: tokens.spacingVerticalM, ':focus': { outline: 'none' }, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  pending: {
    padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
  },
  pendingHeading: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

type Outcome =
  | { kind: 'saved'; version: number }
  | { kind: 'nothing' }
  | { kind: 'invalid'; message: string; entries: { path: string; label: string; message: string }[] }
  | { kind: 'conflict' }
  | { kind: 'reloaded'; version: number }
  /** Back on the page after leaving it with unsaved edits: they are in the form again. */
  | { kind: 'restored' }
  /** Back on the page, but someone saved a newer version meanwhile: the edits are listed, not restored. */
  | { kind: 'stale'; version: number }
  | { kind: 'failed'; error: unknown };

/** What was lost to a conflict, kept in words across the reload. */
interface Lost { changes: StrategyChange[]; namer: Namer }

/**
 * Unsaved edits of a coordinator who went to another page of the tab: the hash router unmounts this page, so
 * they are parked here and put back when the page is opened again (a reload or a closed tab asks first instead).
 */
let parked: { version: number; form: StrategyForm; companyNames: Record<string, string | null>; lost: Lost } | null = null;

function takeParked(version: number) {
  const p = parked;
  parked = null;
  if (!p) return { form: null, lost: null, outcome: null };
  return p.version === version
    ? { form: p.form, companyNames: p.companyNames, lost: null, outcome: { kind: 'restored' } as Outcome }
    : { form: null, lost: p.lost, outcome: { kind: 'stale', version } as Outcome };
}

export function StrategyEditor({ base, onSaved, onReload, onDirtyChange }: {
  base: StrategyResponse;
  onSaved: (saved: StrategyResponse) => void;
  /** Fetch the version in force again (after a conflict). */
  onReload: () => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const [restored] = useState(() => takeParked(base.strategy.version));
  const [form, setForm] = useState<StrategyForm>(() => restored.form ?? formFrom(base.strategy));
  const [formVersion, setFormVersion] = useState(base.strategy.version);
  const [companyNames, setCompanyNames] = useState<Record<string, string | null>>(() => ({ ...base.companyNames, ...restored.companyNames }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(restored.outcome);
  const [lost, setLost] = useState<Lost | null>(restored.lost);
  const [busy, setBusy] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [focusOutcome, setFocusOutcome] = useState(0);

  // A new version arrived (saved here, or fetched after a conflict): edit from it.
  if (base.strategy.version !== formVersion) {
    setFormVersion(base.strategy.version);
    setForm(formFrom(base.strategy));
    setCompanyNames((names) => ({ ...names, ...base.companyNames }));
    setErrors({});
    if (outcome?.kind === 'conflict') {
      setOutcome({ kind: 'reloaded', version: base.strategy.version });
      setFocusOutcome((n) => n + 1);
    }
  }

  useEffect(() => {
    if (focusOutcome > 0) outcomeRef.current?.focus();
  }, [focusOutcome]);

  const dirty = useMemo(() => isDirty(form, base.strategy), [form, base.strategy]);

  // Park unsaved edits when the page goes away (another page of the tab was opened).
  const latest = useRef({ dirty, form, companyNames, base: base.strategy, locale, t });
  latest.current = { dirty, form, companyNames, base: base.strategy, locale, t };
  useEffect(() => {
    // Mounted: whatever was parked is in this editor now (and StrictMode's trial unmount parks nothing for good).
    parked = null;
    return () => {
      const l = latest.current;
      if (!l.dirty) return;
      parked = {
        version: l.base.version, form: l.form, companyNames: l.companyNames,
        lost: { changes: pendingChanges(l.form, l.base), namer: namer({ ...namesOfDraft(l.form), companyNames: l.companyNames }, l.locale, l.t) },
      };
    };
  }, []);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    if (!dirty) return;
    // Closing or reloading the tab with unsaved edits asks first.
    const warn = (e: BeforeUnloadEvent) => { e.preventDefault(); };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const editing: Editing = {
    form,
    update: (change, structural) => {
      setForm(change);
      if (structural) setErrors({});
    },
    err: (path) => errors[path],
    errorPaths: Object.keys(errors),
    unitLabel: (key) => unitLabelOf(form.units, key, locale, t),
    purposeLabel: (key) => purposeLabelOf(form.purposes, key, locale, t),
  };
  const draftNamer = namer({ ...namesOfDraft(form), companyNames }, locale, t);
  const pending = dirty ? pendingChanges(form, base.strategy) : [];

  const save = async () => {
    setOutcome(null);
    if (!dirty) {
      setOutcome({ kind: 'nothing' });
      return;
    }
    setBusy(true);
    const body: SaveStrategyRequest = { basedOnVersion: base.strategy.version, strategy: draftOf(form) };
    try {
      const saved = await api.put<StrategyResponse>('/strategy', body);
      setErrors({});
      setLost(null);
      setOutcome({ kind: 'saved', version: saved.strategy.version });
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 409) {
        setLost({ changes: pendingChanges(form, base.strategy), namer: draftNamer });
        setOutcome({ kind: 'conflict' });
      } else if (err instanceof ApiRequestError && err.status === 400 && Object.keys(err.fields).length > 0) {
        setErrors(err.fields);
        const entries = Object.entries(err.fields).map(([path, message]) => ({ path, message, label: pathLabel(path, form, editing, draftNamer, t) }));
        setOutcome({ kind: 'invalid', message: err.serverMessage, entries });
      } else {
        setOutcome({ kind: 'failed', error: err });
      }
      setFocusOutcome((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {/* Keyed by version: a new version starts the parts afresh, without the last one's "added, remember to save". */}
      <UnitsEditor key={`units-${formVersion}`} editing={editing} />
      <WindowsEditor key={`windows-${formVersion}`} editing={editing} />
      <OwnersEditor key={`owners-${formVersion}`} editing={editing} targetText={draftNamer.target} targetName={draftNamer.targetName}
        onCompanyNamed={(cvr, name) => setCompanyNames((names) => ({ ...names, [cvr]: name }))} />
      <Section title={t.strategy.saveHeading}>
        <form className={styles.save} noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
          {dirty ? (
            <div className={styles.pending} data-pending>
              <p className={styles.pendingHeading}>{t.strategy.unsaved}</p>
              {pending.length > 0 ? (
                <ul className={styles.list} aria-label={t.strategy.pendingHeading}>
                  {pending.map((c, i) => <li key={i}>{changeText(c, draftNamer, t)}</li>)}
                </ul>
              ) : <p className={styles.pendingHeading}>{t.strategy.pendingOther}</p>}
            </div>
          ) : null}
          <Field label={t.strategy.noteLabel} hint={t.strategy.noteHint} validationMessage={errors.note}>
            <Textarea id={fieldId('note')} value={form.note} maxLength={STRATEGY_LIMITS.note} resize="vertical"
              onChange={(_, d) => setForm((f) => ({ ...f, note: d.value }))} />
          </Field>
          <div>
            <Button appearance="primary" type="submit" disabled={busy}>{t.strategy.save}</Button>
          </div>
          <StatusRegion loading={busy} loadingLabel={t.strategy.saving}
            success={outcome?.kind === 'saved' ? t.strategy.saved(outcome.version) : outcome?.kind === 'nothing' ? t.strategy.nothingToSave : null} />
        </form>
        <div ref={outcomeRef} tabIndex={-1} className={styles.outcome} data-outcome={outcome?.kind ?? ''}>
          <OutcomeBox outcome={outcome} lost={lost} t={t} onReload={onReload} />
        </div>
      </Section>
    </>
  );
}

/** The save's problems, or what a conflict cost; this box takes focus when it appears. */
function OutcomeBox({ outcome, lost, t, onReload }: {
  outcome: Outcome | null; lost: Lost | null; t: Messages; onReload: () => void;
}) {
  const styles = useStyles();
  const lostList = lost && lost.changes.length > 0 ? (
    <>
      <p className={styles.pendingHeading}>{t.strategy.notSavedHeading}</p>
      <ul className={styles.list}>{lost.changes.map((c, i) => <li key={i}>{changeText(c, lost.namer, t)}</li>)}</ul>
    </>
  ) : null;
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'invalid': {
      const entries = outcome.entries;
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.strategy.errorsHeading(entries.length)}</MessageBarTitle>
            {outcome.message ? <p>{outcome.message}</p> : null}
            <p>{t.strategy.errorsIntro}</p>
            <ul className={styles.list}>
              {entries.map((e) => (
                <li key={e.path}>
                  <Link as="button" onClick={() => focusPath(e.path)} data-path={e.path}>{`${e.label}: ${e.message}`}</Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'conflict':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.strategy.conflictHeading}</MessageBarTitle>
            <p>{t.strategy.conflict}</p>
            {lostList}
            <p><Button appearance="primary" onClick={onReload}>{t.strategy.reload}</Button></p>
          </MessageBarBody>
        </MessageBar>
      );
    case 'reloaded':
    case 'stale':
      return (
        <MessageBar intent={outcome.kind === 'stale' ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>
            <p>{outcome.kind === 'stale' ? t.strategy.stale(outcome.version) : t.strategy.reloaded(outcome.version)}</p>
            {lostList}
          </MessageBarBody>
        </MessageBar>
      );
    case 'restored':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.strategy.restored}</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <StatusRegion error={outcome.error} />;
    default:
      return null;
  }
}

/** The field a server error path names, in words: "Enhed Ungeindsatsen: Navn". */
function pathLabel(path: string, form: StrategyForm, editing: Editing, n: Namer, t: Messages): string {
  const [head, a, b, c] = path.split('.');
  const s = t.strategy;
  const at = (label: string, sub: string | undefined) => (sub ? `${label}: ${sub}` : label);
  const i = Number(a);
  switch (head) {
    case 'units': {
      const u = a === undefined ? undefined : form.units[i];
      if (!u) return s.fieldLabel.units;
      const sub = { name: s.unitName, shortName: s.unitShortName, nameEn: s.unitNameEn, purposes: s.unitPurposes, id: s.fieldLabel.id }[b ?? ''];
      return at(s.fieldLabel.unit(editing.unitLabel(u.key)), sub);
    }
    case 'purposes': {
      const p = a === undefined ? undefined : form.purposes[i];
      if (!p) return s.fieldLabel.purposes;
      const sub = { name: s.purposeName, nameEn: s.purposeNameEn, id: s.fieldLabel.id }[b ?? ''];
      return at(s.fieldLabel.purpose(editing.purposeLabel(p.key)), sub);
    }
    case 'windows': {
      if (a === 'overallDays') return s.overallDays;
      const p = b === undefined ? undefined : form.pairs[Number(b)];
      if (!p) return s.pairsCaption;
      const sub = { days: s.pairDays, units: s.pair }[c ?? ''];
      return at(s.fieldLabel.pair(s.pairName(editing.unitLabel(p.units[0]), editing.unitLabel(p.units[1]))), sub);
    }
    case 'silenceMonths': return s.silenceMonths;
    case 'owners': {
      const o = a === undefined ? undefined : form.owners[i];
      if (!o) return s.ownersHeading;
      const sub = { target: s.fieldLabel.target, unit: s.ownerUnit, person: s.person, note: s.note }[b ?? ''];
      return at(s.fieldLabel.owner(n.target(o.target)), sub);
    }
    case 'note': return s.noteLabel;
    default: return s.fieldLabel.form;
  }
}
