import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { RegisterChange, RegisterChangeKind } from '../domain/registerChanges/changes.js';
import { EMPTY_SYNC_STATE, type CvrSyncState } from '../domain/registerChanges/syncState.js';
import { chunks, groupBy } from '../util/collections.js';
import { reqStr, str } from './entityFields.js';
import { isConflict, isNotFound, isPreconditionFailed } from './tableSet.js';

/**
 * The CVR sync's state (one row in Leases, PartitionKey "cvr-sync") and the changes it noticed (table
 * RegisterChanges, one partition per month, RowKey cvr_kind_value so a re-run writes the same row again).
 * The state row doubles as the lease: an instance holds it until `leaseUntil`, taken with the row's ETag.
 */

const JOB = 'cvr-sync';
const STATE = 'state';

export class CvrSyncStore {
  constructor(private readonly leases: TableClient, private readonly changes: TableClient) {}

  async state(): Promise<CvrSyncState> {
    return (await this.read())?.state ?? EMPTY_SYNC_STATE;
  }

  /** The state, if this owner now holds the lease (free, expired or already its own); null when another instance does. */
  async tryLease(owner: string, now: Date, ttlMs: number): Promise<CvrSyncState | null> {
    const row = await this.read();
    if (row && row.holder !== owner && Date.parse(row.leaseUntil) > now.getTime()) return null;
    const entity = { partitionKey: JOB, rowKey: STATE, holder: owner, leaseUntil: new Date(now.getTime() + ttlMs).toISOString() };
    try {
      if (row) await this.leases.updateEntity(entity, 'Merge', { etag: row.etag });
      else await this.leases.createEntity({ ...entity, state: JSON.stringify(EMPTY_SYNC_STATE) });
    } catch (e) {
      if (isPreconditionFailed(e) || isConflict(e)) return null;
      throw e;
    }
    return row?.state ?? EMPTY_SYNC_STATE;
  }

  /** Saves progress and extends the lease; `release` gives the lease up at once (the run is over). */
  async save(owner: string, state: CvrSyncState, leaseUntil: Date): Promise<void> {
    await this.leases.updateEntity(
      { partitionKey: JOB, rowKey: STATE, holder: owner, leaseUntil: leaseUntil.toISOString(), state: JSON.stringify(state) }, 'Merge',
    );
  }

  async record(changes: readonly RegisterChange[]): Promise<void> {
    for (const [month, inMonth] of groupBy(changes, (c) => c.at.slice(0, 7))) {
      for (const batch of chunks(inMonth, 100)) {
        await this.changes.submitTransaction(batch.map((c): TransactionAction => ['upsert', {
          partitionKey: month, rowKey: changeKey(c), change: JSON.stringify(c),
        }, 'Replace']));
      }
    }
  }

  /** Changes noticed in the months from..to (YYYY-MM), newest first. */
  async list(fromMonth: string, toMonth: string, kinds?: readonly RegisterChangeKind[]): Promise<RegisterChange[]> {
    const out: RegisterChange[] = [];
    const filter = odata`PartitionKey ge ${fromMonth} and PartitionKey le ${toMonth}`;
    for await (const e of this.changes.listEntities({ queryOptions: { filter } })) {
      const change = JSON.parse(reqStr(e, 'change')) as RegisterChange;
      if (!kinds || kinds.includes(change.kind)) out.push(change);
    }
    return out.sort((a, b) => b.at.localeCompare(a.at) || a.cvr.localeCompare(b.cvr));
  }

  private async read(): Promise<{ state: CvrSyncState; holder: string; leaseUntil: string; etag: string } | null> {
    try {
      const e = await this.leases.getEntity<Record<string, unknown>>(JOB, STATE);
      return {
        state: { ...EMPTY_SYNC_STATE, ...(JSON.parse(reqStr(e, 'state')) as Partial<CvrSyncState>) },
        holder: str(e, 'holder') ?? '',
        leaseUntil: str(e, 'leaseUntil') ?? new Date(0).toISOString(),
        etag: reqStr(e, 'etag'),
      };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }
}

/** Table keys may not hold / \ # ? or control characters; values here are codes and digits, but be safe. */
function changeKey(c: RegisterChange): string {
  // eslint-disable-next-line no-control-regex -- the key rules name control characters
  return `${c.cvr}_${c.kind}_${(c.after ?? '').replace(/[/\\#?\s\u0000-\u001f\u007f-\u009f]/g, '-')}`;
}
