import type { Company } from '../domain/company.js';
import { CompanyMatcher, type MatchOutcome } from '../domain/matching/companyMatcher.js';
import type { CompanyDirectory } from './companyDirectory.js';

/**
 * The matcher kept in step with the in-memory register. Construct it before the directory loads: the
 * load, and every later change (an import, another instance), reaches it through the directory's listener.
 */
export class CompanyFinder {
  private readonly matcher = new CompanyMatcher();

  constructor(directory: CompanyDirectory) {
    for (const c of directory.all()) this.matcher.upsert(matchable(c));
    directory.onChange((changed) => { for (const c of changed) this.matcher.upsert(matchable(c)); });
  }

  find(query: string, limit = 5): MatchOutcome {
    return this.matcher.search(query, limit);
  }
}

function matchable(c: Company) {
  return {
    cvr: c.cvr,
    name: c.name,
    secondaryNames: c.secondaryNames,
    legalForm: c.legalForm,
    town: c.address.town,
    postalCode: c.address.postalCode,
    active: c.status.toUpperCase() !== 'OPHØRT',
  };
}
