import { odata, type TableClient } from '@azure/data-tables';
import { reqStr, str } from './entityFields.js';
import { isConflict, isNotFound } from './tableSet.js';

/**
 * Table Leases: one row per job and key (e.g. the digest of week 2026-W49), inserted conditionally, so of
 * several server instances exactly one wins; the row then records that the job was done. Claims on plan
 * items use the same mechanism (PartitionKey "claim-<plan id>", RowKey the CVR).
 */
export interface Lease { key: string; owner: string; at: string; state: string; detail: string | null }

export class LeaseStore {
  constructor(private readonly table: TableClient) {}

  /** True when this caller took the lease; false when someone already holds it. */
  async acquire(job: string, key: string, owner: string, at: Date, detail: string | null = null): Promise<boolean> {
    try {
      await this.table.createEntity({ partitionKey: job, rowKey: key, owner, at: at.toISOString(), state: 'taken', detail: detail ?? '' });
      return true;
    } catch (e) {
      if (isConflict(e)) return false;
      throw e;
    }
  }

  async complete(job: string, key: string, detail: string | null): Promise<void> {
    await this.table.updateEntity({ partitionKey: job, rowKey: key, state: 'done', detail: detail ?? '' }, 'Merge');
  }

  async get(job: string, key: string): Promise<Lease | null> {
    try {
      return decode(await this.table.getEntity(job, key));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async list(job: string): Promise<Lease[]> {
    const out: Lease[] = [];
    for await (const e of this.table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${job}` } })) out.push(decode(e));
    return out;
  }
}

function decode(e: Record<string, unknown>): Lease {
  return { key: reqStr(e, 'rowKey'), owner: reqStr(e, 'owner'), at: reqStr(e, 'at'), state: reqStr(e, 'state'), detail: str(e, 'detail') || null };
}
