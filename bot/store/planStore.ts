import { odata, RestError, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { PlanItem, PlanSummary, SavedPlan } from '../domain/planning/index.js';
import { chunkedText, joinChunks, reqStr, str } from './entityFields.js';
import { isNotFound } from './tableSet.js';

/**
 * Table Plans, partition "plans": every saved version of every plan is kept (the history), RowKey = an inverted
 * time key so the newest sorts first, and the id is that key. The items' JSON is split over numbered
 * properties (chunkedText). Beside each version 2+ sits a claim row "~<planId>~<version>" written in the
 * same transaction: two editors saving over the same version cannot both get the number, and a refused
 * save writes neither row. "~" sorts after every time key, so the history never reads a claim.
 * Plans saved before versions existed have no planId: they are their own first version.
 */
const PARTITION = 'plans';
const MAX_CHUNKS = 20;
const CLAIM = '~';

export class PlanStore {
  constructor(private readonly table: TableClient) {}

  static idFor(at: Date): string {
    return (8_000_000_000_000 - at.getTime()).toString(36).padStart(9, '0');
  }

  /** Stores one version; false when that version number of that plan was taken meanwhile (nothing written). */
  async save(plan: SavedPlan): Promise<boolean> {
    const parts = chunkedText('items', JSON.stringify(plan.items), MAX_CHUNKS);
    if (!parts) throw new Error('plan too large to store');
    const row = {
      partitionKey: PARTITION, rowKey: plan.id, planId: plan.planId, version: plan.version, savedAt: plan.savedAt,
      savedBy: plan.savedBy, note: plan.note ?? '', itemCount: plan.items.length, ...parts,
    };
    if (plan.version === 1) {
      await this.table.createEntity(row);
      return true;
    }
    const claim = { partitionKey: PARTITION, rowKey: `${CLAIM}${plan.planId}${CLAIM}${plan.version}`, versionId: plan.id };
    try {
      await this.table.submitTransaction([['create', claim], ['create', row]] satisfies TransactionAction[]);
      return true;
    } catch (e) {
      if (e instanceof RestError && e.statusCode === 409) return false;
      throw e;
    }
  }

  async get(id: string): Promise<SavedPlan | null> {
    if (id.startsWith(CLAIM)) return null;
    try {
      return decode(await this.table.getEntity(PARTITION, id));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** Newest first, without the items. */
  async list(limit = 50): Promise<PlanSummary[]> {
    return this.summaries(odata`PartitionKey eq ${PARTITION} and RowKey lt ${CLAIM}`, limit);
  }

  /** The newest version of a plan, without its items. */
  async latestOf(planId: string): Promise<PlanSummary | null> {
    const [latest] = await this.summaries(odata`PartitionKey eq ${PARTITION} and (planId eq ${planId} or RowKey eq ${planId})`, 1);
    return latest ?? null;
  }

  private async summaries(filter: string, limit: number): Promise<PlanSummary[]> {
    const out: PlanSummary[] = [];
    const select = ['RowKey', 'planId', 'version', 'savedAt', 'savedBy', 'note', 'itemCount'];
    for await (const e of this.table.listEntities({ queryOptions: { filter, select } })) {
      out.push({ ...identity(e), savedAt: reqStr(e, 'savedAt'), savedBy: reqStr(e, 'savedBy'), note: str(e, 'note') || null, itemCount: Number(e.itemCount ?? 0) });
      if (out.length >= limit) break;
    }
    return out;
  }
}

function identity(e: Record<string, unknown>): Pick<SavedPlan, 'id' | 'planId' | 'version'> {
  const id = reqStr(e, 'rowKey');
  return { id, planId: str(e, 'planId') || id, version: typeof e.version === 'number' ? e.version : 1 };
}

function decode(e: Record<string, unknown>): SavedPlan {
  const json = joinChunks(e, 'items');
  return {
    ...identity(e), savedAt: reqStr(e, 'savedAt'), savedBy: reqStr(e, 'savedBy'), note: str(e, 'note') || null,
    items: json ? (JSON.parse(json) as PlanItem[]) : [],
  };
}
