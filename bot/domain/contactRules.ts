import type { Contact, OptOut } from './contact.js';
import { isActiveOptOut, optOutCovers } from './contact.js';
import { addMonths, daysBetween } from './danishTime.js';
import { windowBetween, type ContactOwner, type ContactWindows } from './strategy/index.js';
import type { UnitId } from './units.js';

/** What a staff member must know before calling a company. */
export interface CallAssessment {
  /** Active opt-outs that stop the asking unit (all of them when the unit is unknown), newest first. */
  blockingOptOuts: OptOut[];
  /** Active opt-outs for other units only: worth knowing, not a stop for this unit. */
  otherOptOuts: OptOut[];
  /** Contacts by other units within the window, newest first: call them before calling the company. */
  recentByOthers: Contact[];
  /** Contacts within the last 12 months, newest first. */
  recent: Contact[];
  /** Every contact, newest first. */
  all: Contact[];
  /** Every opt-out, revoked ones too, newest first. */
  optOutHistory: OptOut[];
  /** The overall window; a pair of units may have its own (see recentByOthers). */
  windowDays: number;
  /** The company's owner by the contact strategy, when the asker is not in the owner's unit: ask them first. */
  askOwnerFirst: ContactOwner | null;
}

export interface AssessOptions {
  /** Today in Copenhagen, yyyy-mm-dd. */
  today: string;
  windows: ContactWindows;
  /** The asker's unit, when known: their own unit's contacts are not "parallel". */
  askingUnit: UnitId | null;
  /** The company's owner by the contact strategy, if any. */
  owner: ContactOwner | null;
}

export function newestFirst(a: Contact, b: Contact): number {
  return b.date.localeCompare(a.date) || b.id.localeCompare(a.id);
}

export function assessCall(contacts: readonly Contact[], optOuts: readonly OptOut[], o: AssessOptions): CallAssessment {
  const all = [...contacts].sort(newestFirst);
  const yearAgo = addMonths(o.today, -12);
  const optOutHistory = [...optOuts].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  const active = optOutHistory.filter(isActiveOptOut);
  const blocks = (x: OptOut): boolean => (o.askingUnit === null ? true : optOutCovers(x, o.askingUnit));
  return {
    blockingOptOuts: active.filter(blocks),
    otherOptOuts: active.filter((x) => !blocks(x)),
    recentByOthers: all.filter((c) => c.unit !== o.askingUnit && withinWindow(c.date, o.today, windowFor(o, c.unit))),
    recent: all.filter((c) => c.date >= yearAgo),
    all,
    optOutHistory,
    windowDays: o.windows.overallDays,
    askOwnerFirst: o.owner && o.owner.unit !== o.askingUnit ? o.owner : null,
  };
}

/** An unknown asker gets the overall window: no pair rule can be chosen for them. */
function windowFor(o: AssessOptions, otherUnit: UnitId): number {
  return o.askingUnit === null ? o.windows.overallDays : windowBetween(o.windows, o.askingUnit, otherUnit);
}

/** A contact dated today or up to `windowDays` days back (a future follow-up date never counts). */
export function withinWindow(day: string, today: string, windowDays: number): boolean {
  const age = daysBetween(day, today);
  return age >= 0 && age <= windowDays;
}
