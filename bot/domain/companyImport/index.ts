/** Entry point for company files: picks the parser from the content, since uploads rarely keep a useful name. */
import { parseCompanyCsv } from './csvParser.js';
import { parseCvrJson } from './cvrJsonParser.js';
import type { ParsedImport } from './importResult.js';

export type { ImportError, ImportRow, ParsedImport } from './importResult.js';
export { parseCompanyCsv } from './csvParser.js';
export { parseCvrJson } from './cvrJsonParser.js';
export { normalizeLegalForm } from './legalForm.js';

/**
 * JSON when the first non-space character is `{` or `[`, or when the file is named .json/.ndjson/.jsonl
 * (so a damaged JSON file gets a JSON complaint, not "missing header"); CSV otherwise.
 */
export function parseCompanyFile(text: string, fileName?: string): ParsedImport {
  const body = text.replace(/^\uFEFF/, '');
  const first = /\S/.exec(body)?.[0];
  const namedJson = fileName !== undefined && /\.(json|ndjson|jsonl)$/i.test(fileName.trim());
  return first === '{' || first === '[' || namedJson ? parseCvrJson(body) : parseCompanyCsv(body);
}
