/** The demo opt-out register: who declined contact, for which units, and the odd revocation. */
import type { Company } from '../domain/company.js';
import type { OptOut } from '../domain/contact.js';
import { newEventId } from '../domain/contactId.js';
import type { CompanyPlan } from './activityPlan.js';
import { OPT_OUT_REASONS_ALL, OPT_OUT_REASONS_UNITS, OPT_OUT_SOURCES, REVOKE_REASONS } from './activityText.js';
import { DayNames, DAY_MS, instantOf, toWorkingDay } from './calendar.js';
import { WORK_START, type ActivityWindow } from './contactMaker.js';
import { DEMO_COORDINATOR, staffOfUnit } from './demoStaff.js';
import type { Random } from './random.js';

export interface PlannedOptOut { index: number; optOut: OptOut; breach: boolean }

export interface OptOutPools { active: number[]; silent: number[]; never: number[]; silentEnd: number }

/**
 * About 2 % of companies declined contact (at least 20 in a real-sized municipality). Half of them had
 * been contacted before, so their history stays; one or two were contacted afterwards anyway.
 */
export function planOptOuts(rng: Random, plans: CompanyPlan[], companies: Company[], unitIds: string[], w: ActivityWindow,
  pools: OptOutPools): PlannedOptOut[] {
  const n = companies.length;
  const wanted = n >= 1000 ? Math.max(20, Math.round(0.02 * n)) : Math.round(0.02 * n);
  const fromActive = Math.min(pools.active.length, Math.round(wanted * 0.5));
  const fromSilent = Math.min(pools.silent.length, Math.round(wanted * 0.2));
  const fromNever = Math.min(pools.never.length, wanted - fromActive - fromSilent);
  const breachCount = Math.min(fromActive, wanted >= 10 ? 2 : wanted >= 1 ? 1 : 0);
  const days = new DayNames();
  const chosen: { index: number; from: number; breach: boolean }[] = [];
  const between = (lo: number, hi: number): number => rng.int(Math.min(lo, hi), hi);

  pools.active.slice(0, fromActive).forEach((index, i) => {
    const breach = i < breachCount;
    const from = breach ? between(w.today - 75, w.today - 20) : between(w.start + 60, w.today - 10);
    chosen.push({ index, from, breach });
  });
  for (const index of rng.shuffle([...pools.silent]).slice(0, fromSilent)) {
    chosen.push({ index, from: between(pools.silentEnd + 1, w.today - 10), breach: false });
  }
  for (const index of rng.shuffle([...pools.never]).slice(0, fromNever)) {
    chosen.push({ index, from: between(w.today - 540, w.today - 5), breach: false });
  }

  const nonErhverv = unitIds.map((_, i) => i).filter((i) => unitIds[i] !== 'erhverv');
  return chosen.map(({ index, from, breach }) => {
    const plan = plans[index];
    const company = companies[index];
    const day = toWorkingDay(from, w.today);
    let covered: number[];
    let reason: string;
    if (breach || rng.chance(0.55) || nonErhverv.length === 0) {
      covered = unitIds.map((_, i) => i);
      reason = rng.pick(OPT_OUT_REASONS_ALL);
    } else {
      reason = rng.pick(OPT_OUT_REASONS_UNITS);
      if (reason === 'Ønsker kun kontakt via Erhverv') covered = [...nonErhverv];
      else {
        covered = [nonErhverv.includes(plan.owner) ? plan.owner : rng.pick(nonErhverv)];
        if (rng.chance(0.4)) {
          const extra = rng.pick(nonErhverv);
          if (!covered.includes(extra)) covered.push(extra);
        }
      }
    }
    const revokeDay = !breach && rng.chance(0.15) ? toWorkingDay(day + rng.int(30, 200), w.today) : null;
    const revoked = revokeDay !== null && revokeDay <= w.today - 7;
    plan.block = { from: day, to: revoked ? revokeDay : Infinity, units: covered };

    const registrar = rng.chance(0.4) ? DEMO_COORDINATOR : rng.pick(staffOfUnit(unitIds[covered[0]]));
    const registeredMs = Math.min(instantOf(day, WORK_START + rng.int(30, 450)) + rng.int(0, 2) * DAY_MS, w.nowMs);
    const all = covered.length === unitIds.length;
    const optOut: OptOut = {
      id: newEventId(registeredMs, rng.next),
      cvr: company.cvr,
      pNumber: company.pNumbers.length > 1 && rng.chance(0.4) ? rng.pick(company.pNumbers) : null,
      scope: all ? { kind: 'all' } : { kind: 'units', units: covered.map((u) => unitIds[u]) },
      reason,
      source: rng.pick(OPT_OUT_SOURCES),
      date: days.iso(day),
      registeredAt: new Date(registeredMs).toISOString(),
      registeredBy: registrar.displayName,
      revokedAt: revoked ? new Date(instantOf(revokeDay, WORK_START + rng.int(30, 450))).toISOString() : null,
      revokedBy: revoked ? DEMO_COORDINATOR.displayName : null,
      revokeReason: revoked ? rng.pick(REVOKE_REASONS) : null,
    };
    return { index, optOut, breach };
  });
}
