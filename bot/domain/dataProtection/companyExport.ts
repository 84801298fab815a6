import type { AuditEntry } from '../audit.js';
import type { Company } from '../company.js';
import type { Contact, OptOut } from '../contact.js';
import type { FeedbackLink, FeedbackResponse } from '../feedback.js';
import type { PlanItem } from '../planning/index.js';
import type { AccessEvent } from './accessLog.js';

/** Everything the product holds about one company (GDPR art. 15, aktindsigt), as one JSON document and one workbook. */
export interface CompanyDataExport {
  exportedAt: string;
  exportedBy: string;
  company: Company;
  contacts: Contact[];
  /** With their revocations; the audit trail says who registered and revoked each and when. */
  optOuts: OptOut[];
  audit: AuditEntry[];
  feedback: { links: FeedbackLink[]; responses: FeedbackResponse[] };
  planItems: { planId: string; savedAt: string; savedBy: string; item: PlanItem }[];
  accessLog: AccessEvent[];
}

/** How many rows an export hands out (the access log records it). */
export function exportRowCount(x: CompanyDataExport): number {
  return 1 + x.contacts.length + x.optOuts.length + x.audit.length + x.feedback.links.length + x.feedback.responses.length
    + x.planItems.length + x.accessLog.length;
}
