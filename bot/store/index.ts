import type { StorageConfig } from '../config.js';
import { CompanyHistoryStore } from './companyHistoryStore.js';
import { CompanyStore } from './companyStore.js';
import { CvrSyncStore } from './cvrSyncStore.js';
import { ContactJournalStore } from './contactJournalStore.js';
import { FeedbackStore } from './feedbackStore.js';
import { OptOutRegisterStore } from './optOutRegisterStore.js';
import { ConversationStore } from './conversationStore.js';
import { LeaseStore } from './leaseStore.js';
import { PlanStore } from './planStore.js';
import { StrategyStore } from './strategyStore.js';
import { ProposalStore } from './proposalStore.js';
import { UserPrefsStore } from './userPrefsStore.js';
import { AccessLogStore } from './accessLogStore.js';
import { ActivityFeedStore } from './activityFeedStore.js';
import { PrivacyAuditStore } from './privacyAuditStore.js';
import { RetentionStore } from './retentionStore.js';
import { createTableSet, ensureTables, probeStorage, type TableSet, type TableSetOptions } from './tableSet.js';

export interface Stores {
  tables: TableSet;
  companies: CompanyStore;
  history: CompanyHistoryStore;
  journal: ContactJournalStore;
  optOutRegister: OptOutRegisterStore;
  userPrefs: UserPrefsStore;
  plans: PlanStore;
  strategy: StrategyStore;
  conversations: ConversationStore;
  leases: LeaseStore;
  feedback: FeedbackStore;
  proposals: ProposalStore;
  accessLog: AccessLogStore;
  privacyAudit: PrivacyAuditStore;
  retention: RetentionStore;
  cvrSync: CvrSyncStore;
  activityFeed: ActivityFeedStore;
  /** Creates any missing table. */
  ensure(): Promise<void>;
  probe(timeoutMs: number): ReturnType<typeof probeStorage>;
}

export function createStores(storage: StorageConfig, prefix: string, options: TableSetOptions & { now?: () => Date } = {}): Stores {
  const tables = createTableSet(storage, prefix, options);
  return {
    tables,
    companies: new CompanyStore(tables.Companies, tables.CompanyChanges, options.now),
    history: new CompanyHistoryStore(tables.CompanyHistory),
    journal: new ContactJournalStore(tables.ContactJournal),
    optOutRegister: new OptOutRegisterStore(tables.OptOuts),
    userPrefs: new UserPrefsStore(tables.Settings),
    plans: new PlanStore(tables.Plans),
    strategy: new StrategyStore(tables.Strategy),
    conversations: new ConversationStore(tables.ConversationRefs, tables.Settings),
    leases: new LeaseStore(tables.Leases),
    feedback: new FeedbackStore(tables.FeedbackLinks, tables.Feedback),
    proposals: new ProposalStore(tables.Proposals),
    accessLog: new AccessLogStore(tables.AccessByCompany, tables.AccessByUser),
    privacyAudit: new PrivacyAuditStore(tables.PrivacyAudit),
    retention: new RetentionStore(tables.Settings, tables.Leases),
    cvrSync: new CvrSyncStore(tables.Leases, tables.RegisterChanges),
    activityFeed: new ActivityFeedStore(tables.Settings),
    ensure: () => ensureTables(tables),
    probe: (timeoutMs) => probeStorage(tables, timeoutMs),
  };
}
