/**
 * Query bodies for Erhvervsstyrelsen's system-to-system service (Elasticsearch 1.7, alias cvr-permanent).
 * Only query forms 1.7 understands are used (bool/must/should, terms, range): no `filter` clause in bool,
 * no search_after. Field paths are the service's own (Vrvirksomhed.virksomhedMetadata.…).
 */

const MUNICIPALITY_FIELD = 'Vrvirksomhed.virksomhedMetadata.nyesteBeliggenhedsadresse.kommune.kommuneKode';
const CVR_FIELD = 'Vrvirksomhed.cvrNummer';
const UPDATED_FIELD = 'Vrvirksomhed.sidstOpdateret';
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
  const should: unknown[] = [{ terms: { [MUNICIPALITY_FIELD]: q.municipalityCodes.map(Number) } }];
  for (let i = 0; i < q.knownCvrs.length; i += TERMS_PER_CLAUSE) {
    should.push({ terms: { [CVR_FIELD]: q.knownCvrs.slice(i, i + TERMS_PER_CLAUSE).map(Number) } });
  }
  const must: unknown[] = [{ bool: { should, minimum_should_match: 1 } }];
  if (q.updatedSince !== null) must.push({ range: { [UPDATED_FIELD]: { gte: q.updatedSince } } });
  if (q.afterCvr !== null) must.push({ range: { [CVR_FIELD]: { gt: Number(q.afterCvr) } } });
  // CVR order makes "above the last one written" a resume point that survives the scroll's expiry.
  return { size: q.pageSize, sort: [{ [CVR_FIELD]: { order: 'asc' } }], query: { bool: { must } } };
}
