import type { ContactChannel, UnitId } from './units.js';

/** One call, visit, e-mail or meeting between a unit and a company. */
export interface Contact {
  /** Time-ordered id (see contactId.ts), generated when the log card is rendered: the idempotency key. */
  id: string;
  cvr: string;
  unit: UnitId;
  /** Display name of the staff member who made the contact. */
  staffName: string;
  /** Entra object id (or local id) of that person, when known. */
  staffId: string | null;
  /** Day of the contact, yyyy-mm-dd in Europe/Copenhagen. */
  date: string;
  channel: ContactChannel;
  purpose: string;
  outcome: string | null;
  followUpDate: string | null;
  note: string | null;
  /** The company's own rating of the cooperation, 1 (meget utilfreds) to 5 (meget tilfreds). */
  rating: number | null;
  /** ISO timestamp of when it was stored, and by whom (audit). */
  createdAt: string;
  createdBy: string;
}

/** Opt-out scope: every unit, or the listed ones. */
export type OptOutScope = { kind: 'all' } | { kind: 'units'; units: UnitId[] };

/** A company's "please do not contact us". Also its GDPR Art. 21 objection: kept when other data is erased. */
export interface OptOut {
  id: string;
  cvr: string;
  pNumber: string | null;
  scope: OptOutScope;
  reason: string;
  /** How the company said it: telefon, e-mail, brev, feedback-link, ... */
  source: string;
  /** Day the company declined contact (yyyy-mm-dd). */
  date: string;
  registeredAt: string;
  registeredBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

export function isActiveOptOut(o: OptOut): boolean {
  return o.revokedAt === null;
}

export function optOutCovers(o: OptOut, unit: UnitId): boolean {
  return isActiveOptOut(o) && (o.scope.kind === 'all' || o.scope.units.includes(unit));
}
