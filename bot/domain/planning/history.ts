/** One pass over the journal: per company, the newest contact overall and per unit. */
import type { Contact } from '../contact.js';
import type { UnitId } from '../units.js';

export interface UnitHistory {
  unit: UnitId;
  lastDate: string;
  lastId: string;
  staffName: string;
  staffId: string | null;
  /** The follow-up the unit's newest contact agreed, if any: an older one is taken as settled by it. */
  followUpDate: string | null;
  /** Newest good contact by the unit (see isGoodContact); goodDate is '' when there is none. */
  goodDate: string;
  goodId: string;
  goodRating: number | null;
}

export interface CompanyHistory {
  /** Newest contact by any unit, up to today. */
  lastDate: string | null;
  byUnit: UnitHistory[];
}

/**
 * A rating of 4–5 is good; without a rating, a recorded outcome means something came of it. A rating of
 * 3 or less outweighs an outcome: the company itself said it was not good.
 */
export function isGoodContact(c: Contact): boolean {
  if (c.rating !== null) return c.rating >= 4;
  return c.outcome !== null && c.outcome.trim() !== '';
}

/**
 * Contacts dated after today (mistyped dates) are ignored: they say nothing about what has happened.
 * Fields are kept flat and updated in place: at a million contacts, an object per update is what the
 * garbage collector would spend its time on.
 */
export function collectHistory(contacts: readonly Contact[], today: string): Map<string, CompanyHistory> {
  const byCvr = new Map<string, CompanyHistory>();
  for (const c of contacts) {
    const date = c.date;
    if (date > today) continue;
    let h = byCvr.get(c.cvr);
    if (h === undefined) {
      h = { lastDate: date, byUnit: [] };
      byCvr.set(c.cvr, h);
    } else if (h.lastDate === null || date > h.lastDate) h.lastDate = date;
    const u = unitEntry(h.byUnit, c.unit);
    if (date > u.lastDate || (date === u.lastDate && c.id > u.lastId)) {
      u.lastDate = date;
      u.lastId = c.id;
      u.staffName = c.staffName;
      u.staffId = c.staffId;
      u.followUpDate = c.followUpDate;
    }
    if ((date > u.goodDate || (date === u.goodDate && c.id > u.goodId)) && isGoodContact(c)) {
      u.goodDate = date;
      u.goodId = c.id;
      u.goodRating = c.rating;
    }
  }
  return byCvr;
}

function unitEntry(list: UnitHistory[], unit: UnitId): UnitHistory {
  for (let i = 0; i < list.length; i++) if (list[i].unit === unit) return list[i];
  const u: UnitHistory = {
    unit, lastDate: '', lastId: '', staffName: '', staffId: null, followUpDate: null, goodDate: '', goodId: '', goodRating: null,
  };
  list.push(u);
  return u;
}
