/**
 * Field rules both import formats share, so a CSV extract and a CVR JSON dump refuse the same things
 * with the same words. Readers push Danish reasons onto `issues` and return a value to use if none came.
 */
import type { Company } from '../company.js';
import { isValidCvr, isValidPNumber, normalizeCvr } from '../cvr.js';
import { normalizeIndustryCode } from '../industries.js';
import { NORDDJURS_MUNICIPALITY_CODE, normalizeMunicipalityCode, postalArea } from '../norddjurs.js';
import type { ImportError, ImportRow, ParsedImport } from './importResult.js';

export type Issues = string[];

export function readCvr(raw: string, issues: Issues): string {
  const t = raw.trim();
  if (t === '') {
    issues.push('CVR-nummeret mangler');
    return '';
  }
  const cvr = normalizeCvr(t);
  if (cvr === null) issues.push(`ugyldigt CVR-nummer "${t}" (skal være 8 cifre)`);
  else if (cvr.startsWith('0')) issues.push(`ugyldigt CVR-nummer "${t}" (kan ikke begynde med 0)`);
  else if (!isValidCvr(cvr)) issues.push(`ugyldigt CVR-nummer "${t}" (kontrolcifferet passer ikke)`);
  return cvr ?? '';
}

export function readName(raw: string, issues: Issues): string {
  const name = collapseSpaces(raw);
  if (name === '') issues.push('navnet mangler');
  return name;
}

/**
 * Six digits, dots and spaces allowed ("56.10.10"). Five digits are read as a code whose leading zero a
 * spreadsheet dropped (011100 → 11100): no real code has five digits, and divisions 01–09 do exist.
 */
export function readIndustryCode(raw: string, issues: Issues): string | null {
  const t = raw.trim();
  if (t === '') return null;
  const compact = t.replace(/[\s.]/g, '');
  const code = normalizeIndustryCode(/^\d{5}$/.test(compact) ? `0${compact}` : compact);
  if (code === null) issues.push(`ugyldig branchekode "${t}" (skal være 6 cifre, fx 561010)`);
  return code;
}

export function readPostalCode(raw: string, issues: Issues): string | null {
  const t = raw.trim();
  if (t === '') return null;
  if (!/^\d{4}$/.test(t)) {
    issues.push(`ugyldigt postnummer "${t}" (skal være 4 cifre, fx 8500)`);
    return null;
  }
  return t;
}

export function readMunicipalityCode(raw: string, issues: Issues): string | null {
  const t = raw.trim();
  if (t === '') return null;
  const code = normalizeMunicipalityCode(t);
  if (code === null) issues.push(`ugyldig kommunekode "${t}" (skal være 3 cifre, fx 707)`);
  return code;
}

/** Format check only (see cvr.ts); duplicates within one company are dropped. */
export function readPNumbers(values: readonly string[], issues: Issues): string[] {
  const out: string[] = [];
  for (const value of values) {
    const t = value.trim();
    if (t === '') continue;
    const p = t.replace(/\s/g, '');
    if (!isValidPNumber(p)) issues.push(`ugyldigt P-nummer "${t}" (skal være 10 cifre)`);
    else if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** Trimmed, non-empty, without repeats (case-insensitive) and without the main name itself. */
export function cleanNames(values: readonly string[], mainName: string): string[] {
  const out: string[] = [];
  let seen: string[] | undefined;
  for (const value of values) {
    const t = collapseSpaces(value);
    if (t === '') continue;
    seen ??= [mainName.toLowerCase()];
    const k = t.toLowerCase();
    if (seen.includes(k)) continue;
    seen.push(k);
    out.push(t);
  }
  return out;
}

/** Trims and folds runs of whitespace (line breaks from quoted cells included) into one space. */
export function collapseSpaces(value: string): string {
  const t = value.trim();
  return /\s\s|[\t\n\r]/.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** CVR spells statuses in capitals (NORMAL, OPHØRT); files are not always as careful. */
export function readStatus(raw: string | null | undefined): string {
  const t = collapseSpaces(raw ?? '');
  return t === '' ? 'NORMAL' : t.toUpperCase();
}

/** Whose companies count as "in the municipality" unless configured otherwise (CVR_MUNICIPALITY_CODES). */
export const DEFAULT_MUNICIPALITY_CODES: readonly string[] = [NORDDJURS_MUNICIPALITY_CODE];

/**
 * Membership comes from kommunekode because six postal codes are shared with Syddjurs. Without one, only a
 * postal code that is Norddjurs' alone is proof enough (the postal table is Norddjurs', so only when 707 is
 * one of the codes).
 */
export function isInMunicipality(address: Company['address'], codes: readonly string[]): boolean {
  if (address.municipalityCode !== null) return codes.includes(address.municipalityCode);
  if (!codes.includes(NORDDJURS_MUNICIPALITY_CODE)) return false;
  const area = postalArea(address.postalCode);
  return area !== undefined && !area.sharedWithSyddjurs;
}

/** How a position is named to the user: CSV and NDJSON have lines, a JSON array has elements. */
export type PositionNoun = 'linje' | 'element';

/**
 * The last row for a CVR wins (a later line is usually a correction); each earlier one becomes an error
 * that points at the row that was kept. Errors come out in file order.
 */
export function finishImport(
  format: ParsedImport['format'],
  rows: ImportRow[],
  errors: ImportError[],
  noun: PositionNoun,
): ParsedImport {
  const lastIndex = new Map<string, number>();
  rows.forEach((row, i) => lastIndex.set(row.company.cvr, i));
  const kept: ImportRow[] = [];
  rows.forEach((row, i) => {
    const last = lastIndex.get(row.company.cvr) ?? i;
    if (last === i) {
      kept.push(row);
      return;
    }
    const where = noun === 'linje' ? `linje ${rows[last].line}; den sidste række bruges` : `element nr. ${rows[last].line}; det sidste bruges`;
    errors.push({ line: row.line, reason: `CVR-nummeret ${row.company.cvr} står også på ${where}` });
  });
  errors.sort((a, b) => a.line - b.line);
  return { format, rows: kept, errors };
}
