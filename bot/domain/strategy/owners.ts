import type { Company } from '../company.js';
import { sectionOfCode } from '../industries.js';
import type { ContactOwner, OwnerTarget, StrategyChange } from './types.js';

/**
 * The owner to ask first about a company: an owner named for the company itself wins over one for its
 * industry, which wins over one for its area, because the narrower rule was written with this company in mind.
 */
export function ownerFor(company: Pick<Company, 'cvr' | 'industryCode' | 'address'>, owners: readonly ContactOwner[]): ContactOwner | null {
  const section = company.industryCode ? sectionOfCode(company.industryCode)?.code ?? null : null;
  const postalCode = company.address.postalCode;
  const matching = (kind: OwnerTarget['kind']) => owners.find((o) => o.target.kind === kind && targetMatches(o.target, company.cvr, section, postalCode));
  return matching('company') ?? matching('industry') ?? matching('area') ?? null;
}

function targetMatches(t: OwnerTarget, cvr: string, section: string | null, postalCode: string | null): boolean {
  switch (t.kind) {
    case 'company': return t.cvr === cvr;
    case 'industry': return t.section === section;
    case 'area': return t.postalCode === postalCode;
  }
}

/** The companies that owners, or changes to owners, point at: their names are looked up for display. */
export function ownerCompanies(items: readonly (ContactOwner | StrategyChange)[]): string[] {
  const cvrs = new Set<string>();
  const add = (o: ContactOwner) => { if (o.target.kind === 'company') cvrs.add(o.target.cvr); };
  for (const item of items) {
    if (!('kind' in item)) add(item);
    else if (item.kind === 'ownerAdded' || item.kind === 'ownerRemoved') add(item.owner);
    else if (item.kind === 'ownerChanged') add(item.to);
  }
  return [...cvrs];
}

/** Two owners with the same target would make "ask the owner first" ambiguous; the key says when they clash. */
export function targetKey(t: OwnerTarget): string {
  switch (t.kind) {
    case 'company': return `company:${t.cvr}`;
    case 'industry': return `industry:${t.section}`;
    case 'area': return `area:${t.postalCode}`;
  }
}
