/**
 * The coordinator's edits to the contact strategy, as pure functions over a form model.
 *
 * The form keeps what is typed (numbers as text) and refers to units and purposes by a key: an existing unit's
 * or purpose's key is its id; a new one gets a temporary key, and its id is made from its name when the draft is
 * sent, so a pair or owner pointing at a new unit survives the unit being renamed before saving. Arrays keep the
 * order they are sent in, so the server's error paths (`units.2.name`, `owners.0.target`) point at form rows.
 */
import { describeChanges, targetKey } from '@contract/domain';
import type { ContactOwner, ContactStrategy, OwnerTarget, Purpose, StrategyChange, StrategyDraft, Unit, UnitId } from '../../api/types';

export interface FormUnit {
  key: string;
  /** The saved unit, or null for one added in this edit (which may still be taken out again). */
  saved: Unit | null;
  name: string;
  shortName: string;
  nameEn: string;
  /** Purpose keys. */
  purposes: string[];
}

export interface FormPurpose { key: string; saved: Purpose | null; name: string; nameEn: string }

export interface FormPair { key: string; units: [string, string]; days: string }

export interface FormOwner {
  key: string;
  /** False for one added in this edit. */
  saved: boolean;
  /** Kept from the saved owner; a new owner gets a fresh one. */
  id: string;
  target: OwnerTarget;
  /** Unit key. */
  unit: string;
  person: string;
  note: string;
}

export interface StrategyForm {
  units: FormUnit[];
  purposes: FormPurpose[];
  overallDays: string;
  pairs: FormPair[];
  silenceMonths: string;
  owners: FormOwner[];
  note: string;
}

let counter = 0;
/** A key for a row added in this edit; never a valid unit or purpose id (those have no colon). */
export function newKey(kind: string): string {
  counter += 1;
  return `new:${kind}:${counter}`;
}

export function isNewKey(key: string): boolean {
  return key.startsWith('new:');
}

/** An owner id as the server accepts it (`[A-Za-z0-9-]{1,40}`), made in the browser. */
export function newOwnerId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `o-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function formFrom(s: ContactStrategy): StrategyForm {
  return {
    units: s.units.map((u) => ({ key: u.id, saved: u, name: u.name, shortName: u.shortName, nameEn: u.nameEn, purposes: [...u.purposes] })),
    purposes: s.purposes.map((p) => ({ key: p.id, saved: p, name: p.name, nameEn: p.nameEn })),
    overallDays: String(s.windows.overallDays),
    pairs: s.windows.pairs.map((p) => ({ key: newKey('pair'), units: [p.units[0], p.units[1]], days: String(p.days) })),
    silenceMonths: String(s.silenceMonths),
    owners: s.owners.map((o) => ({ key: o.id, saved: true, id: o.id, target: o.target, unit: o.unit, person: o.person ?? '', note: o.note ?? '' })),
    note: '',
  };
}

/** "Børn og familie" → "boern-og-familie": a readable id for a new unit or purpose. */
export function slugId(name: string, taken: ReadonlySet<string>, prefix: string, maxLength: number): string {
  const base = name.toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  let stem = /^[a-z]/.test(base) ? base : base ? `${prefix}-${base}` : prefix;
  stem = stem.slice(0, maxLength - 3).replace(/-+$/, '');
  if (stem.length < 2) stem = prefix;
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/** Key → id for every unit and purpose, new ones named from what was typed. */
export function idsOf(form: StrategyForm): { unit: Map<string, UnitId>; purpose: Map<string, string> } {
  const unit = new Map<string, UnitId>();
  const takenUnits = new Set(form.units.filter((u) => u.saved).map((u) => u.key));
  for (const u of form.units) {
    if (u.saved) unit.set(u.key, u.key);
    else {
      const id = slugId(u.name || u.shortName, takenUnits, 'enhed', 31);
      takenUnits.add(id);
      unit.set(u.key, id);
    }
  }
  const purpose = new Map<string, string>();
  const takenPurposes = new Set(form.purposes.filter((p) => p.saved).map((p) => p.key));
  for (const p of form.purposes) {
    if (p.saved) purpose.set(p.key, p.key);
    else {
      const id = slugId(p.name, takenPurposes, 'formaal', 41);
      takenPurposes.add(id);
      purpose.set(p.key, id);
    }
  }
  return { unit, purpose };
}

/** A whole number as typed, or NaN (sent as null, which the server refuses with its own message). */
export function parseWhole(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const optional = (text: string): string | null => (text.trim() ? text.trim() : null);

/** What PUT /api/tab/strategy is sent: the form in the contract's shape, rows in form order. */
export function draftOf(form: StrategyForm): StrategyDraft {
  const ids = idsOf(form);
  const unitId = (key: string) => ids.unit.get(key) ?? key;
  return {
    purposes: form.purposes.map((p) => ({ id: ids.purpose.get(p.key) ?? p.key, name: p.name.trim(), nameEn: p.nameEn.trim() })),
    units: form.units.map((u) => ({
      id: unitId(u.key), name: u.name.trim(), nameEn: u.nameEn.trim(), shortName: u.shortName.trim(),
      purposes: u.purposes.map((k) => ids.purpose.get(k) ?? k),
    })),
    windows: {
      overallDays: parseWhole(form.overallDays),
      pairs: form.pairs.map((p) => ({ units: [unitId(p.units[0]), unitId(p.units[1])], days: parseWhole(p.days) })),
    },
    silenceMonths: parseWhole(form.silenceMonths),
    owners: form.owners.map((o) => ({ id: o.id, target: o.target, unit: unitId(o.unit), person: optional(o.person), note: optional(o.note) })),
    note: optional(form.note),
  };
}

/** True when the form would save something other than `base` (the note counts: it is typed work too). */
export function isDirty(form: StrategyForm, base: ContactStrategy): boolean {
  return JSON.stringify(draftOf(form)) !== JSON.stringify(draftOf(formFrom(base)));
}

/**
 * What a save would change, for the "not saved yet" list. Numbers that are not (yet) valid are left out: the
 * server will say what is wrong with them.
 */
export function pendingChanges(form: StrategyForm, base: ContactStrategy): StrategyChange[] {
  const d = draftOf(form);
  const whole = (n: number, fallback: number) => (Number.isInteger(n) ? n : fallback);
  const after = {
    ...d,
    windows: {
      overallDays: whole(d.windows.overallDays, base.windows.overallDays),
      pairs: d.windows.pairs.filter((p) => Number.isInteger(p.days)),
    },
    silenceMonths: whole(d.silenceMonths, base.silenceMonths),
  };
  return describeChanges(base, after);
}

/** The units and purposes as the draft would name them: for saying pending changes in words. */
export function namesOfDraft(form: StrategyForm): { units: Unit[]; purposes: Purpose[] } {
  const d = draftOf(form);
  return { units: d.units, purposes: d.purposes };
}

export function sameTarget(a: OwnerTarget, b: OwnerTarget): boolean {
  return targetKey(a) === targetKey(b);
}

export function ownerOf(o: FormOwner, unitId: (key: string) => UnitId): ContactOwner {
  return { id: o.id, target: o.target, unit: unitId(o.unit), person: optional(o.person), note: optional(o.note) };
}

export function pairKeyOf(units: readonly string[]): string {
  return [...units].sort().join('|');
}

/** An element id for the control of a server error path, e.g. `units.2.name` → `strategy-units-2-name`. */
export function fieldId(path: string): string {
  return `strategy-${path.replace(/[^A-Za-z0-9]+/g, '-') || 'form'}`;
}

/** The path's own control, or the nearest enclosing one that has an id (`owners.3.target` → the owner's row). */
export function focusPath(path: string): boolean {
  const parts = path.split('.');
  while (parts.length > 0) {
    const el = document.getElementById(fieldId(parts.join('.')));
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'center' });
      return true;
    }
    parts.pop();
  }
  return false;
}
