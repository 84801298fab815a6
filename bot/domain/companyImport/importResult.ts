/** What a company file import yields before anything is stored: accepted rows and the lines that were refused. */
import type { Company } from '../company.js';

export interface ImportRow {
  /** 1-based line (CSV: where the record starts; JSON: the item's line or position). */
  line: number;
  company: Company;
}

export interface ImportError {
  line: number;
  /** Danish, written for the coordinator who has to fix the file. */
  reason: string;
}

export interface ParsedImport {
  format: 'csv' | 'cvr-json';
  rows: ImportRow[];
  errors: ImportError[];
}
