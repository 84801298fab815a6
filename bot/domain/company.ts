/** The register of companies every answer, overview and plan is about. */

/** DB07 was replaced by DB25 (NACE Rev. 2.1) on 1 January 2025; a record says which one its code uses. */
export type IndustryCodeVersion = 'DB07' | 'DB25';

/** Status as the CVR register spells it (virksomhedsstatus / sammensatStatus), e.g. NORMAL, OPHØRT. */
export type CompanyStatus = string;

export interface Company {
  /** 8 digits, modulus-11 valid; the key of everything. */
  cvr: string;
  /** Production units (P-numbers, 10 digits), format-checked only. */
  pNumbers: string[];
  name: string;
  /** Secondary names (binavne) and former names the staff may still use. */
  secondaryNames: string[];
  /** Legal form as written in CVR, e.g. ApS, A/S, I/S, P/S, Enkeltmandsvirksomhed. */
  legalForm: string;
  /** Six-digit industry code; null when the source had none. */
  industryCode: string | null;
  industryCodeVersion: IndustryCodeVersion;
  address: CompanyAddress;
  /** CVR employee band, e.g. ANTAL_10_19; null when unknown. */
  employeeBand: string | null;
  /** Reklamebeskyttet: outreach needs a legal basis or the company's consent. */
  advertisingProtected: boolean;
  status: CompanyStatus;
  /** False when kommunekode is not Norddjurs (707): kept, as it may have a workplace here. */
  inMunicipality: boolean;
  /** Demo data says it is fictional. */
  fictional: boolean;
  /**
   * P-enheder i kommunen: production units in the municipality of a company registered elsewhere, found by
   * the CVR sync. Absent when there are none (and for every company registered here).
   */
  localUnits?: LocalUnit[];
}

/** A production unit (P-nummer) and its address in the municipality. */
export interface LocalUnit {
  pNumber: string;
  address: CompanyAddress;
}

export interface CompanyAddress {
  street: string | null;
  postalCode: string | null;
  town: string | null;
  /** Three-digit kommunekode, e.g. 707 for Norddjurs. */
  municipalityCode: string | null;
}

/** "Havnevej 12, 8500 Grenaa", as far as the register knows it; '' when it knows none of it. */
export function addressLine(a: CompanyAddress): string {
  return [a.street, [a.postalCode, a.town].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** Fields whose change means the stored company must be rewritten (import idempotency). */
export function sameCompany(a: Company, b: Company): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(c: Company): unknown[] {
  return [
    c.cvr, [...c.pNumbers].sort(), c.name, [...c.secondaryNames].sort(), c.legalForm, c.industryCode,
    c.industryCodeVersion, c.address.street, c.address.postalCode, c.address.town, c.address.municipalityCode,
    c.employeeBand, c.advertisingProtected, c.status, c.inMunicipality, c.fictional,
    [...(c.localUnits ?? [])].sort((x, y) => x.pNumber.localeCompare(y.pNumber)),
  ];
}
