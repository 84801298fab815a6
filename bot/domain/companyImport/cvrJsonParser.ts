/**
 * Vrvirksomhed documents from the CVR system-to-system service → companies. The service keeps full
 * history; `virksomhedMetadata.nyeste*` holds the current values, and the dated lists are the fallback
 * when a dump was made without metadata.
 */
import type { Company, IndustryCodeVersion } from '../company.js';
import { bandForHeadcount, parseEmployeeBand } from '../employeeBand.js';
import type { ImportError, ImportRow, ParsedImport } from './importResult.js';
import { knownLegalForm, normalizeLegalForm } from './legalForm.js';
import { readJsonItems, type JsonItem } from './cvrJsonItems.js';
import {
  cleanNames, DEFAULT_MUNICIPALITY_CODES, finishImport, isInMunicipality, readCvr, readIndustryCode, readMunicipalityCode, readName,
  readPNumbers, readPostalCode, readStatus, type Issues,
} from './rules.js';

export type Obj = Record<string, unknown>;

/** Small readers of the service's JSON, shared with the production unit parser. */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
export const asObj = (v: unknown): Obj => (isObj(v) ? v : {});
export const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
export const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function isCurrent(entry: Obj): boolean {
  const periode = entry.periode;
  return !isObj(periode) || periode.gyldigTil === null || periode.gyldigTil === undefined;
}

/** The entry valid now, else the latest to start: a ceased company has no open periods left. */
export function newest(entries: Obj[]): Obj | undefined {
  const open = entries.filter(isCurrent);
  const pool = open.length > 0 ? open : entries;
  let best: Obj | undefined;
  for (const e of pool) if (best === undefined || text(asObj(e.periode).gyldigFra) >= text(asObj(best.periode).gyldigFra)) best = e;
  return best;
}

function unwrapCompany(v: unknown): Obj | undefined {
  if (!isObj(v)) return undefined;
  if (isObj(v.Vrvirksomhed)) return v.Vrvirksomhed;
  if (isObj(v._source)) return unwrapCompany(v._source);
  return 'cvrNummer' in v || 'virksomhedMetadata' in v ? v : undefined;
}

/** Binavne first, then the company's former names, which staff often still use. */
function otherNames(company: Obj, meta: Obj, name: string): string[] {
  const newestBinavne = Array.isArray(meta.nyesteBinavne) ? meta.nyesteBinavne : [];
  return cleanNames([
    ...newestBinavne.map((b) => (isObj(b) ? text(b.navn) : text(b))),
    ...list(company.binavne).map((b) => text(b.navn)),
    ...list(company.navne).filter((n) => !isCurrent(n)).map((n) => text(n.navn)),
  ], name);
}

function legalForm(company: Obj, meta: Obj): string {
  const form = isObj(meta.nyesteVirksomhedsform) ? meta.nyesteVirksomhedsform : asObj(newest(list(company.virksomhedsform)));
  const short = text(form.kortBeskrivelse);
  const long = text(form.langBeskrivelse);
  return knownLegalForm(short) ?? knownLegalForm(long) ?? normalizeLegalForm(long || short);
}

function mentionsDb25(branche: Obj): boolean {
  return Object.entries(branche).some(
    ([k, v]) => /version|klassifikation|kodeliste|nomenklatur/i.test(k) && /DB\s*-?25|NACE.*2\.1/i.test(text(v)),
  );
}

/** DB25 (from 2025) is taken when the dump carries it, in a field named for it or a branche marked as such. */
function industry(company: Obj, meta: Obj, issues: Issues): { code: string | null; version: IndustryCodeVersion } {
  const db25Key = Object.keys(meta).find((k) => /^nyesteHovedbranche.*25$/i.test(k) && isObj(meta[k]));
  const branche = db25Key !== undefined ? asObj(meta[db25Key])
    : isObj(meta.nyesteHovedbranche) ? meta.nyesteHovedbranche : asObj(newest(list(company.hovedbranche)));
  const code = readIndustryCode(text(branche.branchekode), issues);
  return { code, version: db25Key !== undefined || mentionsDb25(branche) ? 'DB25' : 'DB07' };
}

function street(a: Obj): string | null {
  const road = text(a.vejnavn).trim();
  if (road === '') return text(a.fritekst).trim() || null;
  let number = text(a.husnummerFra) + text(a.bogstavFra);
  const to = text(a.husnummerTil) + text(a.bogstavTil);
  if (to !== '') number += `-${to}`;
  const floor = [text(a.etage) && `${text(a.etage)}.`, text(a.sidedoer)].filter((s) => s !== '').join(' ');
  return [`${road} ${number}`.trim(), floor].filter((s) => s !== '').join(', ');
}

/** The current address: the metadata's newest, else the open entry of the dated list (companies and units alike). */
export function currentAddress(entity: Obj, meta: Obj, issues: Issues): Company['address'] {
  const a = isObj(meta.nyesteBeliggenhedsadresse)
    ? meta.nyesteBeliggenhedsadresse : asObj(newest(list(entity.beliggenhedsadresse)));
  const postal = typeof a.postnummer === 'number' ? String(a.postnummer).padStart(4, '0') : text(a.postnummer);
  return {
    street: street(a),
    postalCode: readPostalCode(postal, issues),
    town: text(a.postdistrikt).trim() || null,
    municipalityCode: readMunicipalityCode(text(asObj(a.kommune).kommuneKode), issues),
  };
}

/** Monthly figures are the freshest; an odd band spelling is left unknown rather than refusing the company. */
function employeeBand(meta: Obj): string | null {
  const keys = ['nyesteErstMaanedsbeskaeftigelse', 'nyesteMaanedsbeskaeftigelse', 'nyesteKvartalsbeskaeftigelse', 'nyesteAarsbeskaeftigelse'];
  for (const key of keys) {
    const figures = asObj(meta[key]);
    const band = parseEmployeeBand(text(figures.intervalKodeAntalAnsatte));
    if (typeof band === 'string') return band;
    if (typeof figures.antalAnsatte === 'number') return bandForHeadcount(figures.antalAnsatte).id;
  }
  return null;
}

function toCompany(company: Obj, issues: Issues, codes: readonly string[]): Company {
  const meta = asObj(company.virksomhedMetadata);
  const cvr = readCvr(text(company.cvrNummer), issues);
  const name = readName(text(asObj(meta.nyesteNavn).navn) || text(asObj(newest(list(company.navne))).navn), issues);
  const { code, version } = industry(company, meta, issues);
  const addr = currentAddress(company, meta, issues);
  const units = list(company.penheder).filter(isCurrent).map((p) => text(p.pNummer));
  const status = text(meta.sammensatStatus) || text(asObj(newest(list(company.virksomhedsstatus))).status);
  return {
    cvr,
    pNumbers: readPNumbers(units, issues),
    name,
    secondaryNames: otherNames(company, meta, name),
    legalForm: legalForm(company, meta),
    industryCode: code,
    industryCodeVersion: version,
    address: addr,
    employeeBand: employeeBand(meta),
    advertisingProtected: company.reklamebeskyttet === true || company.reklamebeskyttet === 'true',
    status: readStatus(status),
    inMunicipality: isInMunicipality(addr, codes),
    fictional: false,
  };
}

/** NDJSON, a JSON array, one document or an Elasticsearch response of Vrvirksomhed documents. */
export function parseCvrJson(input: string, codes: readonly string[] = DEFAULT_MUNICIPALITY_CODES): ParsedImport {
  const { items, errors, noun } = readJsonItems(input);
  return finishImport('cvr-json', ...parseItems(items, errors, codes), noun);
}

/**
 * Hits as the CVR service returns them (`{_source: {Vrvirksomhed}}`), positions counted from 1; used by the
 * scheduled sync so both paths refuse the same documents with the same words.
 */
export function parseCvrDocuments(values: readonly unknown[], codes: readonly string[] = DEFAULT_MUNICIPALITY_CODES): ParsedImport {
  return finishImport('cvr-json', ...parseItems(values.map((value, i) => ({ line: i + 1, value })), [], codes), 'element');
}

function parseItems(items: readonly JsonItem[], readErrors: readonly ImportError[], codes: readonly string[]): [ImportRow[], ImportError[]] {
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [...readErrors];
  for (const item of items) {
    const company = unwrapCompany(item.value);
    if (company === undefined) {
      errors.push({ line: item.line, reason: 'elementet er ikke en virksomhed fra CVR (forventede et Vrvirksomhed-objekt)' });
      continue;
    }
    const issues: Issues = [];
    const parsed = toCompany(company, issues, codes);
    if (issues.length > 0) errors.push({ line: item.line, reason: issues.join('; ') });
    else rows.push({ line: item.line, company: parsed });
  }
  return [rows, errors];
}
