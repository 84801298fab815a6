/** Single demo contacts: working-hour times in Copenhagen, staff of the unit, Danish outcomes and notes. */
import type { Company } from '../domain/company.js';
import type { Contact } from '../domain/contact.js';
import { newEventId } from '../domain/contactId.js';
import { CONTACT_CHANNELS, DEFAULT_UNITS, type ContactChannel } from '../domain/units.js';
import { CHANNEL_WEIGHTS, DEFAULT_CHANNEL_WEIGHTS, NOTES, OUTCOMES, PURPOSE_WEIGHTS } from './activityText.js';
import { DayNames, instantOf, toWorkingDay, weekday } from './calendar.js';
import { staffOfUnit, type DemoStaffMember } from './demoStaff.js';
import { Random, WeightedTable } from './random.js';

export const WORK_START = 8 * 60;
const WORK_END = 16 * 60;

/** The generation window in Copenhagen local days, and `now`. */
export interface ActivityWindow { today: number; start: number; nowMs: number; nowMinute: number }

/** Builds single contacts; all randomness of the contact journal flows through one stream. */
export class ContactMaker {
  private readonly days = new DayNames();
  private readonly hours = new WeightedTable([8, 9, 10, 11, 12, 13, 14, 15].map((h, i) => [h, [6, 10, 12, 10, 7, 10, 9, 5][i]] as const));
  private readonly ratings = new WeightedTable([[1, 5], [2, 7], [3, 13], [4, 35], [5, 40]] as const);
  private readonly staff: DemoStaffMember[][];
  private readonly purposes: WeightedTable<string>[];
  private readonly channels: WeightedTable<ContactChannel>[];
  readonly contacts: Contact[] = [];
  /** createdAt in ms per contact, so the journal can be ordered by number instead of by string. */
  readonly created: number[] = [];

  constructor(private readonly rng: Random, private readonly unitIds: string[], private readonly w: ActivityWindow,
    private readonly companies: Company[]) {
    this.staff = unitIds.map((u) => staffOfUnit(u));
    this.purposes = unitIds.map((u) => {
      const unit = DEFAULT_UNITS.find((x) => x.id === u);
      return new WeightedTable((unit?.purposes ?? ['andet']).map((p) => [p, PURPOSE_WEIGHTS[u]?.[p] ?? 1] as const));
    });
    this.channels = unitIds.map((u) => {
      const weights = CHANNEL_WEIGHTS[u] ?? DEFAULT_CHANNEL_WEIGHTS;
      return new WeightedTable(CONTACT_CHANNELS.map((c) => [c, weights[c]] as const));
    });
  }

  /** A working day in [from, to], uniformly. */
  drawDay(from: number, to: number): number {
    return toWorkingDay(from + Math.floor(this.rng.next() * (to - from + 1)), this.w.today);
  }

  make(ci: number, unit: number, day: number, outcome?: string, note?: string | null): Contact {
    const rng = this.rng;
    const { today, nowMs, nowMinute } = this.w;
    let minute = this.hours.pick(rng) * 60 + rng.int(0, 59);
    if (day >= today) {
      day = today;
      if (nowMinute < WORK_START + 10) day = previousWorkingDay(today);
      else minute = WORK_START + rng.int(0, Math.min(nowMinute, WORK_END) - WORK_START - 1);
    }
    const at = instantOf(day, minute);
    const r = rng.next();
    const delayMinutes = r < 0.7 ? rng.int(5, 240) : r < 0.9 ? 1440 + rng.int(-120, 240) : rng.int(2, 3) * 1440 + rng.int(0, 300);
    let created = at + delayMinutes * 60_000 + rng.int(0, 59_999);
    if (created > nowMs) created = at + Math.floor((nowMs - at) * rng.next());

    const staffList = this.staff[unit];
    const person = staffList[rng.chance(0.8) ? ci % staffList.length : rng.int(0, staffList.length - 1)];
    const purpose = this.purposes[unit].pick(rng);
    const contact: Contact = {
      id: newEventId(created, rng.next),
      cvr: this.companies[ci].cvr,
      unit: this.unitIds[unit],
      staffName: person.displayName,
      staffId: person.id,
      date: this.days.iso(day),
      channel: this.channels[unit].pick(rng),
      purpose,
      outcome: outcome ?? (rng.chance(0.9) ? rng.pick(OUTCOMES[purpose] ?? OUTCOMES.andet) : null),
      followUpDate: rng.chance(0.15) ? this.days.iso(toWorkingDay(day + rng.int(7, 60), Infinity)) : null,
      note: note !== undefined ? note : rng.chance(0.18) ? rng.pick(NOTES) : null,
      rating: rng.chance(0.25) ? this.ratings.pick(rng) : null,
      createdAt: new Date(created).toISOString(),
      createdBy: person.id,
    };
    this.contacts.push(contact);
    this.created.push(created);
    return contact;
  }
}

/**
 * Journal order, i.e. by id (its time part is createdAt). A stable LSD radix sort of createdAt keeps a
 * million contacts well under a second, where a comparator sort over ids takes several.
 */
export function chronological(maker: ContactMaker): Contact[] {
  const { contacts, created } = maker;
  const order = radixOrder(created);
  const sorted = new Array<Contact>(contacts.length);
  for (let i = 0; i < order.length; i++) sorted[i] = contacts[order[i]];
  // Contacts stored in the same millisecond are ordered by their random id tail, so the order is exactly by id.
  for (let i = 1; i < order.length; i++) {
    for (let j = i; j > 0 && created[order[j]] === created[order[j - 1]] && sorted[j].id < sorted[j - 1].id; j--) {
      [sorted[j], sorted[j - 1]] = [sorted[j - 1], sorted[j]];
      [order[j], order[j - 1]] = [order[j - 1], order[j]];
    }
  }
  return sorted;
}

/** Indices of `keys` (non-negative integers) in ascending, stable order, 16 bits per pass. */
function radixOrder(keys: readonly number[]): Uint32Array {
  const n = keys.length;
  let min = Infinity;
  let max = -Infinity;
  for (const k of keys) {
    if (k < min) min = k;
    if (k > max) max = k;
  }
  let order = Uint32Array.from({ length: n }, (_, i) => i);
  let next = new Uint32Array(n);
  const counts = new Uint32Array(65_537);
  for (let shift = 1; n > 0 && (max - min) / shift >= 1; shift *= 65_536) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(Math.floor((keys[i] - min) / shift) % 65_536) + 1]++;
    for (let d = 1; d <= 65_536; d++) counts[d] += counts[d - 1];
    for (let i = 0; i < n; i++) {
      const idx = order[i];
      next[counts[Math.floor((keys[idx] - min) / shift) % 65_536]++] = idx;
    }
    [order, next] = [next, order];
  }
  return order;
}

function previousWorkingDay(day: number): number {
  let d = day - 1;
  while (weekday(d) === 0 || weekday(d) === 6) d--;
  return d;
}
