import { odata, type TableClient } from '@azure/data-tables';
import type { Proposal, ProposalActor, StatusChange } from '../domain/proposals.js';
import { EVIDENCE_KINDS, isProposalStatus, type EvidenceKind } from '../domain/proposals.js';
import { reqStr, str } from './entityFields.js';
import { isNotFound, isPreconditionFailed } from './tableSet.js';

/**
 * Table Proposals, partition "proposals": one row per proposal, RowKey its time-ordered id. The log stays
 * small (a coordinator writes a few a month), so the list is one partition query. The status history is
 * JSON in one property; the domain bounds it (HISTORY_MAX) well inside the 32K-character limit.
 */
const PARTITION = 'proposals';

/** A proposal with the ETag of the row it was read from: a status change must name it. */
export interface StoredProposal { proposal: Proposal; etag: string }

/** The row changed since the caller read it; `current` is what it holds now (null when it is gone). */
export class ProposalConflictError extends Error {
  constructor(readonly current: StoredProposal | null) { super('proposal changed since it was read'); }
}

export class ProposalStore {
  constructor(private readonly table: TableClient) {}

  async create(p: Proposal): Promise<StoredProposal> {
    const r = await this.table.createEntity(entityOf(p));
    return { proposal: p, etag: r.etag ?? '' };
  }

  async get(id: string): Promise<StoredProposal | null> {
    try {
      const e = await this.table.getEntity(PARTITION, id);
      return { proposal: decode(e), etag: e.etag };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async list(): Promise<StoredProposal[]> {
    const out: StoredProposal[] = [];
    for await (const e of this.table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` } })) {
      out.push({ proposal: decode(e), etag: e.etag });
    }
    return out;
  }

  /**
   * Writes `p` over the row only if the row still has `etag`: two coordinators changing the same proposal
   * cannot overwrite each other unseen; the second gets ProposalConflictError with the row as it now is.
   */
  async replace(p: Proposal, etag: string): Promise<StoredProposal> {
    try {
      const r = await this.table.updateEntity(entityOf(p), 'Replace', { etag });
      return { proposal: p, etag: r.etag ?? '' };
    } catch (e) {
      if (isPreconditionFailed(e) || isNotFound(e)) throw new ProposalConflictError(await this.get(p.id));
      throw e;
    }
  }
}

function entityOf(p: Proposal) {
  return {
    partitionKey: PARTITION, rowKey: p.id, title: p.title, text: p.text,
    evidenceKind: p.evidence.kind, evidenceReference: p.evidence.reference ?? '', evidenceSummary: p.evidence.summary ?? '',
    status: p.status, createdAt: p.createdAt, createdById: p.createdBy.id, createdByName: p.createdBy.name,
    history: JSON.stringify(p.history),
  };
}

function decode(e: Record<string, unknown>): Proposal {
  const status = reqStr(e, 'status');
  const kind = reqStr(e, 'evidenceKind');
  if (!isProposalStatus(status) || !(EVIDENCE_KINDS as readonly string[]).includes(kind)) throw new Error(`stored proposal has unknown status ${status} or evidence ${kind}`);
  const createdBy: ProposalActor = { id: reqStr(e, 'createdById'), name: reqStr(e, 'createdByName') };
  return {
    id: reqStr(e, 'rowKey'), title: reqStr(e, 'title'), text: reqStr(e, 'text'),
    evidence: {
      kind: kind as EvidenceKind,
      reference: str(e, 'evidenceReference') || null, summary: str(e, 'evidenceSummary') || null,
    },
    status, createdAt: reqStr(e, 'createdAt'), createdBy,
    history: JSON.parse(reqStr(e, 'history')) as StatusChange[],
  };
}
