/**
 * The overview in one pass over the journal: per-company aggregates first, then each part is read off
 * them. Dates are compared as yyyy-mm-dd strings so the pass parses nothing; only companies with two or
 * more units in the period get their contacts sorted for the parallel check.
 */
import type { Company } from '../company.js';
import type { Contact } from '../contact.js';
import { monthsBefore } from './calendarMonths.js';
import { areaCodeOf, isCounted, sectionLetterOf } from './companyFacts.js';
import { CoverageTally } from './coverage.js';
import { activeFor, breachedBy, indexOptOuts, type OptOutSpan } from './optOutIndex.js';
import { compareCases, findParallel, toParallelCase, type ParallelCase } from './parallel.js';
import { bySilence, silentCompany, type SilentCompany } from './silence.js';
import type { Breach, Overview, OverviewInput } from './types.js';

interface Aggregate {
  company: Company | null;
  optOuts: OptOutSpan[] | undefined;
  /** Newest contact up to today by the counted unit(s). */
  last: string | null;
  contactedInPeriod: boolean;
  /** Every unit's contacts in the period, kept for the parallel check. */
  inPeriod: Contact[];
  firstUnit: string | null;
  multiUnit: boolean;
}

export function buildOverview(input: OverviewInput): Overview {
  const { period, today, windowDays } = input;
  const unit = input.unit ?? null;
  const optOutsByCvr = indexOptOuts(input.optOuts);
  const byCvr = new Map<string, Aggregate>();
  const aggregate = (cvr: string, company: Company | null): Aggregate => {
    const a: Aggregate = {
      company, optOuts: optOutsByCvr.get(cvr), last: null, contactedInPeriod: false, inPeriod: [], firstUnit: null,
      multiUnit: false,
    };
    byCvr.set(cvr, a);
    return a;
  };
  for (const c of input.companies) aggregate(c.cvr, c);

  let contactsInPeriod = 0;
  const breaches: Breach[] = [];
  for (const c of input.contacts) {
    const a = byCvr.get(c.cvr) ?? aggregate(c.cvr, null);
    const counts = unit === null || c.unit === unit;
    if (counts && c.date <= today && (a.last === null || c.date > a.last)) a.last = c.date;
    if (c.date < period.from || c.date > period.to) continue;
    a.inPeriod.push(c);
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
  for (const [cvr, a] of byCvr) {
    const counted = a.company !== null && isCounted(a.company);
    if (a.multiUnit) {
      const found = findParallel(a.inPeriod, windowDays);
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

function toBreach(c: Contact, company: Company | null, optOutId: string, optOutDate: string): Breach {
  return {
    cvr: c.cvr, companyName: company?.name ?? null, contactId: c.id, unit: c.unit, staffName: c.staffName, date: c.date,
    optOutId, optOutDate,
  };
}
