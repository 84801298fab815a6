/**
 * Query bodies for Erhvervsstyrelsen's system-to-system service (Elasticsearch 1.7, alias cvr-permanent).
 * Only query forms 1.7 understands are used (bool/must/should, terms, range): no `filter` clause in bool,
 * no search_after. Field paths are the service's own (Vrvirksomhed.virksomhedMetadata.…).
 */

const COMPANY_FIELDS: Fields = {
  municipality: 'Vrvirksomhed.virksomhedMetadata.nyesteBeliggenhedsadresse.kommune.kommuneKode',
  key: 'Vrvirksomhed.cvrNummer',
  updated: 'Vrvirksomhed.sidstOpdateret',
};
const UNIT_FIELDS: Fields = {
  municipality: 'VrproduktionsEnhed.produktionsEnhedMetadata.nyesteBeliggenhedsadresse.kommune.kommuneKode',
  key: 'VrproduktionsEnhed.pNummer',
  updated: 'VrproduktionsEnhed.sidstOpdateret',
};
/** ES 1.7 rewrites a terms query into a boolean query, which refuses more than 1,024 clauses. */
const TERMS_PER_CLAUSE = 1000;

export interface CompanyQueryInput {
  municipalityCodes: readonly string[];
  /**
   * Companies the register holds as in the municipality: asked for by number as well, so one that has
   * moved out (and no longer matches the municipality) is still seen, and its move noticed.
   */
  knownCvrs: readonly string[];
  /** ISO time: only documents updated since (a delta); null for everything (a full sync). */
  updatedSince: string | null;
  pageSize: number;
  /** Resuming: only CVR numbers above the last one written. */
  afterCvr: string | null;
}

export function companyQuery(q: CompanyQueryInput): Record<string, unknown> {
  return scrollQuery(COMPANY_FIELDS, q.municipalityCodes, q.knownCvrs, q.updatedSince, q.pageSize, q.afterCvr);
}

export interface UnitQueryInput {
  municipalityCodes: readonly string[];
  /** P-numbers the register holds as local units: asked for by number, so a unit that moved away or closed is seen. */
  knownPNumbers: readonly string[];
  updatedSince: string | null;
  pageSize: number;
  /** Resuming: only P-numbers above the last one written. */
  afterPNumber: string | null;
}

/** Production units (type produktionsenhed) located in the municipality, in P-number order. */
export function unitQuery(q: UnitQueryInput): Record<string, unknown> {
  return scrollQuery(UNIT_FIELDS, q.municipalityCodes, q.knownPNumbers, q.updatedSince, q.pageSize, q.afterPNumber);
}

/** The companies with these CVR numbers, one page (owners of local units the register does not hold yet). */
export function companiesByCvr(cvrs: readonly string[]): Record<string, unknown> {
  return { size: cvrs.length, query: { terms: { [COMPANY_FIELDS.key]: cvrs.map(Number) } } };
}

interface Fields { municipality: string; key: string; updated: string }

function scrollQuery(
  f: Fields, codes: readonly string[], known: readonly string[], updatedSince: string | null, pageSize: number, after: string | null,
): Record<string, unknown> {
  const should: unknown[] = [{ terms: { [f.municipality]: codes.map(Number) } }];
  for (let i = 0; i < known.length; i += TERMS_PER_CLAUSE) {
    should.push({ terms: { [f.key]: known.slice(i, i + TERMS_PER_CLAUSE).map(Number) } });
  }
  const must: unknown[] = [{ bool: { should, minimum_should_match: 1 } }];
  if (updatedSince !== null) must.push({ range: { [f.updated]: { gte: updatedSince } } });
  if (after !== null) must.push({ range: { [f.key]: { gt: Number(after) } } });
  // Key order makes "above the last one written" a resume point that survives the scroll's expiry.
  return { size: pageSize, sort: [{ [f.key]: { order: 'asc' } }], query: { bool: { must } } };
}
