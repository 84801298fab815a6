import type { ProposalView } from '../contract/proposalContract.js';
import { newEventId } from '../domain/contactId.js';
import {
  byStatusThenNewest, changeStatus, isOpenStatus, NEXT_STATUSES, newProposal, validateProposalDraft, type ProposalActor, type ProposalErrors,
} from '../domain/proposals.js';
import type { Naming } from '../domain/units.js';
import { ProposalConflictError, type ProposalStore, type StoredProposal } from '../store/proposalStore.js';

/** What the service needs of the store (a port, so the browser tests' mock API can run the same rules in memory). */
export type ProposalRepository = Pick<ProposalStore, 'create' | 'get' | 'list' | 'replace'>;

export type CreateOutcome = { kind: 'created'; proposal: ProposalView } | { kind: 'invalid'; errors: ProposalErrors };

export type StatusOutcome =
  | { kind: 'changed'; proposal: ProposalView }
  | { kind: 'notFound' }
  | { kind: 'invalid'; errors: ProposalErrors }
  /** Someone changed it after the caller read it; `current` is the proposal as it now stands. */
  | { kind: 'conflict'; current: ProposalView | null };

/** The coordinator's proposals log: the domain decides, the store keeps, and the ETag keeps two coordinators apart. */
export class ProposalService {
  constructor(private readonly store: ProposalRepository, private readonly naming: () => Naming, private readonly now: () => Date) {}

  /** Open first, newest first within a status. */
  async list(): Promise<ProposalView[]> {
    return (await this.store.list()).map(view).sort(byStatusThenNewest);
  }

  async get(id: string): Promise<ProposalView | null> {
    const stored = await this.store.get(id);
    return stored ? view(stored) : null;
  }

  async create(input: Record<string, unknown>, by: ProposalActor): Promise<CreateOutcome> {
    const draft = validateProposalDraft(input, this.naming());
    if (!draft.ok) return { kind: 'invalid', errors: draft.errors };
    const at = this.now();
    const stored = await this.store.create(newProposal(draft.value, newEventId(at.getTime()), at, by));
    return { kind: 'created', proposal: view(stored) };
  }

  /**
   * Moves the proposal on, if the caller saw the version now stored (`etag`): a status picked while looking at
   * an older version is refused rather than judged against a status the caller never saw.
   */
  async changeStatus(id: string, input: { status: unknown; note: unknown; etag: string }, by: ProposalActor): Promise<StatusOutcome> {
    const stored = await this.store.get(id);
    if (!stored) return { kind: 'notFound' };
    if (stored.etag !== input.etag) return { kind: 'conflict', current: view(stored) };
    const changed = changeStatus(stored.proposal, input.status, input.note, this.now(), by);
    if (!changed.ok) return { kind: 'invalid', errors: changed.errors };
    try {
      return { kind: 'changed', proposal: view(await this.store.replace(changed.value, stored.etag)) };
    } catch (e) {
      if (e instanceof ProposalConflictError) return { kind: 'conflict', current: e.current ? view(e.current) : null };
      throw e;
    }
  }
}

function view({ proposal, etag }: StoredProposal): ProposalView {
  return { ...proposal, etag, open: isOpenStatus(proposal.status), nextStatuses: [...NEXT_STATUSES[proposal.status]] };
}
