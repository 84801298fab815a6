import { odata, type TableClient } from '@azure/data-tables';
import type { PlanItem, SavedPlan } from '../domain/planning/index.js';
import { chunkedText, joinChunks, reqStr, str } from './entityFields.js';
import { isNotFound } from './tableSet.js';

/**
 * Table Plans, partition "plans": every saved plan is kept (the history), RowKey = an inverted time key so the
 * newest sorts first, and the id is that key. The items' JSON is split over numbered
 * properties (chunkedText).
 */
const PARTITION = 'plans';
const MAX_CHUNKS = 20;

export class PlanStore {
  constructor(private readonly table: TableClient) {}

  static idFor(at: Date): string {
    return (8_000_000_000_000 - at.getTime()).toString(36).padStart(9, '0');
  }

  async save(plan: SavedPlan): Promise<void> {
    const parts = chunkedText('items', JSON.stringify(plan.items), MAX_CHUNKS);
    if (!parts) throw new Error('plan too large to store');
    await this.table.createEntity({
      partitionKey: PARTITION, rowKey: plan.id, savedAt: plan.savedAt, savedBy: plan.savedBy, note: plan.note ?? '',
      itemCount: plan.items.length, ...parts,
    });
  }

  async get(id: string): Promise<SavedPlan | null> {
    try {
      return decode(await this.table.getEntity(PARTITION, id));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** Newest first, without the items. */
  async list(limit = 50): Promise<{ id: string; savedAt: string; savedBy: string; note: string | null; itemCount: number }[]> {
    const out = [];
    const pages = this.table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${PARTITION}`, select: ['RowKey', 'savedAt', 'savedBy', 'note', 'itemCount'] } });
    for await (const e of pages) {
      out.push({ id: reqStr(e, 'rowKey'), savedAt: reqStr(e, 'savedAt'), savedBy: reqStr(e, 'savedBy'), note: str(e, 'note') || null, itemCount: Number(e.itemCount ?? 0) });
      if (out.length >= limit) break;
    }
    return out;
  }
}

function decode(e: Record<string, unknown>): SavedPlan {
  const json = joinChunks(e, 'items');
  return {
    id: reqStr(e, 'rowKey'), savedAt: reqStr(e, 'savedAt'), savedBy: reqStr(e, 'savedBy'), note: str(e, 'note') || null,
    items: json ? (JSON.parse(json) as PlanItem[]) : [],
  };
}
