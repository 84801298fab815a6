/**
 * The overview in one pass over the journal: per-company aggregates first, then each part is read off
 * them. Dates are compared as yyyy-mm-dd strings so the pass parses nothing. Only companies with two or
 * more units in the period get the parallel check; their contacts are gathered as indices in one typed
 * array (a second, lookup-free walk), because an array per company at a million contacts kept the
 * garbage collector marking for longer than the pass itself took.
 */
import type { Company } from '../company.js';
import type { Contact } from '../contact.js';
import { monthsBefore } from './calendarMonths.js';
import { areaCodeOf, isCounted, sectionLetterOf } from './companyFacts.js';
import { CoverageTally } from './coverage.js';
import { activeFor, breachedBy, indexOptOuts, type OptOutSpan } from './optOutIndex.js';
import { compareCases, findParallelAt, toParallelCase, type ParallelCase } from './parallel.js';
import { bySilence, silentCompany, type SilentCompany } from './silence.js';
import type { Breach, Overview, OverviewInput } from './types.js';

interface Aggregate {
  index: number;
  company: Company | null;
  optOuts: OptOutSpan[] | undefined;
  /** Newest contact up to today by the counted unit(s). */
  last: string | null;
  contactedInPeriod: boolean;
  /** Every unit's contacts in the period. */
  inPeriod: number;
  firstUnit: string | null;
  multiUnit: boolean;
}

export function buildOverview(input: OverviewInput): Overview {
  const { period, today, windows } = input;
  const unit = input.unit ?? null;
  const optOutsByCvr = indexOptOuts(input.optOuts);
  const byCvr = new Map<string, Aggregate>();
  const aggregates: Aggregate[] = [];
  const aggregate = (cvr: string, company: Company | null): Aggregate => {
    const a: Aggregate = {
      index: aggregates.length, company, optOuts: optOutsByCvr.get(cvr), last: null, contactedInPeriod: false, inPeriod: 0,
      firstUnit: null, multiUnit: false,
    };
    byCvr.set(cvr, a);
    aggregates.push(a);
    return a;
  };
  for (const c of input.companies) aggregate(c.cvr, c);

  const contacts = input.contacts;
  /** Aggregate index of each contact in the period, -1 for the rest. */
  const owner = new Int32Array(contacts.length).fill(-1);
  let contactsInPeriod = 0;
  const breaches: Breach[] = [];
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i];
    const a = byCvr.get(c.cvr) ?? aggregate(c.cvr, null);
    const counts = unit === null || c.unit === unit;
    if (counts && c.date <= today && (a.last === null || c.date > a.last)) a.last = c.date;
    if (c.date < period.from || c.date > period.to) continue;
    owner[i] = a.index;
    a.inPeriod++;
    if (a.firstUnit === null) a.firstUnit = c.unit;
    else if (a.firstUnit !== c.unit) a.multiUnit = true;
    if (!counts) continue;
    contactsInPeriod++;
    a.contactedInPeriod = true;
    if (a.optOuts) {
      const broken = breachedBy(c, a.optOuts);
      if (broken) breaches.push(toBreach(c, a.company, broken.id, broken.date));
    }
  }

  const silenceCutoff = monthsBefore(today, input.silenceMonths);
  const tally = new CoverageTally();
  const silent: SilentCompany[] = [];
  const parallel: ParallelCase[] = [];
  let neverContacted = 0;
  let optedOutCompanies = 0;
  // From the register of opt-outs itself: a suppression entry may outlive the company's other data (GDPR Art. 21).
  for (const spans of optOutsByCvr.values()) if (activeFor(spans, unit)) optedOutCompanies++;
  const { start, at } = gatherMultiUnit(aggregates, owner);
  for (const [cvr, a] of byCvr) {
    const counted = a.company !== null && isCounted(a.company);
    if (a.multiUnit) {
      const found = findParallelAt(contacts, at.subarray(start[a.index], start[a.index] + a.inPeriod), windows);
      if (found && (unit === null || found.contacts.some((c) => c.unit === unit))) {
        parallel.push(toParallelCase(cvr, a.company?.name ?? null, counted, found));
      }
    }
    if (!counted || a.company === null) continue;
    const section = sectionLetterOf(a.company);
    const area = areaCodeOf(a.company);
    tally.add(section, area, a.contactedInPeriod);
    if (a.last === null) neverContacted++;
    if (a.last === null || a.last < silenceCutoff) {
      silent.push(silentCompany(a.company, section, area, a.last, today, activeFor(a.optOuts, unit)));
    }
  }
  parallel.sort(compareCases);
  silent.sort(bySilence);
  breaches.sort((x, y) => (x.date !== y.date ? (x.date < y.date ? 1 : -1) : x.contactId < y.contactId ? 1 : -1));

  return {
    period, unit,
    headline: {
      companiesInMunicipality: tally.companies,
      contactedInPeriod: tally.contacted,
      contactsInPeriod,
      parallelCompanies: parallel.length,
      silentCompanies: silent.length,
      neverContacted,
      optedOutCompanies,
      breaches: breaches.length,
      coveragePct: tally.companies === 0 ? 0 : (tally.contacted / tally.companies) * 100,
    },
    parallel,
    silent,
    coverage: tally.result(input.smallRowCompanies),
    breaches,
  };
}

/** Contact indices of multi-unit companies, grouped by company: company k's are at[start[k] .. + inPeriod]. */
function gatherMultiUnit(aggregates: readonly Aggregate[], owner: Int32Array): { start: Int32Array; at: Int32Array } {
  const start = new Int32Array(aggregates.length);
  let total = 0;
  for (const a of aggregates) {
    start[a.index] = total;
    if (a.multiUnit) total += a.inPeriod;
  }
  const next = start.slice();
  const at = new Int32Array(total);
  for (let i = 0; i < owner.length; i++) {
    const k = owner[i];
    if (k >= 0 && aggregates[k].multiUnit) at[next[k]++] = i;
  }
  return { start, at };
}

function toBreach(c: Contact, company: Company | null, optOutId: string, optOutDate: string): Breach {
  return {
    cvr: c.cvr, companyName: company?.name ?? null, contactId: c.id, unit: c.unit, staffName: c.staffName, date: c.date,
    optOutId, optOutDate,
  };
}
