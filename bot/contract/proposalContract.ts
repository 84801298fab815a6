/** The proposals log's part of the tab API (issue 7); contract.ts re-exports it. */
import type { EvidenceKind, Proposal, ProposalStatus } from '../domain/proposals.js';

export type { Evidence, EvidenceKind, Proposal, ProposalActor, ProposalStatus, StatusChange } from '../domain/proposals.js';

/** A proposal as the tab gets it. */
export interface ProposalView extends Proposal {
  /** The version read: a status change sends it back, and is refused (409) if the proposal changed since. */
  etag: string;
  /** ny, under behandling or besluttet. */
  open: boolean;
  /** The statuses it may move to now. */
  nextStatuses: ProposalStatus[];
}

/**
 * GET /api/tab/proposals?status=open|all|<status> (everyone; staff read the log, only the coordinator writes)
 * Default `open`. Open proposals first, newest first within a status.
 */
export interface ProposalListResponse { proposals: ProposalView[] }

/** GET /api/tab/proposals/:id → ProposalView */

/** POST /api/tab/proposals (coordinator) → ProposalView; 400 with Danish `fields` (title, text, evidenceKind, evidenceReference, evidenceSummary). */
export interface CreateProposalRequest {
  title: string;
  text: string;
  evidence: { kind: EvidenceKind; reference?: string | null; summary?: string | null };
}

/**
 * POST /api/tab/proposals/:id/status (coordinator) → ProposalView.
 * 400 with `fields` (status, note) for a move the status does not allow; 409 `conflict` when the proposal
 * changed since `etag` was read (the message says who changed it, and to what).
 */
export interface ChangeProposalStatusRequest { status: ProposalStatus; note?: string | null; etag: string }
