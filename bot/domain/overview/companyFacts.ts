/** What the overview and the planner read off a company: whether it counts, its section and its area. */
import type { Company } from '../company.js';
import { sectionOfCode } from '../industries.js';
import { postalArea } from '../norddjurs.js';

export const CEASED_STATUS = 'OPHØRT';

/** Key of the row for companies without a (known) section or Norddjurs postal area. */
export const UNKNOWN_KEY = '?';

/**
 * Companies registered outside Norddjurs or ceased are kept in the register (a workplace may be here,
 * history matters) but would distort every "share of the municipality" figure, so they are left out.
 */
export function isCounted(c: Company): boolean {
  return c.inMunicipality && c.status.toUpperCase() !== CEASED_STATUS;
}

/** Division (first two digits) → section letter: sectionOfCode scans 21 sections, and 50,000 companies share ~90 divisions. */
const sectionCache = new Map<string, string | null>();

export function sectionLetterOf(c: Company): string | null {
  const code = c.industryCode;
  if (code === null || code.length !== 6) return null;
  const division = code.slice(0, 2);
  let letter = sectionCache.get(division);
  if (letter === undefined) {
    letter = sectionOfCode(code)?.code ?? null;
    sectionCache.set(division, letter);
  }
  return letter;
}

/** The Norddjurs postal code, or null when the address has none or one outside the municipality's areas. */
export function areaCodeOf(c: Company): string | null {
  return postalArea(c.address.postalCode) ? c.address.postalCode : null;
}
