import { odata, type TableClient } from '@azure/data-tables';
import type { SavedPlan } from '../api/contract.js';
import type { PlanItem } from '../domain/planning/index.js';
import { reqStr, str } from './entityFields.js';
import { isNotFound } from './tableSet.js';

/**
 * Table Plans, partition "plans": every saved plan is kept (the history), RowKey = an inverted time key so the
 * newest sorts first, and the id is that key. A string property holds at most 32K UTF-16 characters, so the
 * items' JSON is split over numbered properties.
 */
const PARTITION = 'plans';
const CHUNK = 30_000;
const MAX_CHUNKS = 20;

export class PlanStore {
  constructor(private readonly table: TableClient) {}

  static idFor(at: Date): string {
    return (8_000_000_000_000 - at.getTime()).toString(36).padStart(9, '0');
  }

  async save(plan: SavedPlan): Promise<void> {
    const json = JSON.stringify(plan.items);
    const parts: Record<string, string> = {};
    for (let i = 0; i * CHUNK < json.length; i++) parts[`items${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
    if (Object.keys(parts).length > MAX_CHUNKS) throw new Error('plan too large to store');
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
  let json = '';
  for (let i = 0; typeof e[`items${i}`] === 'string'; i++) json += e[`items${i}`] as string;
  return {
    id: reqStr(e, 'rowKey'), savedAt: reqStr(e, 'savedAt'), savedBy: reqStr(e, 'savedBy'), note: str(e, 'note') || null,
    items: json ? (JSON.parse(json) as PlanItem[]) : [],
  };
}
