/** Which companies are worth a contact now, how much, and which units may take them. */
import type { Company } from '../company.js';
import { addDays } from '../danishTime.js';
import { bandRank } from '../employeeBand.js';
import { wholeMonthsBetween } from '../overview/calendarMonths.js';
import { areaCodeOf, sectionLetterOf } from '../overview/companyFacts.js';
import type { UnitId } from '../units.js';
import type { CompanyHistory, UnitHistory } from './history.js';
import type { PlanReason } from './types.js';
import type { UnitFit } from './unitFit.js';

/**
 * Score weights. A due follow-up is a promise already made, so it weighs most on its own. A company never
 * contacted starts a little above one just past the silence limit (it has never heard from the
 * municipality); a lapsed relationship passes it after five more silent months. Thin coverage lifts
 * companies in neglected sections and areas by how thin it is, and size lifts companies with more room
 * for the units' errands.
 */
export const SCORE = {
  followUpDue: 55,
  neverContacted: 35,
  /** A company new in the municipality is welcomed before it gets many other calls. */
  newCompany: 20,
  silent: 30,
  /** Per month silent beyond the limit, up to silentExtraMax. */
  silentPerMonth: 1,
  silentExtraMax: 15,
  /** Times (1 − index) for an under-covered section or area. */
  underCovered: 20,
  /** Per CVR employee band above ANTAL_1_1. */
  perBand: 1.5,
  /** A unit with a good relationship makes the call likelier to succeed. */
  lastGoodContact: 5,
} as const;

export interface Candidate {
  company: Company;
  section: string | null;
  area: string | null;
  history: CompanyHistory | undefined;
  /** Primary and coverage reasons; the unit reason is added once the unit is chosen. */
  reasons: PlanReason[];
  score: number;
  followUp: UnitHistory | null;
  lastGood: UnitHistory | null;
  /** Units to try, best first. */
  preference: UnitFit[];
  blocked: UnitId[];
}

export interface CandidateContext {
  today: string;
  silenceMonths: number;
  /** Silence starts before this day; it also opens the coverage period. */
  silenceCutoff: string;
  horizonDays: number;
  sectionIndex: ReadonlyMap<string, number>;
  areaIndex: ReadonlyMap<string, number>;
  /** Units that may take the company, in the plan's unit order. */
  allowedUnits: (blocked: readonly UnitId[]) => UnitId[];
  rank: (company: Company, allowed: (u: UnitId) => boolean) => UnitFit[];
  newCompanies: ReadonlySet<string>;
}

/** Null when nothing speaks for a contact now, or no unit may make it. */
export function toCandidate(company: Company, history: CompanyHistory | undefined, blocked: UnitId[],
  ctx: CandidateContext): Candidate | null {
  const allowed = ctx.allowedUnits(blocked);
  const open = (history?.byUnit ?? []).filter((u) => allowed.includes(u.unit));
  const followUp = dueFollowUp(open, ctx, allowed);
  const last = history?.lastDate ?? null;
  const reasons: PlanReason[] = [];
  let score = 0;
  if (followUp?.followUpDate) {
    reasons.push({ code: 'followUpDue', unit: followUp.unit, date: followUp.followUpDate });
    score += SCORE.followUpDue;
  }
  // Reklamebeskyttet companies are not offered a welcome: that approach is marketing without a legal basis.
  if (last === null && ctx.newCompanies.has(company.cvr) && !company.advertisingProtected) {
    reasons.push({ code: 'newCompany' });
    score += SCORE.newCompany;
  }
  if (last === null) {
    reasons.push({ code: 'neverContacted' });
    score += SCORE.neverContacted;
  } else if (last < ctx.silenceCutoff) {
    const months = wholeMonthsBetween(last, ctx.today);
    reasons.push({ code: 'silent', months, lastDate: last });
    score += SCORE.silent + Math.min(SCORE.silentExtraMax, SCORE.silentPerMonth * Math.max(0, months - ctx.silenceMonths));
  }
  if (reasons.length === 0) return null;

  const section = sectionLetterOf(company);
  const area = areaCodeOf(company);
  // Coverage counts companies contacted since the cutoff, so only a silent company's call would raise it.
  if (last === null || last < ctx.silenceCutoff) {
    const si = section === null ? undefined : ctx.sectionIndex.get(section);
    if (si !== undefined && section !== null) {
      reasons.push({ code: 'sectionUnderCovered', section, index: si });
      score += SCORE.underCovered * (1 - si);
    }
    const ai = area === null ? undefined : ctx.areaIndex.get(area);
    if (ai !== undefined && area !== null) {
      reasons.push({ code: 'areaUnderCovered', area, index: ai });
      score += SCORE.underCovered * (1 - ai);
    }
  }

  const lastGood = newestGood(open);
  const isAllowed = (u: UnitId): boolean => allowed.includes(u);
  let preference: UnitFit[];
  if (followUp) preference = [{ unit: followUp.unit, fit: 1, purpose: 'andet' }];
  else {
    preference = ctx.rank(company, isAllowed);
    if (lastGood) {
      preference = [{ unit: lastGood.unit, fit: 1, purpose: 'andet' }, ...preference.filter((p) => p.unit !== lastGood.unit)];
      score += SCORE.lastGoodContact;
    }
  }
  if (preference.length === 0) return null;
  score += SCORE.perBand * Math.max(0, bandRank(company.employeeBand) - 1);
  return {
    company, section, area, history, reasons, score: Math.round(score * 100) / 100, followUp, lastGood, preference, blocked,
  };
}

/**
 * The most urgent follow-up falling due within a plan period either side of today: ahead, so the plan
 * keeps the promise; behind, so one missed since the last plan is caught. One missed longer ago is stale:
 * by then it is a new approach, and silence will bring the company back.
 */
function dueFollowUp(open: readonly UnitHistory[], ctx: CandidateContext, order: readonly UnitId[]): UnitHistory | null {
  const earliest = addDays(ctx.today, -ctx.horizonDays);
  const latest = addDays(ctx.today, ctx.horizonDays);
  let best: UnitHistory | null = null;
  for (const u of open) {
    const d = u.followUpDate;
    if (d === null || d > latest || d < earliest) continue;
    if (best === null || d < (best.followUpDate ?? '') || (d === best.followUpDate && order.indexOf(u.unit) < order.indexOf(best.unit))) best = u;
  }
  return best;
}

function newestGood(open: readonly UnitHistory[]): UnitHistory | null {
  let best: UnitHistory | null = null;
  for (const u of open) {
    if (u.goodDate === '') continue;
    if (best === null || u.goodDate > best.goodDate || (u.goodDate === best.goodDate && u.goodId > best.goodId)) best = u;
  }
  return best;
}
