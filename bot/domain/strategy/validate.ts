import { containsCpr } from '../cprGuard.js';
import { isValidCvr } from '../cvr.js';
import { sectionByLetter } from '../industries.js';
import { postalArea } from '../norddjurs.js';
import type { Purpose, Unit } from '../units.js';
import { targetKey } from './owners.js';
import type { ContactOwner, ContactStrategy, OwnerTarget, PairWindow } from './types.js';

/** What the coordinator may change; version and save stamps are the store's business. */
export type StrategyDraft = Pick<ContactStrategy, 'units' | 'purposes' | 'windows' | 'silenceMonths' | 'owners' | 'note'>;

/** Danish messages keyed by the field's path, e.g. `units.2.name` or `owners.0.target`. */
export type StrategyErrors = Record<string, string>;

export type StrategyValidation = { ok: true; value: StrategyDraft } | { ok: false; errors: StrategyErrors };

export const STRATEGY_LIMITS = {
  units: 20, purposes: 60, pairs: 100, owners: 1000, name: 80, shortName: 40, person: 100, ownerNote: 300, note: 500,
  maxWindowDays: 365, maxSilenceMonths: 60,
} as const;

const UNIT_ID = /^[a-z][a-z0-9-]{1,30}$/;
const PURPOSE_ID = /^[a-z][a-z0-9-]{1,40}$/;

/**
 * Checks a strategy sent by the tab: never trust the client. Units and purposes can be added and renamed
 * but not removed, because stored contacts keep naming them; `previous` is the version being replaced.
 * Owners without an id get one from `newId`.
 */
export function validateStrategy(raw: unknown, previous: ContactStrategy, newId: () => string): StrategyValidation {
  const errors: StrategyErrors = {};
  const r = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) errors[''] = 'Strategien mangler.';

  const purposeItems = readList(r.purposes, 'purposes', STRATEGY_LIMITS.purposes, errors, (p, path) => readPurpose(p, path, errors));
  const purposes = present(purposeItems);
  for (const old of previous.purposes) {
    if (!purposes.some((p) => p.id === old.id)) errors.purposes = `Formålet "${old.name}" kan ikke fjernes, fordi gemte kontakter bruger det. Fjern det i stedet fra enhedernes lister.`;
  }
  duplicates(purposeItems.map((p) => p?.id ?? null), (i) => { errors[`purposes.${i}.id`] = 'To formål har samme id.'; });
  const purposeIds = new Set(purposes.map((p) => p.id));

  const unitItems = readList(r.units, 'units', STRATEGY_LIMITS.units, errors, (u, path) => readUnit(u, path, purposeIds, errors));
  const units = present(unitItems);
  for (const old of previous.units) {
    if (!units.some((u) => u.id === old.id)) errors.units = `Enheden "${old.name}" kan ikke fjernes, fordi gemte kontakter og planer nævner den.`;
  }
  duplicates(unitItems.map((u) => u?.id ?? null), (i) => { errors[`units.${i}.id`] = 'To enheder har samme id.'; });
  const unitIds = new Set(units.map((u) => u.id));

  const w = isRecord(r.windows) ? r.windows : {};
  const overallDays = wholeNumber(w.overallDays, 1, STRATEGY_LIMITS.maxWindowDays, 'windows.overallDays', errors, 'Vinduet');
  const pairItems = readList(w.pairs ?? [], 'windows.pairs', STRATEGY_LIMITS.pairs, errors, (p, path) => readPair(p, path, unitIds, errors));
  const pairs = present(pairItems);
  duplicates(pairItems.map((p) => (p ? [...p.units].sort().join('|') : null)), (i) => { errors[`windows.pairs.${i}`] = 'Det par af enheder har allerede sit eget vindue.'; });

  const silenceMonths = wholeNumber(r.silenceMonths, 1, STRATEGY_LIMITS.maxSilenceMonths, 'silenceMonths', errors, 'Grænsen for stilhed');

  const ownerItems = readList(r.owners ?? [], 'owners', STRATEGY_LIMITS.owners, errors, (o, path) => readOwner(o, path, unitIds, newId, errors));
  const owners = present(ownerItems);
  duplicates(ownerItems.map((o) => (o ? targetKey(o.target) : null)), (i) => { errors[`owners.${i}.target`] = 'Der er allerede en ejer for den virksomhed eller det segment.'; });

  const note = optionalText(r.note, STRATEGY_LIMITS.note, 'note', errors);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { units, purposes, windows: { overallDays, pairs }, silenceMonths, owners, note } };
}

function readPurpose(raw: unknown, path: string, errors: StrategyErrors): Purpose | null {
  if (!isRecord(raw)) { errors[path] = 'Formålet er ikke gyldigt.'; return null; }
  const id = typeof raw.id === 'string' ? raw.id : '';
  if (!PURPOSE_ID.test(id)) errors[`${path}.id`] = 'Id skal være små bogstaver, tal og bindestreg (2–41 tegn).';
  const name = requiredText(raw.name, STRATEGY_LIMITS.name, `${path}.name`, errors);
  const nameEn = requiredText(raw.nameEn, STRATEGY_LIMITS.name, `${path}.nameEn`, errors);
  return { id, name, nameEn };
}

function readUnit(raw: unknown, path: string, purposeIds: ReadonlySet<string>, errors: StrategyErrors): Unit | null {
  if (!isRecord(raw)) { errors[path] = 'Enheden er ikke gyldig.'; return null; }
  const id = typeof raw.id === 'string' ? raw.id : '';
  if (!UNIT_ID.test(id)) errors[`${path}.id`] = 'Id skal være små bogstaver, tal og bindestreg (2–31 tegn).';
  const name = requiredText(raw.name, STRATEGY_LIMITS.name, `${path}.name`, errors);
  const nameEn = requiredText(raw.nameEn, STRATEGY_LIMITS.name, `${path}.nameEn`, errors);
  const shortName = requiredText(raw.shortName, STRATEGY_LIMITS.shortName, `${path}.shortName`, errors);
  const purposes = Array.isArray(raw.purposes) ? raw.purposes.filter((p): p is string => typeof p === 'string') : [];
  if (purposes.length === 0) errors[`${path}.purposes`] = 'Vælg mindst ét formål.';
  else if (purposes.some((p) => !purposeIds.has(p))) errors[`${path}.purposes`] = 'Et af formålene findes ikke.';
  else if (new Set(purposes).size !== purposes.length) errors[`${path}.purposes`] = 'Et formål står to gange.';
  return { id, name, nameEn, shortName, purposes };
}

function readPair(raw: unknown, path: string, unitIds: ReadonlySet<string>, errors: StrategyErrors): PairWindow | null {
  if (!isRecord(raw) || !Array.isArray(raw.units) || raw.units.length !== 2) { errors[path] = 'Vælg to enheder.'; return null; }
  const [a, b] = raw.units as unknown[];
  if (typeof a !== 'string' || typeof b !== 'string' || !unitIds.has(a) || !unitIds.has(b)) { errors[`${path}.units`] = 'Vælg to kendte enheder.'; return null; }
  if (a === b) { errors[`${path}.units`] = 'Vælg to forskellige enheder.'; return null; }
  const days = wholeNumber(raw.days, 1, STRATEGY_LIMITS.maxWindowDays, `${path}.days`, errors, 'Vinduet');
  return { units: [a, b], days };
}

function readOwner(raw: unknown, path: string, unitIds: ReadonlySet<string>, newId: () => string, errors: StrategyErrors): ContactOwner | null {
  if (!isRecord(raw)) { errors[path] = 'Ejeren er ikke gyldig.'; return null; }
  const target = readTarget(raw.target);
  if (!target) errors[`${path}.target`] = 'Vælg en virksomhed (gyldigt CVR-nummer), en branche (A–U) eller et postnummer i Norddjurs.';
  const unit = typeof raw.unit === 'string' ? raw.unit : '';
  if (!unitIds.has(unit)) errors[`${path}.unit`] = 'Vælg en enhed.';
  const person = optionalText(raw.person, STRATEGY_LIMITS.person, `${path}.person`, errors);
  const note = optionalText(raw.note, STRATEGY_LIMITS.ownerNote, `${path}.note`, errors);
  const id = typeof raw.id === 'string' && /^[A-Za-z0-9-]{1,40}$/.test(raw.id) ? raw.id : newId();
  return target ? { id, target, unit, person, note } : null;
}

function readTarget(raw: unknown): OwnerTarget | null {
  if (!isRecord(raw)) return null;
  if (raw.kind === 'company' && typeof raw.cvr === 'string' && isValidCvr(raw.cvr)) return { kind: 'company', cvr: raw.cvr };
  if (raw.kind === 'industry' && typeof raw.section === 'string' && raw.section.length === 1 && sectionByLetter(raw.section)) {
    return { kind: 'industry', section: raw.section.toUpperCase() };
  }
  if (raw.kind === 'area' && typeof raw.postalCode === 'string' && postalArea(raw.postalCode)) return { kind: 'area', postalCode: raw.postalCode };
  return null;
}

/** Items in their places (null where an item was refused), so error paths keep the indices the tab sent. */
function readList<T>(raw: unknown, path: string, max: number, errors: StrategyErrors, read: (item: unknown, path: string) => T | null): (T | null)[] {
  if (!Array.isArray(raw)) { errors[path] = 'Listen mangler.'; return []; }
  if (raw.length > max) { errors[path] = `Højst ${max}.`; return []; }
  return raw.map((item, i) => read(item, `${path}.${i}`));
}

function present<T>(items: readonly (T | null)[]): T[] {
  return items.filter((x): x is T => x !== null);
}

function duplicates(keys: readonly (string | null)[], report: (index: number) => void): void {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (k === null) return;
    if (seen.has(k)) report(i);
    seen.add(k);
  });
}

function wholeNumber(raw: unknown, min: number, max: number, path: string, errors: StrategyErrors, what: string): number {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max) return raw;
  errors[path] = `${what} skal være et helt tal fra ${min} til ${max}.`;
  return min;
}

function requiredText(raw: unknown, max: number, path: string, errors: StrategyErrors): string {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (!value) errors[path] = 'Skal udfyldes.';
  else if (value.length > max) errors[path] = `Højst ${max} tegn.`;
  else if (containsCpr(value)) errors[path] = CPR_MESSAGE;
  return value;
}

const CPR_MESSAGE = 'Teksten ligner et CPR-nummer. Skriv aldrig CPR-numre her.';

/** Free text: trimmed, bounded, and never a CPR number (the strategy is read by every unit). */
function optionalText(raw: unknown, max: number, path: string, errors: StrategyErrors): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') { errors[path] = 'Skal være tekst.'; return null; }
  const value = raw.trim();
  if (value.length > max) errors[path] = `Højst ${max} tegn.`;
  else if (containsCpr(value)) errors[path] = CPR_MESSAGE;
  return value || null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
