import type { ImportError, ParsedImport } from '../domain/companyImport/importResult.js';
import type { CompanyStore } from '../store/companyStore.js';

export interface ImportReport {
  format: ParsedImport['format'];
  /** Rows that passed validation. */
  accepted: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: ImportError[];
}

/**
 * Stores the good rows of a parsed file; bad rows were already set aside by the parser with their line
 * numbers, so one bad line never stops the rest.
 */
export async function importCompanies(parsed: ParsedImport, store: CompanyStore, onProgress?: (done: number, total: number) => void): Promise<ImportReport> {
  const companies = parsed.rows.map((r) => r.company);
  const summary = await store.upsertMany(companies, (done) => onProgress?.(done, companies.length));
  return { format: parsed.format, accepted: companies.length, ...summary, errors: parsed.errors };
}
