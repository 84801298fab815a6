import type { CompanyResponse } from '../contract/api.js';
import type { Company } from '../domain/company.js';
import { newestFirst } from '../domain/contactRules.js';
import type { AccessReader } from '../domain/dataProtection/accessLog.js';
import type { ContactOwner } from '../domain/strategy/index.js';
import type { CompanyHistoryStore } from '../store/companyHistoryStore.js';
import type { AccessLog } from './accessLogService.js';

/** One company's page in the tab: the register's facts, its whole history and who owns it by the strategy. */
export class CompanyDetailService {
  constructor(
    private readonly company: (cvr: string) => Promise<Company | null>,
    private readonly history: Pick<CompanyHistoryStore, 'read'>,
    private readonly ownerOf: (company: Company) => ContactOwner | null,
    private readonly accessLog: AccessLog,
  ) {}

  /** Null when the register does not know the company. */
  async detail(cvr: string, reader: AccessReader): Promise<CompanyResponse | null> {
    const company = await this.company(cvr);
    if (!company) return null;
    const history = await this.history.read(cvr);
    await this.accessLog.record(reader, [cvr]);
    const contacts = [...history.contacts].sort(newestFirst);
    return {
      company,
      contacts,
      optOuts: [...history.optOuts].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)),
      feedback: contacts
        .filter((x) => x.rating !== null)
        .map((x) => ({ date: x.date, unit: x.unit, rating: x.rating as number, note: x.note })),
      owner: this.ownerOf(company),
    };
  }
}
