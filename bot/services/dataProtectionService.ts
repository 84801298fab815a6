import type { Company } from '../domain/company.js';
import { newEventId } from '../domain/contactId.js';
import { exportRowCount, type CompanyDataExport } from '../domain/dataProtection/companyExport.js';
import type { AccessReader } from '../domain/dataProtection/accessLog.js';
import { namePattern, type ErasureCounts, type ErasureRequest } from '../domain/dataProtection/erasure.js';
import { ErasureStore } from '../store/erasureStore.js';
import type { Stores } from '../store/index.js';
import type { PrivacyAuditRow } from '../store/privacyAuditStore.js';
import type { AccessLogService } from './accessLogService.js';
import type { Actor } from './contactLogService.js';
import type { ContactReadModel } from './contactReadModel.js';

export interface DataProtectionDeps {
  stores: Stores;
  directory: { get(cvr: string): Company | undefined };
  readModel: ContactReadModel;
  accessLog: AccessLogService;
  now: () => Date;
}

/** Erasure on request and a company's data export: the coordinator's tools for the rights of data subjects. */
export class DataProtectionService {
  private readonly erasure: ErasureStore;

  constructor(private readonly d: DataProtectionDeps) {
    this.erasure = new ErasureStore(d.stores.tables);
  }

  /** What an erasure would remove or redact, per table and kind of row; nothing is changed. */
  async preview(r: ErasureRequest): Promise<ErasureCounts> {
    return (await this.run(r, false)).counts;
  }

  /**
   * Erases, then writes the audit row: who, when, what kind and the counts, never the erased content. A failure
   * half-way leaves no audit row; running the same request again completes it (every step is idempotent).
   */
  async erase(r: ErasureRequest, actor: Actor): Promise<{ counts: ErasureCounts; audit: PrivacyAuditRow }> {
    const { counts, contactIds } = await this.run(r, true);
    const at = this.d.now();
    const audit: PrivacyAuditRow = {
      id: newEventId(at.getTime()), kind: 'erasure', at: at.toISOString(), actorName: actor.name, actorId: actor.id,
      what: r.kind, cvr: r.kind === 'person' ? null : r.cvr, counts,
    };
    await this.d.stores.privacyAudit.write(audit);
    if (r.kind === 'person') await this.d.readModel.load();
    else this.d.readModel.forget(contactIds);
    return { counts, audit };
  }

  erasureAudit(): Promise<PrivacyAuditRow[]> {
    return this.d.stores.privacyAudit.list('erasure');
  }

  retentionRuns(): Promise<PrivacyAuditRow[]> {
    return this.d.stores.privacyAudit.list('retention', 30);
  }

  /** Everything held about one company; null when it is not in the register. The read itself is logged with its row count. */
  async exportCompany(cvr: string, reader: AccessReader): Promise<CompanyDataExport | null> {
    const company = this.d.directory.get(cvr) ?? (await this.d.stores.companies.get(cvr));
    if (!company) return null;
    const s = this.d.stores;
    const [history, audit, feedback, planList] = await Promise.all([s.history.read(cvr), s.history.audit(cvr), s.feedback.forCompany(cvr), s.plans.list(10_000)]);
    const planItems: CompanyDataExport['planItems'] = [];
    for (const p of planList) {
      const plan = await s.plans.get(p.id);
      for (const item of plan?.items ?? []) if (item.cvr === cvr) planItems.push({ planId: p.id, savedAt: p.savedAt, savedBy: p.savedBy, item });
    }
    await this.d.accessLog.flush();
    const accessLog = await s.accessLog.query({ cvr, userId: null, from: '2000-01-01', to: '9999-12-31' }, 100_000);
    const at = this.d.now();
    const x: CompanyDataExport = {
      exportedAt: at.toISOString(), exportedBy: reader.userName, company,
      contacts: [...history.contacts].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)),
      optOuts: [...history.optOuts].sort((a, b) => b.date.localeCompare(a.date)),
      audit, feedback, planItems, accessLog,
    };
    await this.d.accessLog.record(reader, [cvr], exportRowCount(x));
    return x;
  }

  private async run(r: ErasureRequest, apply: boolean): Promise<{ counts: ErasureCounts; contactIds: string[] }> {
    switch (r.kind) {
      case 'contact': return { counts: await this.erasure.contact(r.cvr, r.contactId, apply), contactIds: [r.contactId] };
      case 'company': return this.erasure.company(r.cvr, apply);
      case 'person': return { counts: await this.erasure.person(namePattern(r.name), apply), contactIds: [] };
    }
  }
}
