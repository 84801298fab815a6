/** The company import CSV as a municipality gets it from a Virk Data extract, written for demo and benchmark data. */
import type { Company } from '../domain/company.js';

export const COMPANY_CSV_HEADER = [
  'cvr', 'navn', 'branchekode', 'postnr', 'by', 'kommunekode', 'ansatte', 'reklamebeskyttet', 'virksomhedsform',
  'adresse', 'binavne', 'pnumre', 'status', 'kodeversion',
] as const;

function field(value: string | null): string {
  if (value === null) return '';
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Semicolon-separated, UTF-8 with BOM (Excel reads æøå right), CRLF line ends; lists joined by "|". */
export function toCompanyCsv(companies: readonly Company[]): string {
  const lines: string[] = [COMPANY_CSV_HEADER.join(';')];
  for (const c of companies) {
    lines.push([
      c.cvr, c.name, c.industryCode, c.address.postalCode, c.address.town, c.address.municipalityCode,
      c.employeeBand, c.advertisingProtected ? 'ja' : 'nej', c.legalForm, c.address.street,
      c.secondaryNames.join('|'), c.pNumbers.join('|'), c.status, c.industryCodeVersion,
    ].map(field).join(';'));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
