/**
 * The strategy in words: unit, purpose and owner-target names in the UI language, and each StrategyChange as a
 * sentence ("Vinduet for alle enheder: 30 → 21 dage").
 */
import type { ContactOwner, OwnerTarget, Purpose, StrategyChange, Unit, UnitId } from '../../api/types';
import { areaName, sectionName } from '../../format/labels';
import { unitLabel } from '@contract/domain';
import type { Locale, Messages } from '../../i18n';

export interface StrategyNames {
  units: readonly Pick<Unit, 'id' | 'name' | 'nameEn' | 'shortName'>[];
  purposes: readonly Purpose[];
  /** Company names by CVR; null or missing when unknown. */
  companyNames: Readonly<Record<string, string | null>>;
}

export interface Namer {
  unit: (id: UnitId) => string;
  purpose: (id: string) => string;
  /** In a sentence: "Grenaa Maskinstation", "branchen C Fremstillingsvirksomhed", "området 8500 Grenaa". */
  target: (t: OwnerTarget) => string;
  /** Under a "Type" column that already says which kind: "C Fremstillingsvirksomhed". */
  targetName: (t: OwnerTarget) => string;
  /** "Virksomhed", "Branche", "Område". */
  targetKind: (t: OwnerTarget) => string;
  pair: (units: readonly UnitId[]) => string;
  ownerWho: (o: Pick<ContactOwner, 'unit' | 'person'>) => string;
}

export function namer(names: StrategyNames, locale: Locale, t: Messages): Namer {
  const unit = (id: UnitId) => {
    const u = names.units.find((x) => x.id === id);
    if (!u) return id;
    return unitLabel(u, locale) || u.name || id;
  };
  const purpose = (id: string) => {
    const p = names.purposes.find((x) => x.id === id);
    if (!p) return id;
    return (locale === 'en' ? p.nameEn : p.name) || p.name || id;
  };
  const target = (tg: OwnerTarget) => {
    switch (tg.kind) {
      case 'company': return names.companyNames[tg.cvr] ?? `CVR ${tg.cvr}`;
      case 'industry': return t.strategy.targetIndustry(sectionName(tg.section, locale));
      case 'area': return t.strategy.targetArea(areaName(tg.postalCode));
    }
  };
  const targetName = (tg: OwnerTarget) => {
    switch (tg.kind) {
      case 'company': return names.companyNames[tg.cvr] ?? `CVR ${tg.cvr}`;
      case 'industry': return sectionName(tg.section, locale);
      case 'area': return areaName(tg.postalCode);
    }
  };
  const targetKind = (tg: OwnerTarget) => t.strategy.kinds[tg.kind];
  const pair = (units: readonly UnitId[]) => t.strategy.pairName(unit(units[0]), unit(units[1]));
  const ownerWho = (o: Pick<ContactOwner, 'unit' | 'person'>) => (o.person ? `${unit(o.unit)} (${o.person})` : unit(o.unit));
  return { unit, purpose, target, targetName, targetKind, pair, ownerWho };
}

/** One change as a sentence. */
export function changeText(c: StrategyChange, n: Namer, t: Messages): string {
  const s = t.strategy.change;
  switch (c.kind) {
    case 'unitAdded': return s.unitAdded(n.unit(c.unit));
    case 'unitRenamed': return s.unitRenamed(c.from || '–', c.to || '–');
    case 'unitPurposes': return s.unitPurposes(n.unit(c.unit), c.added.map(n.purpose), c.removed.map(n.purpose));
    case 'purposeAdded': return s.purposeAdded(n.purpose(c.purpose));
    case 'purposeRenamed': return s.purposeRenamed(c.from || '–', c.to || '–');
    case 'overallWindow': return s.overallWindow(c.from, c.to);
    case 'pairWindow': return s.pairWindow(n.pair(c.units), c.from, c.to);
    case 'silenceMonths': return s.silenceMonths(c.from, c.to);
    case 'ownerAdded': return s.ownerAdded(n.target(c.owner.target), n.ownerWho(c.owner));
    case 'ownerRemoved': return s.ownerRemoved(n.target(c.owner.target), n.ownerWho(c.owner));
    case 'ownerChanged': {
      const who = n.ownerWho(c.from) !== n.ownerWho(c.to) ? s.ownerChangedWho(n.ownerWho(c.from), n.ownerWho(c.to)) : null;
      const note = c.from.note !== c.to.note ? (c.to.note ? s.ownerNote(c.to.note) : s.ownerNoteRemoved) : null;
      return s.ownerChanged(n.target(c.to.target), [who, note].filter((x): x is string => x !== null));
    }
  }
}
