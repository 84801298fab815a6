/** Opt-outs by company, and the rule that makes a contact a breach of one. */
import type { Contact, OptOut } from '../contact.js';
import { isActiveOptOut, optOutCovers } from '../contact.js';
import { copenhagenDay } from '../danishTime.js';
import type { UnitId } from '../units.js';

/**
 * An opt-out as a span of days. A P-number opt-out is treated as the whole company's: contacts carry no
 * P-number, and the cautious reading is the one that keeps the company from being disturbed.
 */
export interface OptOutSpan {
  optOut: OptOut;
  /** Day the company declined contact. */
  from: string;
  /** Copenhagen day of the revocation, or null while it stands. */
  until: string | null;
}

export function indexOptOuts(optOuts: readonly OptOut[]): Map<string, OptOutSpan[]> {
  const byCvr = new Map<string, OptOutSpan[]>();
  for (const o of optOuts) {
    const until = o.revokedAt === null ? null : revokedDay(o.revokedAt);
    const span: OptOutSpan = { optOut: o, from: o.date, until };
    const list = byCvr.get(o.cvr);
    if (list) list.push(span);
    else byCvr.set(o.cvr, [span]);
  }
  return byCvr;
}

function revokedDay(at: string): string {
  const t = Date.parse(at);
  return Number.isNaN(t) ? at.slice(0, 10) : copenhagenDay(new Date(t));
}

/**
 * The opt-out a contact broke, if any. The opt-out day itself is not a breach (that may be the very call in
 * which the company declined), nor is the day of revocation; a contact made while a since-revoked opt-out
 * stood still counts, since it was a breach when made.
 */
export function breachedBy(contact: Contact, spans: readonly OptOutSpan[]): OptOut | null {
  for (const s of spans) {
    if (contact.date <= s.from) continue;
    if (s.until !== null && contact.date >= s.until) continue;
    if (s.optOut.scope.kind === 'all' || s.optOut.scope.units.includes(contact.unit)) return s.optOut;
  }
  return null;
}

/** Units of `units` that an active opt-out keeps away from the company. */
export function blockedUnits(spans: readonly OptOutSpan[] | undefined, units: readonly UnitId[]): UnitId[] {
  if (!spans) return [];
  return units.filter((u) => spans.some((s) => optOutCovers(s.optOut, u)));
}

export function hasActiveAllUnits(spans: readonly OptOutSpan[] | undefined): boolean {
  return spans !== undefined && spans.some((s) => isActiveOptOut(s.optOut) && s.optOut.scope.kind === 'all');
}

/** Whether an active opt-out covers the unit; with no unit, whether any active opt-out exists. */
export function activeFor(spans: readonly OptOutSpan[] | undefined, unit: UnitId | null): boolean {
  if (!spans) return false;
  return spans.some((s) => (unit === null ? isActiveOptOut(s.optOut) : optOutCovers(s.optOut, unit)));
}
