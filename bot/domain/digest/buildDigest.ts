/**
 * The weekly digest: what happened in the week before the digest's own week, read off the same rules as
 * the overview (buildOverview) so the digest and the tab never disagree on what is parallel or silent.
 */
import type { Company } from '../company.js';
import type { Contact, OptOut } from '../contact.js';
import { addDays, copenhagenDay } from '../danishTime.js';
import { areaCodeOf, buildOverview, isCounted, monthsBefore, sectionLetterOf, type CoverageRow, type SilentCompany } from '../overview/index.js';
import { UNKNOWN_KEY } from '../overview/companyFacts.js';
import { activeFor, indexOptOuts } from '../overview/optOutIndex.js';
import { bySilence, silentCompany } from '../overview/silence.js';
import type { Period } from '../overview/types.js';
import type { Unit } from '../units.js';
import { latestNotes, ratingSummary } from './feedback.js';
import { isoWeekOfDay, previousWeek, weekBounds } from './isoWeek.js';
import { newestPlan, planProgress } from './planProgress.js';
import { openProposals } from './proposals.js';
import { registerChangeCounts } from './registerChanges.js';
import type { Digest, DigestInput, NewOptOut, UnitCount } from './types.js';

export const DEFAULT_GAP_COUNT = 3;
export const DEFAULT_NOTE_COUNT = 5;
export const DEFAULT_PROPOSAL_COUNT = 3;
/** Weeks before last week that its average rating is compared with. */
export const FEEDBACK_COMPARISON_WEEKS = 4;

export function buildDigest(input: DigestInput): Digest {
  const reported = previousWeek(input.weekKey);
  const period: Period = weekBounds(reported);
  const { year, week } = isoWeekOfDay(period.from);
  const byCvr = new Map(input.companies.map((c) => [c.cvr, c]));
  const base = { companies: input.companies, contacts: input.contacts, optOuts: input.optOuts, windows: input.windows, silenceMonths: input.silenceMonths };

  const parallel = buildOverview({ ...base, period, today: input.today }).parallel;
  // A week is too short to say anything about coverage: it is measured, as the planner measures it, over the
  // silence period up to the end of last week.
  const coveragePeriod = { from: monthsBefore(period.to, input.silenceMonths), to: period.to };
  const coverage = buildOverview({ ...base, period: coveragePeriod, today: period.to }).coverage;
  const gapCount = input.gapCount ?? DEFAULT_GAP_COUNT;
  const comparison = { from: addDays(period.from, -7 * FEEDBACK_COMPARISON_WEEKS), to: addDays(period.from, -1) };
  const plan = newestPlan(input.plans);
  const { rows, total } = contactsByUnit(input.contacts, period, input.units);

  return {
    weekKey: input.weekKey,
    reportedWeek: { key: reported, year, week },
    period,
    contactsByUnit: rows,
    totalContacts: total,
    parallel,
    newOptOuts: newOptOuts(input.optOuts, period, byCvr),
    newlySilent: newlySilent(input.companies, input.contacts, input.optOuts, period, input.silenceMonths),
    coverageGaps: { sections: gaps(coverage.bySection, gapCount), areas: gaps(coverage.byArea, gapCount) },
    feedback: {
      lastWeek: ratingSummary(input.contacts, period),
      previousWeeks: ratingSummary(input.contacts, comparison),
      notes: latestNotes(input.contacts, period, byCvr, input.noteCount ?? DEFAULT_NOTE_COUNT),
    },
    plan: plan === null ? null : planProgress(plan, input.contacts, input.today, input.units, input.claims),
    proposals: openProposals(input.proposals ?? [], input.today, input.proposalCount ?? DEFAULT_PROPOSAL_COUNT),
    registerChanges: registerChangeCounts(input.registerChanges ?? [], period),
  };
}

function contactsByUnit(contacts: readonly Contact[], period: Period, units: readonly Unit[]): { rows: UnitCount[]; total: number } {
  const counts = new Map<string, number>(units.map((u) => [u.id, 0]));
  let total = 0;
  for (const c of contacts) {
    if (c.date < period.from || c.date > period.to) continue;
    counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
    total++;
  }
  return { rows: [...counts].map(([unit, n]) => ({ unit, contacts: n })), total };
}

function newOptOuts(optOuts: readonly OptOut[], period: Period, byCvr: ReadonlyMap<string, Company>): NewOptOut[] {
  const out: NewOptOut[] = [];
  for (const o of optOuts) {
    const t = Date.parse(o.registeredAt);
    const day = Number.isNaN(t) ? o.registeredAt.slice(0, 10) : copenhagenDay(new Date(t));
    if (day < period.from || day > period.to) continue;
    out.push({
      cvr: o.cvr, companyName: byCvr.get(o.cvr)?.name ?? null, scope: o.scope, date: o.date, registeredAt: o.registeredAt,
      source: o.source, revoked: o.revokedAt !== null,
    });
  }
  return out.sort((a, b) => Date.parse(a.registeredAt) - Date.parse(b.registeredAt) || (a.cvr < b.cvr ? -1 : a.cvr > b.cvr ? 1 : 0));
}

/**
 * Silent by the overview's rule (last contact before monthsBefore(day, silenceMonths)) at the end of last week,
 * but not yet on the Sunday before it. The rule is monotonic in the day, so each company is reported in exactly
 * one digest per silence, and the counts of consecutive weeks add up. A last contact exactly silenceMonths
 * before a day of last week becomes silent the day after, which is why the boundary cases fall as they do.
 * Never-contacted companies were silent all along and are not news.
 */
function newlySilent(companies: readonly Company[], contacts: readonly Contact[], optOuts: readonly OptOut[], period: Period,
  silenceMonths: number): SilentCompany[] {
  const last = new Map<string, string>();
  for (const c of contacts) {
    if (c.date > period.to) continue;
    const seen = last.get(c.cvr);
    if (seen === undefined || c.date > seen) last.set(c.cvr, c.date);
  }
  const silentAtEnd = monthsBefore(period.to, silenceMonths);
  const silentBefore = monthsBefore(addDays(period.from, -1), silenceMonths);
  const spans = indexOptOuts(optOuts);
  const out: SilentCompany[] = [];
  for (const company of companies) {
    const l = last.get(company.cvr);
    if (l === undefined || !isCounted(company) || l >= silentAtEnd || l < silentBefore) continue;
    out.push(silentCompany(company, sectionLetterOf(company), areaCodeOf(company), l, period.to, activeFor(spans.get(company.cvr), null)));
  }
  return out.sort(bySilence);
}

/** Under-represented rows, lowest index first; small rows say little and "unknown" is no place to send anyone. */
function gaps(rows: readonly CoverageRow[], count: number): CoverageRow[] {
  return rows
    .filter((r) => !r.small && r.key !== UNKNOWN_KEY && r.index !== null && r.index < 1)
    .sort((a, b) => (a.index as number) - (b.index as number) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, Math.max(0, count));
}
