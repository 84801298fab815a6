import { odata, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { sameCompany, type Company, type IndustryCodeVersion, type LocalUnit } from '../domain/company.js';
import { keepLocalUnits } from '../domain/registerChanges/localUnits.js';
import { chunks, groupBy, mapLimit } from '../util/collections.js';
import { bool, list, listText, present, reqStr, str, type EntityProps } from './entityFields.js';
import { isNotFound } from './tableSet.js';

/**
 * The company register (table Companies) and its change journal (table CompanyChanges).
 * See TABLES.md for the key design.
 */

const BUCKETS = 100;
/** Readers look this far back past their watermark, so a writer whose clock runs behind is not missed. */
const CHANGE_OVERLAP_MS = 2 * 60_000;
const PARALLEL_PARTITIONS = 8;
/**
 * Above this many changed companies an import journals one "reload" marker instead of a copy of each:
 * readers then re-read the register, which is cheaper than 100,000 journal rows in one day's partition.
 */
export const JOURNAL_COPY_LIMIT = 1000;
const RELOAD_MARK = '~reload';

export function companyPartition(cvr: string): string {
  return cvr.slice(-2);
}

export interface UpsertSummary { inserted: number; updated: number; unchanged: number }

export interface CompanyChangeBatch {
  companies: Company[];
  /** A bulk import happened: re-read the whole register. */
  reload: boolean;
  /** Pass back on the next call. */
  watermark: number;
}

export class CompanyStore {
  constructor(
    private readonly companies: TableClient,
    private readonly changes: TableClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(cvr: string): Promise<Company | null> {
    try {
      return decodeCompany(await this.companies.getEntity(companyPartition(cvr), cvr));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** The whole register, partition by partition (the in-memory index is built from it at start). */
  async listAll(): Promise<Company[]> {
    const buckets = Array.from({ length: BUCKETS }, (_, i) => String(i).padStart(2, '0'));
    const parts = await mapLimit(buckets, PARALLEL_PARTITIONS, (b) => this.listPartition(b));
    return parts.flat();
  }

  async isEmpty(): Promise<boolean> {
    const page = await this.companies.listEntities({ queryOptions: { select: ['RowKey'] } }).byPage({ maxPageSize: 1 }).next();
    return page.done === true || page.value.length === 0;
  }

  /**
   * Inserts new companies and rewrites changed ones; unchanged ones are not written, so importing the same
   * file twice writes nothing. The change journal is written before the register: if the process dies in
   * between, other instances may see a change a moment early, and the next import (which still sees the old
   * row as different) writes both again. A bulk change is journalled as a reload marker, before and after
   * the writes, so readers re-read the register once the writes are done.
   */
  async upsertMany(input: readonly Company[], onProgress?: (done: number) => void): Promise<UpsertSummary> {
    const summary: UpsertSummary = { inserted: 0, updated: 0, unchanged: 0 };
    const byPartition = [...groupBy(input, (c) => companyPartition(c.cvr))];
    // Reads first, writes after: interleaving them makes Azurite rebuild its indexes on every query.
    const changedByPartition = await mapLimit(byPartition, PARALLEL_PARTITIONS, async ([partition, companies]) => {
      const existing = new Map((await this.listPartition(partition)).map((c) => [c.cvr, c]));
      // A file knows nothing of production units: the CVR sync's "P-enhed i kommunen" marks are kept.
      return companies.map((c) => keepLocalUnits(existing.get(c.cvr), c)).filter((c) => countChange(summary, existing.get(c.cvr), c));
    });
    let done = 0;
    const report = (n: number): void => { done += n; onProgress?.(done); };
    report(summary.unchanged);
    await this.write(changedByPartition.flat(), report);
    return summary;
  }

  /**
   * As upsertMany, but compared with the caller's copy of the register (the in-memory one, itself read from
   * this table and kept current from the journal) instead of reading every partition again: the scheduled
   * sync writes page after page, and a partition read per page made it ten times slower than an import.
   * A stale copy costs at most a redundant write, never a lost one.
   */
  async upsertAgainst(input: readonly Company[], known: (cvr: string) => Company | undefined): Promise<UpsertSummary> {
    const summary: UpsertSummary = { inserted: 0, updated: 0, unchanged: 0 };
    await this.write(input.filter((c) => countChange(summary, known(c.cvr), c)), () => undefined);
    return summary;
  }

  private async write(changed: readonly Company[], report: (n: number) => void): Promise<void> {
    const bulk = changed.length > JOURNAL_COPY_LIMIT;
    await (bulk ? this.journalReload('start') : this.journal(changed));
    const batches = [...groupBy(changed, (c) => companyPartition(c.cvr))].flatMap(([, inPartition]) => chunks(inPartition, 100));
    await mapLimit(batches, PARALLEL_PARTITIONS, async (batch) => {
      await this.companies.submitTransaction(batch.map((c): TransactionAction => ['upsert', encodeCompany(c), 'Replace']));
      report(batch.length);
    });
    if (bulk) await this.journalReload('done');
  }

  /** Companies changed since the watermark (ms); the first call passes the time the register was loaded. */
  async changesSince(watermark: number): Promise<CompanyChangeBatch> {
    const nowMs = this.now().getTime();
    const from = watermark - CHANGE_OVERLAP_MS;
    const latest = new Map<string, Company>();
    let reload = false;
    for (const day of daysBetween(from, nowMs)) {
      const filter = odata`PartitionKey eq ${day} and RowKey ge ${timeKey(from)}`;
      for await (const e of this.changes.listEntities({ queryOptions: { filter } })) {
        if (e.rowKey?.includes(RELOAD_MARK)) {
          reload = true;
          continue;
        }
        const company = JSON.parse(reqStr(e, 'company')) as Company;
        latest.set(company.cvr, company);
      }
    }
    return { companies: [...latest.values()], reload, watermark: nowMs };
  }

  private async listPartition(partition: string): Promise<Company[]> {
    const out: Company[] = [];
    const filter = odata`PartitionKey eq ${partition}`;
    for await (const e of this.companies.listEntities({ queryOptions: { filter } })) out.push(decodeCompany(e));
    return out;
  }

  private async journalReload(phase: 'start' | 'done'): Promise<void> {
    const at = this.now().getTime();
    await this.changes.upsertEntity({ partitionKey: dayKey(at), rowKey: `${timeKey(at)}_${RELOAD_MARK}_${phase}`, reload: true }, 'Replace');
  }

  private async journal(changed: readonly Company[]): Promise<void> {
    const at = this.now().getTime();
    const day = dayKey(at);
    await mapLimit(chunks(changed, 100), PARALLEL_PARTITIONS, async (batch) => {
      await this.changes.submitTransaction(batch.map((c): TransactionAction => [
        'upsert',
        { partitionKey: day, rowKey: `${timeKey(at)}_${c.cvr}`, company: JSON.stringify(c) },
        'Replace',
      ]));
    });
  }
}

/** Counts the company as inserted, updated or unchanged; true when it must be written. */
function countChange(summary: UpsertSummary, old: Company | undefined, c: Company): boolean {
  if (!old) summary.inserted++;
  else if (!sameCompany(old, c)) summary.updated++;
  else {
    summary.unchanged++;
    return false;
  }
  return true;
}

function timeKey(ms: number): string {
  return Math.max(0, ms).toString(36).padStart(9, '0');
}

function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function daysBetween(fromMs: number, toMs: number): string[] {
  const days: string[] = [];
  for (let t = Date.parse(dayKey(fromMs)); t <= toMs; t += 86_400_000) days.push(dayKey(t));
  return days;
}

function encodeCompany(c: Company): { partitionKey: string; rowKey: string } & EntityProps {
  return {
    partitionKey: companyPartition(c.cvr),
    rowKey: c.cvr,
    ...present({
      name: c.name,
      secondaryNames: listText(c.secondaryNames),
      pNumbers: listText(c.pNumbers),
      legalForm: c.legalForm,
      industryCode: c.industryCode,
      industryCodeVersion: c.industryCodeVersion,
      street: c.address.street,
      postalCode: c.address.postalCode,
      town: c.address.town,
      municipalityCode: c.address.municipalityCode,
      employeeBand: c.employeeBand,
      advertisingProtected: c.advertisingProtected,
      status: c.status,
      inMunicipality: c.inMunicipality,
      fictional: c.fictional,
      localUnits: c.localUnits?.length ? JSON.stringify(c.localUnits) : null,
    }),
  };
}

function decodeCompany(e: TableEntityResult<Record<string, unknown>>): Company {
  const localUnits = str(e, 'localUnits');
  return {
    cvr: reqStr(e, 'rowKey'),
    pNumbers: list(e, 'pNumbers'),
    name: reqStr(e, 'name'),
    secondaryNames: list(e, 'secondaryNames'),
    legalForm: str(e, 'legalForm') ?? '',
    industryCode: str(e, 'industryCode'),
    industryCodeVersion: (str(e, 'industryCodeVersion') ?? 'DB07') as IndustryCodeVersion,
    address: {
      street: str(e, 'street'),
      postalCode: str(e, 'postalCode'),
      town: str(e, 'town'),
      municipalityCode: str(e, 'municipalityCode'),
    },
    employeeBand: str(e, 'employeeBand'),
    advertisingProtected: bool(e, 'advertisingProtected'),
    status: str(e, 'status') ?? 'NORMAL',
    inMunicipality: bool(e, 'inMunicipality'),
    fictional: bool(e, 'fictional'),
    ...(localUnits ? { localUnits: JSON.parse(localUnits) as LocalUnit[] } : {}),
  };
}
