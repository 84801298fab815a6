import type { Contact, OptOutScope } from './contact.js';
import { isValidCvr, normalizeCvr } from './cvr.js';
import { findCprNumbers } from './cprGuard.js';
import { addDays } from './danishTime.js';
import { CONTACT_CHANNELS, type ContactChannel, type Unit } from './units.js';

/**
 * Server-side validation of the "Log kontakt" card: the card's own checks are a convenience, never trusted.
 * Input is whatever came in the invoke; output is a typed value or one error code per field.
 */

export const NOTE_MAX = 1000;
export const OUTCOME_MAX = 200;
export const REASON_MAX = 500;
export const QUERY_MAX = 200;
/** Older than this is almost certainly a typo in the year. */
export const OLDEST_CONTACT_DAYS = 2 * 365;

export type FormField =
  | 'company' | 'date' | 'unit' | 'channel' | 'purpose' | 'outcome' | 'followUpDate' | 'note' | 'rating'
  | 'optOutScope' | 'optOutUnits' | 'optOutReason';

export type FormErrorCode =
  | 'required' | 'invalid' | 'tooLong' | 'future' | 'tooOld' | 'beforeContact' | 'cpr' | 'purposeNotForUnit' | 'noUnits'
  /** Set by the service when the typed company name matches nothing. */
  | 'notFound';

export type FormErrors = Partial<Record<FormField, FormErrorCode>>;

export interface OptOutRequest { scope: OptOutScope; reason: string }

/** The fields of a contact that staff fill in, as the form validated them. */
export interface ContactFormValue extends Pick<Contact, 'date' | 'unit' | 'channel' | 'purpose' | 'outcome' | 'followUpDate' | 'note' | 'rating'> {
  /** A chosen company, or the text to find it by (resolved by the matcher, with a choice step). */
  cvr: string | null;
  companyQuery: string | null;
  optOut: OptOutRequest | null;
}

export type FormResult = { ok: true; value: ContactFormValue } | { ok: false; errors: FormErrors };

export function validateContactForm(input: Record<string, unknown>, ctx: { today: string; units: readonly Unit[] }): FormResult {
  const errors: FormErrors = {};
  const { text, freeText } = readers(input, errors);

  const chosen = text('cvr', 'company', 20) ?? text('companyChoice', 'company', 20);
  const cvr = chosen === null ? null : normalizeCvr(chosen);
  const companyQuery = cvr === null ? text('company', 'company', QUERY_MAX) : null;
  if (chosen !== null && (cvr === null || !isValidCvr(cvr))) errors.company = 'invalid';
  else if (cvr === null && companyQuery === null && !errors.company) errors.company = 'required';

  const date = text('date', 'date', 10);
  if (date === null) errors.date ??= 'required';
  else if (!isDay(date)) errors.date = 'invalid';
  else if (date > ctx.today) errors.date = 'future';
  else if (date < addDays(ctx.today, -OLDEST_CONTACT_DAYS)) errors.date = 'tooOld';

  const unitId = text('unit', 'unit', 40);
  const unit = ctx.units.find((u) => u.id === unitId);
  if (unitId === null) errors.unit ??= 'required';
  else if (!unit) errors.unit = 'invalid';

  const channel = text('channel', 'channel', 20);
  if (channel === null) errors.channel ??= 'required';
  else if (!(CONTACT_CHANNELS as readonly string[]).includes(channel)) errors.channel = 'invalid';

  const purpose = text('purpose', 'purpose', 40);
  if (purpose === null) errors.purpose ??= 'required';
  else if (unit && !unit.purposes.includes(purpose)) errors.purpose = 'purposeNotForUnit';

  const outcome = freeText('outcome', 'outcome', OUTCOME_MAX);
  const note = freeText('note', 'note', NOTE_MAX);

  const followUpDate = text('followUpDate', 'followUpDate', 10);
  if (followUpDate !== null) {
    if (!isDay(followUpDate)) errors.followUpDate = 'invalid';
    else if (date !== null && isDay(date) && followUpDate < date) errors.followUpDate = 'beforeContact';
    else if (followUpDate > addDays(ctx.today, OLDEST_CONTACT_DAYS)) errors.followUpDate = 'invalid';
  }

  const ratingText = text('rating', 'rating', 2);
  const rating = ratingText === null ? null : Number(ratingText);
  if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) errors.rating = 'invalid';

  const optOut = readOptOut(input, ctx.units, text, freeText, errors);


  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      cvr, companyQuery, date: date as string, unit: unitId as string, channel: channel as ContactChannel,
      purpose: purpose as string, outcome, followUpDate, note, rating, optOut,
    },
  };
}

type TextReader = (key: string, field: FormField, max: number) => string | null;

/** Readers that never trust a type: a non-string, an over-long or (for free text) a CPR-holding value is an error. */
function readers(input: Record<string, unknown>, errors: FormErrors): { text: TextReader; freeText: TextReader } {
  const text: TextReader = (key, field, max) => {
    const v = input[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') { errors[field] = 'invalid'; return null; }
    const t = v.trim();
    if (t.length > max) { errors[field] = 'tooLong'; return null; }
    return t === '' ? null : t;
  };
  const freeText: TextReader = (key, field, max) => {
    const t = text(key, field, max);
    if (t !== null && findCprNumbers(t).length > 0) { errors[field] = 'cpr'; return null; }
    return t;
  };
  return { text, freeText };
}

export type OptOutFormResult = { ok: true; value: OptOutRequest } | { ok: false; errors: FormErrors };

/** The opt-out card on its own ("X har frabedt sig kontakt"): the flag is implied. */
export function validateOptOutForm(input: Record<string, unknown>, units: readonly Unit[]): OptOutFormResult {
  const errors: FormErrors = {};
  const { text, freeText } = readers(input, errors);
  const value = readOptOut({ ...input, optOut: 'true' }, units, text, freeText, errors);
  return value && Object.keys(errors).length === 0 ? { ok: true, value } : { ok: false, errors };
}

function readOptOut(input: Record<string, unknown>, units: readonly Unit[], text: TextReader, freeText: TextReader, errors: FormErrors): OptOutRequest | null {
  const flag = input.optOut;
  if (flag !== undefined && flag !== 'true' && flag !== 'false' && flag !== true && flag !== false) {
    errors.optOutScope = 'invalid';
    return null;
  }
  if (flag !== 'true' && flag !== true) return null;
  const reason = freeText('optOutReason', 'optOutReason', REASON_MAX);
  if (reason === null) errors.optOutReason ??= 'required';
  const scopeKind = text('optOutScope', 'optOutScope', 10) ?? 'all';
  if (scopeKind === 'all') return reason === null ? null : { scope: { kind: 'all' }, reason };
  if (scopeKind !== 'units') { errors.optOutScope = 'invalid'; return null; }
  const chosen = (text('optOutUnits', 'optOutUnits', 400) ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  if (chosen.length === 0) { errors.optOutUnits ??= 'noUnits'; return null; }
  if (chosen.some((u) => !units.some((x) => x.id === u))) { errors.optOutUnits = 'invalid'; return null; }
  return reason === null ? null : { scope: { kind: 'units', units: [...new Set(chosen)] }, reason };
}

export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
