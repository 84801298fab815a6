/**
 * P-enheder i kommunen: a company registered elsewhere with a production unit here is a local workplace the
 * units may contact, so the register keeps it, marked with the unit's P-number and address. A company
 * registered here needs no mark (its own address is here; its P-numbers are listed as always).
 */
import { addressLine, type Company, type LocalUnit } from '../company.js';
import type { ProductionUnitFacts } from '../companyImport/cvrUnitParser.js';

/** The owner as it should be after what CVR now says about one of its units. */
export function withUnit(owner: Company, unit: ProductionUnitFacts, municipalityCodes: readonly string[]): Company {
  const others = (owner.localUnits ?? []).filter((u) => u.pNumber !== unit.pNumber);
  const here = unit.active && municipalityCodes.includes(unit.address.municipalityCode ?? '') && !owner.inMunicipality;
  const localUnits: LocalUnit[] = here ? [...others, { pNumber: unit.pNumber, address: unit.address }] : others;
  localUnits.sort((a, b) => a.pNumber.localeCompare(b.pNumber));
  const next: Company = { ...owner, localUnits };
  if (localUnits.length === 0) delete next.localUnits;
  return next;
}

/**
 * A company as read from a source that knows nothing of production units (a company document, a file):
 * it keeps the marks the register holds, unless it is registered here now and needs none.
 */
export function keepLocalUnits(known: Company | undefined, c: Company): Company {
  if (c.localUnits || c.inMunicipality || !known?.localUnits) return c;
  return { ...c, localUnits: known.localUnits };
}

/** P-number → the company the register holds it under, for units that change owner. */
export function localUnitOwners(companies: Iterable<Company>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const c of companies) for (const u of c.localUnits ?? []) owners.set(u.pNumber, c.cvr);
  return owners;
}

/** One line for cards and lists: "Havnevej 12, 8500 Grenaa (P-nr. 1012345678)". */
export function localUnitLine(u: LocalUnit): string {
  return `${addressLine(u.address) || '–'} (P-nr. ${u.pNumber})`;
}
