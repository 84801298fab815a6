/** What the parts of the strategy editor share: the form, how to change it, its errors and names, and styles. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Locale, Messages } from '../../i18n';
import type { FormPurpose, FormUnit, StrategyForm } from './strategyForm';

export interface Editing {
  form: StrategyForm;
  /** `structural` for rows added or removed: the server's index-keyed errors no longer point at the right rows. */
  update: (change: (f: StrategyForm) => StrategyForm, structural?: boolean) => void;
  /** The server's message for a field path, e.g. `units.2.name`. */
  err: (path: string) => string | undefined;
  /** Every path the server named, for showing rows that would otherwise be folded away. */
  errorPaths: readonly string[];
  /** A unit by its form key, named as the draft names it. */
  unitLabel: (key: string) => string;
  purposeLabel: (key: string) => string;
}

/** Focuses the element with the id given once it is on the page: the first field of a row a button just added. */
export function useFocusWhenRendered(): (id: string) => void {
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending) {
      document.getElementById(pending)?.focus();
      setPending(null);
    }
  }, [pending]);
  return setPending;
}

/** Short name in Danish, English name in English; a new unit without names yet is "Ny enhed 1". */
export function unitLabelOf(units: readonly FormUnit[], key: string, locale: Locale, t: Messages): string {
  const u = units.find((x) => x.key === key);
  if (!u) return key;
  const named = (locale === 'en' ? u.nameEn : u.shortName).trim() || u.name.trim() || u.shortName.trim();
  if (named) return named;
  return t.strategy.newUnit(units.filter((x) => !x.saved).indexOf(u) + 1);
}

export function purposeLabelOf(purposes: readonly FormPurpose[], key: string, locale: Locale, t: Messages): string {
  const p = purposes.find((x) => x.key === key);
  if (!p) return key;
  const named = (locale === 'en' ? p.nameEn : p.name).trim() || p.name.trim();
  if (named) return named;
  return t.strategy.newPurpose(purposes.filter((x) => !x.saved).indexOf(p) + 1);
}

export const useEditorStyles = makeStyles({
  card: {
    padding: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalM, backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge, border: `1px solid ${tokens.colorNeutralStroke2}`, maxWidth: '60rem', boxSizing: 'border-box',
  },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  subLegend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  rowEnd: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  grow: { flex: '1 1 12rem', minWidth: 0 },
  number: { width: '8rem' },
  checks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginTop: tokens.spacingVerticalS },
  limit: { maxWidth: '60rem' },
  // Cards side by side when there is room, one under the other in a narrow tab.
  grid: {
    display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 19rem), 1fr))', gap: tokens.spacingHorizontalM,
    listStyle: 'none', margin: `0 0 ${tokens.spacingVerticalM} 0`, padding: 0, maxWidth: '60rem',
  },
  gridCard: {
    padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0,
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  kind: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  block: { marginBlock: tokens.spacingVerticalM },
  cellSelect: { minWidth: '10rem' },
  cellInput: { minWidth: '10rem' },
  focusTarget: {
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  box: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: '40rem',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge, border: `1px solid ${tokens.colorNeutralStroke2}`,
    boxSizing: 'border-box',
  },
});
