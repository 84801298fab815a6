import type { Company } from '../domain/company.js';
import { assessCall } from '../domain/contactRules.js';
import { copenhagenDay } from '../domain/danishTime.js';
import type { CompanyOption, LookupResult } from '../domain/lookup.js';
import type { AccessReader } from '../domain/dataProtection/accessLog.js';
import type { MatchHit } from '../domain/matching/companyMatcher.js';
import type { UnitId } from '../domain/units.js';
import type { CompanyHistoryStore } from '../store/companyHistoryStore.js';
import type { CompanyStore } from '../store/companyStore.js';
import type { CompanyDirectory } from './companyDirectory.js';
import type { AccessLog } from './accessLogService.js';
import type { CompanyFinder } from './companyFinder.js';
import type { ContactPolicy } from './strategyService.js';
import { productMetrics } from '../telemetry/metrics.js';


/** "Has anyone contacted X?": finds the company, reads its history (one partition query) and assesses the call. */
export class LookupService {
  constructor(
    private readonly finder: CompanyFinder,
    private readonly directory: CompanyDirectory,
    private readonly companies: CompanyStore,
    private readonly history: CompanyHistoryStore,
    /** Read per call, so a strategy change applies to the next answer. */
    private readonly policy: ContactPolicy,
    private readonly now: () => Date,
    /** Every answer shows a company's history: each is logged (who, when, which company, through what). */
    private readonly accessLog: AccessLog,
  ) {}

  async lookUp(query: string, askingUnit: UnitId | null, reader: AccessReader): Promise<LookupResult> {
    const result = await this.resolve(query, askingUnit, reader);
    productMetrics.lookup(result.kind);
    return result;
  }

  private async resolve(query: string, askingUnit: UnitId | null, reader: AccessReader): Promise<LookupResult> {
    const started = performance.now();
    const outcome = this.finder.find(query);
    productMetrics.matcherLatency(performance.now() - started);
    if (outcome.cvrQuery && outcome.kind !== 'cvr') {
      // A company imported a moment ago on another instance may not have reached this one's register yet.
      if (outcome.cvrQuery.valid) {
        const fresh = await this.companies.get(outcome.cvrQuery.cvr);
        if (fresh) {
          this.directory.apply([fresh]);
          return this.answer(fresh, askingUnit, reader);
        }
      }
      return { kind: 'unknownCvr', cvr: outcome.cvrQuery.cvr, valid: outcome.cvrQuery.valid };
    }
    switch (outcome.kind) {
      case 'cvr':
      case 'clear':
        return this.byCvr(outcome.hits[0].cvr, askingUnit, reader);
      case 'ambiguous':
        return { kind: 'choices', query, options: outcome.hits.map((h) => this.option(h)) };
      case 'none':
        return { kind: 'none', query, suggestions: outcome.hits.slice(0, 3).map((h) => this.option(h)) };
    }
  }

  /** Companies for a type-ahead: the matcher's best hits for what has been typed so far. */
  suggest(query: string, limit: number): CompanyOption[] {
    if (query.trim() === '') return [];
    return this.finder.find(query, limit).hits.map((h) => this.option(h));
  }

  /** The message extension's results: the matcher's best hits with their register facts (public data, not logged). */
  matchCompanies(query: string, limit: number): Company[] {
    if (query.trim() === '') return [];
    return this.finder.find(query, limit).hits.flatMap((h) => this.directory.get(h.cvr) ?? []);
  }

  /** A company's register facts only, no history: what a card shown to everyone in a chat may carry. */
  async registerFacts(cvr: string): Promise<Company | null> {
    return this.directory.get(cvr) ?? (await this.companies.get(cvr));
  }

  /** The answer for a company already chosen (a choice-card button, a history button). */
  async byCvr(cvr: string, askingUnit: UnitId | null, reader: AccessReader): Promise<LookupResult> {
    const company = await this.registerFacts(cvr);
    if (!company) return { kind: 'unknownCvr', cvr, valid: true };
    return this.answer(company, askingUnit, reader);
  }

  private async answer(company: Company, askingUnit: UnitId | null, reader: AccessReader): Promise<LookupResult> {
    const { contacts, optOuts } = await this.history.read(company.cvr);
    await this.accessLog.record(reader, [company.cvr]);
    const today = copenhagenDay(this.now());
    const assessment = assessCall(contacts, optOuts, { today, windows: this.policy.windows(), askingUnit, owner: this.policy.ownerOf(company) });
    return { kind: 'answer', company, assessment, today };
  }

  private option(hit: MatchHit): CompanyOption {
    return { cvr: hit.cvr, name: hit.name, town: this.directory.get(hit.cvr)?.address.town ?? null };
  }
}
