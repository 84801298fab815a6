/** Who wrote what, and when: every contact, opt-out and revocation leaves one. */
export type AuditAction = 'contact.logged' | 'optOut.registered' | 'optOut.revoked';

export interface AuditEntry {
  /** Time-ordered id (contactId.ts). */
  id: string;
  cvr: string;
  action: AuditAction;
  /** The id of the contact or opt-out written. */
  subjectId: string;
  actorName: string;
  actorId: string | null;
  at: string;
}
