/** Fictional contacts and opt-outs over a set of companies, reproducible from a seed. */
import type { Company } from '../domain/company.js';
import type { Contact, OptOut } from '../domain/contact.js';
import { DEFAULT_UNITS } from '../domain/units.js';
import {
  ACTIVE_SHARE, categorise, coverageWeight, otherUnit, OwnerTables, PARALLEL_SHARE, sectionLetter, SILENT_SHARE,
  type CompanyPlan,
} from './activityPlan.js';
import { BREACH_OUTCOME, NOTES } from './activityText.js';
import { DAY_MS, localDay, monthsBefore, offsetAt, toWorkingDay } from './calendar.js';
import { chronological, ContactMaker, type ActivityWindow } from './contactMaker.js';
import { staffOfUnit } from './demoStaff.js';
import { planOptOuts } from './optOutPlan.js';
import { Random, WeightedTable } from './random.js';

export interface GenerateActivityOptions {
  seed: number;
  companies: Company[];
  now: Date;
  /** The main window, in months back from `now` (default 12); long-silent companies get older contacts. */
  months?: number;
  contactsPerCompanyPerYear?: number;
  /** Exact number of contacts wanted (benchmarks); otherwise companies × rate × months / 12. */
  targetContactCount?: number;
}

export interface DemoActivity {
  contacts: Contact[];
  optOuts: OptOut[];
}

/** Half the distance kept between an owner's and a successor's contacts, so handovers never look parallel. */
const HANDOVER_GAP = 18;
const PARALLEL_NOTE = NOTES.find((n) => n.startsWith('Kontaktet af flere afdelinger')) ?? NOTES[0];

export function generateActivity(opts: GenerateActivityOptions): DemoActivity {
  const { companies } = opts;
  const n = companies.length;
  const months = opts.months ?? 12;
  const target = Math.max(0, Math.round(opts.targetContactCount ?? (n * (opts.contactsPerCompanyPerYear ?? 1.6) * months) / 12));
  const unitIds = DEFAULT_UNITS.map((u) => u.id).filter((u) => staffOfUnit(u).length > 0);
  if (n === 0 || unitIds.length === 0) return { contacts: [], optOuts: [] };

  const nowMs = opts.now.getTime();
  const today = localDay(nowMs);
  const w: ActivityWindow = {
    today, start: monthsBefore(today, months), nowMs,
    nowMinute: Math.floor((nowMs + offsetAt(nowMs) - today * DAY_MS) / 60_000),
  };
  const silentEnd = monthsBefore(today, Math.max(12, months)) - 1;
  const silentStart = monthsBefore(today, Math.max(12, months) + 6);

  const rng = Random.derive(opts.seed, 'activity-plan');
  const weights = companies.map(coverageWeight);
  let nActive = Math.round(ACTIVE_SHARE * n);
  let nSilent = Math.round(SILENT_SHARE * n);
  let nParallel = Math.round(PARALLEL_SHARE * n);
  // Below this the structure alone would exceed the target: shrink every group alike.
  const upper = nActive + 2 * nSilent + 2 * nParallel;
  if (target < upper) {
    const f = target / upper;
    nActive = Math.floor(nActive * f);
    nSilent = Math.floor(nSilent * f);
    nParallel = Math.min(Math.floor(nParallel * f), nActive);
  }
  const cats = categorise(rng, weights, nActive, nSilent);

  const units = DEFAULT_UNITS.filter((u) => unitIds.includes(u.id));
  const owners = new OwnerTables(units);
  const windowDays = today - w.start;
  const plans: CompanyPlan[] = companies.map((c, index) => {
    const section = sectionLetter(c);
    const table = owners.of(section);
    const owner = table.pick(rng);
    let second = -1;
    let split = 0;
    if (windowDays >= 120 && rng.chance(0.2)) {
      second = otherUnit(rng, table, [owner], units.length);
      split = w.start + 45 + rng.int(0, windowDays - 90);
    }
    return { index, section, weight: weights[index], owner, second, split, block: null };
  });

  const activeOrder = rng.shuffle([...cats.active]);
  const parallel = activeOrder.slice(0, nParallel);
  const optOuts = planOptOuts(rng, plans, companies, unitIds, w, {
    active: activeOrder.slice(nParallel), silent: cats.silent, never: cats.never, silentEnd,
  });

  const maker = new ContactMaker(Random.derive(opts.seed, 'contacts'), unitIds, w, companies);
  const crng = Random.derive(opts.seed, 'contact-plan');

  for (const ci of cats.silent) {
    const k = crng.chance(0.35) ? 2 : 1;
    // Kept two days inside the band so moving off a weekend cannot cross into the main window.
    for (let j = 0; j < k; j++) maker.make(ci, plans[ci].owner, maker.drawDay(silentStart + 2, silentEnd - 2));
  }

  for (let e = 0; e < parallel.length; e++) {
    const ci = parallel[e];
    const p = plans[ci];
    const r = crng.next();
    const anchor = r < 0.12 ? today - crng.int(2, 6) : r < 0.4 ? today - crng.int(7, 26) : crng.int(w.start, Math.max(w.start, today - 30));
    const involved = [p.second >= 0 && anchor >= p.split ? p.second : p.owner];
    const wanted = crng.chance(0.4) ? 3 : 2;
    while (involved.length < wanted) {
      const u = otherUnit(crng, owners.of(p.section), involved, units.length);
      if (u < 0) break;
      involved.push(u);
    }
    const span = Math.min(21, today - anchor);
    involved.forEach((unit, j) => {
      const day = toWorkingDay(j === 0 ? anchor : anchor + crng.int(0, span), today);
      const note = j === involved.length - 1 && crng.chance(0.25) ? PARALLEL_NOTE : undefined;
      maker.make(ci, unit, day, undefined, note);
    });
  }

  const place = (ci: number): boolean => placeContact(crng, maker, plans[ci], w);
  for (const ci of activeOrder.slice(nParallel)) place(ci);

  const breaches = optOuts.filter((o) => o.breach);
  for (const b of breaches) {
    if (maker.contacts.length >= target) break;
    const p = plans[b.index];
    const from = p.block?.from ?? today;
    maker.make(b.index, p.owner, maker.drawDay(Math.min(from + 3, today), today), BREACH_OUTCOME, null);
  }

  if (cats.active.length > 0) {
    const table = new WeightedTable(cats.active.map((ci) => [ci, weights[ci]] as const));
    let guard = 0;
    while (maker.contacts.length < target && guard++ < target * 3) place(table.pick(crng));
  }

  const contacts = chronological(maker);
  const list = optOuts.map((o) => o.optOut).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { contacts, optOuts: list };
}

/**
 * One background contact by the company's owner (or successor), on a day its opt-out allows.
 * Returns false when no allowed day exists, and the caller picks another company.
 */
function placeContact(rng: Random, maker: ContactMaker, p: CompanyPlan, w: ActivityWindow): boolean {
  let hi = w.today;
  for (let attempt = 0; attempt < 6; attempt++) {
    let day = maker.drawDay(w.start, hi);
    let unit = p.owner;
    if (p.second >= 0) {
      if (Math.abs(day - p.split) < HANDOVER_GAP) {
        day = day < p.split ? p.split - HANDOVER_GAP - rng.int(0, 14) : p.split + HANDOVER_GAP + rng.int(0, 14);
        day = toWorkingDay(Math.min(Math.max(day, w.start), w.today), w.today);
      }
      if (day >= p.split) unit = p.second;
    }
    const b = p.block;
    if (b && day >= b.from && day < b.to && b.units.includes(unit)) {
      if (b.from - 1 < w.start) return false;
      hi = b.from - 1;
      continue;
    }
    maker.make(p.index, unit, day);
    return true;
  }
  return false;
}
