/** Entry point for company files: picks the parser from the content, since uploads rarely keep a useful name. */
import { parseCompanyCsv } from './csvParser.js';
import { parseCvrJson } from './cvrJsonParser.js';
import { decodeCompanyFile, type FileEncoding } from './encoding.js';
import type { ParsedImport } from './importResult.js';
import { DEFAULT_MUNICIPALITY_CODES } from './rules.js';

export type { ImportError, ImportRow, ParsedImport } from './importResult.js';
export { parseCompanyCsv } from './csvParser.js';
export { parseCvrDocuments, parseCvrJson } from './cvrJsonParser.js';
export { normalizeLegalForm } from './legalForm.js';
export { decodeCompanyFile, type FileEncoding } from './encoding.js';
export { DEFAULT_MUNICIPALITY_CODES } from './rules.js';

/**
 * JSON when the first non-space character is `{` or `[`, or when the file is named .json/.ndjson/.jsonl
 * (so a damaged JSON file gets a JSON complaint, not "missing header"); CSV otherwise.
 */
export function parseCompanyFile(text: string, fileName?: string, codes: readonly string[] = DEFAULT_MUNICIPALITY_CODES): ParsedImport {
  const body = text.replace(/^\uFEFF/, '');
  const first = /\S/.exec(body)?.[0];
  return first === '{' || first === '[' || isJsonName(fileName) ? parseCvrJson(body, codes) : parseCompanyCsv(body, codes);
}

function isJsonName(fileName: string | undefined): boolean {
  return fileName !== undefined && /\.(json|ndjson|jsonl)$/i.test(fileName.trim());
}

/** A file as read from disk or an upload: the encoding it was read in is part of the summary. */
export type DecodedImport = ParsedImport & { encoding: FileEncoding | null };

/** `codes`: the kommunekoder whose companies count as in the municipality (CVR_MUNICIPALITY_CODES; default 707). */
export function parseCompanyBytes(bytes: Uint8Array, fileName?: string, codes: readonly string[] = DEFAULT_MUNICIPALITY_CODES): DecodedImport {
  const decoded = decodeCompanyFile(bytes);
  if (!decoded.ok) {
    return { format: isJsonName(fileName) ? 'cvr-json' : 'csv', rows: [], errors: [{ line: 1, reason: decoded.reason }], encoding: null };
  }
  return { ...parseCompanyFile(decoded.text, fileName, codes), encoding: decoded.encoding };
}
