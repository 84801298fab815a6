/** Company CSV extracts (Virk Data or a hand-made spreadsheet) → companies, with every refused line explained. */
import type { Company, IndustryCodeVersion } from '../company.js';
import { parseEmployeeBand } from '../employeeBand.js';
import type { ImportError, ImportRow, ParsedImport } from './importResult.js';
import { normalizeLegalForm } from './legalForm.js';
import { detectSeparator, forEachCsvRecord, type CsvRecord } from './csvReader.js';
import {
  cleanNames, collapseSpaces, DEFAULT_MUNICIPALITY_CODES, finishImport, isInMunicipality, readCvr, readIndustryCode, readMunicipalityCode, readName,
  readPNumbers, readPostalCode, readStatus, type Issues,
} from './rules.js';

type Column =
  | 'cvr' | 'navn' | 'branchekode' | 'postnr' | 'by' | 'kommunekode' | 'ansatte' | 'reklamebeskyttet'
  | 'virksomhedsform' | 'adresse' | 'binavne' | 'pnumre' | 'status' | 'kodeversion';

const COLUMNS: readonly Column[] = [
  'cvr', 'navn', 'branchekode', 'postnr', 'by', 'kommunekode', 'ansatte', 'reklamebeskyttet',
  'virksomhedsform', 'adresse', 'binavne', 'pnumre', 'status', 'kodeversion',
];

/** Spellings people use for the same column; keys are lower case without spaces, dashes, dots or underscores. */
const ALIASES: Record<string, Column> = {
  cvrnummer: 'cvr', cvrnr: 'cvr', postnummer: 'postnr', bynavn: 'by', postdistrikt: 'by',
  kommunenr: 'kommunekode', kommunenummer: 'kommunekode', antalansatte: 'ansatte', pnummer: 'pnumre',
  produktionsenheder: 'pnumre', vejadresse: 'adresse', selskabsform: 'virksomhedsform',
};

const YES = new Set(['ja', 'j', 'true', 'sand', '1', 'x', 'yes']);
const NO = new Set(['nej', 'n', 'false', 'falsk', '0', '', 'no']);

type ColumnIndex = Partial<Record<Column, number>>;

function columnOf(header: string): Column | undefined {
  const k = header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s\-._]/g, '');
  return (COLUMNS as readonly string[]).includes(k) ? (k as Column) : ALIASES[k];
}

function indexHeader(fields: readonly string[]): ColumnIndex {
  const index: ColumnIndex = {};
  fields.forEach((f, i) => {
    const col = columnOf(f);
    if (col !== undefined && index[col] === undefined) index[col] = i;
  });
  return index;
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.every((f) => f.trim() === '');
}

function headerProblem(index: ColumnIndex): string | null {
  const missing = (['cvr', 'navn'] as const).filter((c) => index[c] === undefined);
  if (missing.length === 2) {
    return 'første linje skal være en overskrift med mindst kolonnerne "cvr" og "navn", adskilt af semikolon (fx "cvr;navn;postnr")';
  }
  return missing.length === 1 ? `overskriften mangler kolonnen "${missing[0]}"` : null;
}

function readBoolean(raw: string, issues: Issues): boolean {
  const k = raw.trim().toLowerCase();
  if (YES.has(k)) return true;
  if (!NO.has(k)) issues.push(`reklamebeskyttet "${raw.trim()}" kan ikke læses (skriv ja eller nej)`);
  return false;
}

function readEmployees(raw: string, issues: Issues): string | null {
  const band = parseEmployeeBand(raw);
  if (band !== undefined) return band;
  issues.push(`antal ansatte "${raw.trim()}" kan ikke læses (skriv et tal som 12 eller et interval som 10-19)`);
  return null;
}

function readCodeVersion(raw: string, issues: Issues): IndustryCodeVersion {
  const k = raw.trim().toUpperCase().replace(/\s/g, '');
  if (k === '' || k === 'DB07') return 'DB07';
  if (k === 'DB25') return 'DB25';
  issues.push(`ukendt kodeversion "${raw.trim()}" (skriv DB07 eller DB25)`);
  return 'DB07';
}

function toCompany(fields: readonly string[], index: ColumnIndex, issues: Issues, codes: readonly string[]): Company {
  const cell = (c: Column): string => {
    const i = index[c];
    return i === undefined ? '' : (fields[i] ?? '');
  };
  const orNull = (s: string): string | null => collapseSpaces(s) || null;
  const cvr = readCvr(cell('cvr'), issues);
  const name = readName(cell('navn'), issues);
  const address: Company['address'] = {
    street: orNull(cell('adresse')),
    postalCode: readPostalCode(cell('postnr'), issues),
    town: orNull(cell('by')),
    municipalityCode: readMunicipalityCode(cell('kommunekode'), issues),
  };
  return {
    cvr,
    pNumbers: readPNumbers(cell('pnumre').split(/[|,]/), issues),
    name,
    secondaryNames: cleanNames(cell('binavne').split('|'), name),
    legalForm: normalizeLegalForm(cell('virksomhedsform')),
    industryCode: readIndustryCode(cell('branchekode'), issues),
    industryCodeVersion: readCodeVersion(cell('kodeversion'), issues),
    address,
    employeeBand: readEmployees(cell('ansatte'), issues),
    advertisingProtected: readBoolean(cell('reklamebeskyttet'), issues),
    status: readStatus(cell('status')),
    inMunicipality: isInMunicipality(address, codes),
    fictional: false,
  };
}

/** Semicolon-separated UTF-8 with a Danish header row (see the import guide for the columns). */
export function parseCompanyCsv(text: string, codes: readonly string[] = DEFAULT_MUNICIPALITY_CODES): ParsedImport {
  const body = text.replace(/^\uFEFF/, '');
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  let index: ColumnIndex | undefined;
  let headerError: ImportError | undefined;
  forEachCsvRecord(body, detectSeparator(body), (record) => {
    if (isBlank(record) && !record.unterminated) return true;
    if (index === undefined) {
      index = indexHeader(record.fields);
      const problem = headerProblem(index);
      if (problem !== null) headerError = { line: record.line, reason: problem };
      return problem === null;
    }
    if (record.unterminated) {
      errors.push({ line: record.line, reason: 'et anførselstegn (") åbnes her men lukkes aldrig, så resten af filen kunne ikke læses' });
      return false;
    }
    const issues: Issues = [];
    const company = toCompany(record.fields, index, issues, codes);
    if (issues.length > 0) errors.push({ line: record.line, reason: issues.join('; ') });
    else rows.push({ line: record.line, company });
    return true;
  });
  if (headerError !== undefined) return { format: 'csv', rows: [], errors: [headerError] };
  if (index === undefined) return { format: 'csv', rows: [], errors: [{ line: 1, reason: 'filen er tom' }] };
  return finishImport('csv', rows, errors, 'linje');
}
