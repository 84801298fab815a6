/**
 * The coordinator's edits to a suggested plan, as pure functions. They mirror bot/domain/planning/editing.ts
 * (which the tab may not import); the server re-checks every item against the opt-outs when the plan is saved.
 */
import { postalArea, reassignedReasons, sectionOfCode } from '@contract/domain';
import type { Company, OptOut, PlanFlag, PlanItem, UnitId } from '../../api/types';

function withFlag(flags: readonly PlanFlag[], flag: PlanFlag): PlanFlag[] {
  return flags.includes(flag) ? [...flags] : [...flags, flag];
}

export function removeItem(plan: readonly PlanItem[], cvr: string): PlanItem[] {
  return plan.filter((i) => i.cvr !== cvr);
}

/** The named person belonged to the old unit, so nobody is named after a move. */
export function reassignItem(plan: readonly PlanItem[], cvr: string, unit: UnitId): PlanItem[] {
  return plan.map((i) => (i.cvr !== cvr || i.unit === unit ? i : {
    ...i, unit, person: null, flags: withFlag(i.flags.filter((f) => f !== 'overCap'), 'reassigned'), reasons: reassignedReasons(i.reasons, i.unit),
  }));
}

export function activeOptOutFor(optOuts: readonly OptOut[], unit: UnitId): OptOut | undefined {
  return optOuts.find((o) => o.revokedAt === null && (o.scope.kind === 'all' || o.scope.units.includes(unit)));
}

/** An item for a company picked by hand, flagged as such. */
export function manualItem(company: Company, unit: UnitId, optOuts: readonly OptOut[]): PlanItem {
  const optedOutUnits = [...new Set(optOuts.filter((o) => o.revokedAt === null && o.scope.kind === 'units')
    .flatMap((o) => (o.scope.kind === 'units' ? o.scope.units : [])))].sort();
  const flags: PlanFlag[] = ['manual'];
  if (company.advertisingProtected) flags.push('advertisingProtected');
  if (optedOutUnits.length > 0) flags.push('partialOptOut');
  const code = company.industryCode;
  return {
    cvr: company.cvr, companyName: company.name, unit, person: null, reasons: [{ code: 'addedByCoordinator' }], score: 0,
    advertisingProtected: company.advertisingProtected, flags, optedOutUnits,
    section: code && code.length === 6 ? sectionOfCode(code)?.code ?? null : null,
    area: postalArea(company.address.postalCode) ? company.address.postalCode : null,
    employeeBand: company.employeeBand,
  };
}
