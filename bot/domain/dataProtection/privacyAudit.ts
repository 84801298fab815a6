/** What an erasure or a retention run leaves behind: who, when, what kind, and counts; never the erased content. */
export type PrivacyAuditKind = 'erasure' | 'retention';

export interface PrivacyAuditRow {
  id: string;
  kind: PrivacyAuditKind;
  at: string;
  actorName: string;
  actorId: string | null;
  /** For an erasure: contact | company | person. For retention: run | dryRun. */
  what: string;
  /** The CVR of an erased company or contact; null for a person. */
  cvr: string | null;
  counts: Record<string, number>;
}
