import { odata, type TableClient } from '@azure/data-tables';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ContactStrategy, StrategyChange, StrategyVersionSummary } from '../domain/strategy/index.js';
import { chunkedText, joinChunks, num, reqStr, str } from './entityFields.js';
import { isConflict, isNotFound } from './tableSet.js';

/**
 * Table Strategy, partition "v": one row per saved version, never updated. RowKey = the version inverted and
 * padded, so the newest sorts first and "latest" is one row. Saving inserts the next version's row: two
 * coordinators saving on top of the same version race for one RowKey, and the loser gets a conflict.
 * The strategy's JSON is gzipped (owner lists repeat themselves a lot) and its base64 split over numbered
 * properties; the changes from the version before are stored with
 * it, so the history is one query that never reads a full strategy.
 */
const PARTITION = 'v';
const MAX_VERSION = 999_999;
/** 14 body chunks and 2 of changes, × 30K characters stays under the 1 MiB entity limit (UTF-16) with room for the other properties. */
const MAX_CHUNKS = 14;
const CHANGES_CHARS = 60_000;

type Body = Pick<ContactStrategy, 'units' | 'purposes' | 'windows' | 'silenceMonths' | 'owners'>;

export class StrategyVersionTaken extends Error {
  constructor(readonly version: number) { super(`strategy version ${version} was saved by someone else`); }
}
export class StrategyTooLarge extends Error {
  constructor() { super('strategy too large to store'); }
}

export class StrategyStore {
  constructor(private readonly table: TableClient) {}

  static rowKey(version: number): string {
    return String(MAX_VERSION - version).padStart(6, '0');
  }

  /** The newest saved version, or null before the first save. */
  async latest(): Promise<ContactStrategy | null> {
    const pages = this.table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${PARTITION}` } }).byPage({ maxPageSize: 1 });
    for await (const page of pages) return page.length > 0 ? decode(page[0]) : null;
    return null;
  }

  async version(version: number): Promise<ContactStrategy | null> {
    if (!Number.isInteger(version) || version < 1 || version > MAX_VERSION) return null;
    try {
      return decode(await this.table.getEntity(PARTITION, StrategyStore.rowKey(version)));
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** Stores a new version; throws StrategyVersionTaken when that version exists already. */
  async insert(strategy: ContactStrategy & { savedAt: string; savedBy: string }, changes: readonly StrategyChange[]): Promise<void> {
    const body: Body = {
      units: strategy.units, purposes: strategy.purposes, windows: strategy.windows, silenceMonths: strategy.silenceMonths, owners: strategy.owners,
    };
    const parts = chunkedText('body', gzipSync(JSON.stringify(body)).toString('base64'), MAX_CHUNKS);
    if (!parts) throw new StrategyTooLarge();
    // A save that adds hundreds of owners at once lists the first ones and counts the rest.
    let kept = changes.length;
    while (JSON.stringify(changes.slice(0, kept)).length > CHANGES_CHARS) kept = Math.floor(kept / 2);
    const changeParts = chunkedText('changes', JSON.stringify(changes.slice(0, kept)), 2) ?? {};
    try {
      await this.table.createEntity({
        partitionKey: PARTITION, rowKey: StrategyStore.rowKey(strategy.version), version: strategy.version,
        savedAt: strategy.savedAt, savedBy: strategy.savedBy, note: strategy.note ?? '', ...parts, ...changeParts,
        moreChanges: changes.length - kept,
      });
    } catch (e) {
      if (isConflict(e)) throw new StrategyVersionTaken(strategy.version);
      throw e;
    }
  }

  /** Newest first, without the strategies themselves. */
  async history(limit = 200): Promise<StrategyVersionSummary[]> {
    const out: StrategyVersionSummary[] = [];
    const rows = this.table.listEntities({
      queryOptions: { filter: odata`PartitionKey eq ${PARTITION}`, select: ['version', 'savedAt', 'savedBy', 'note', 'changes0', 'changes1', 'moreChanges'] },
    });
    for await (const e of rows) {
      out.push({
        version: num(e, 'version') ?? 0, savedAt: reqStr(e, 'savedAt'), savedBy: reqStr(e, 'savedBy'), note: str(e, 'note') || null,
        changes: JSON.parse(joinChunks(e, 'changes') || '[]') as StrategyChange[],
        moreChanges: num(e, 'moreChanges') ?? 0,
      });
      if (out.length >= limit) break;
    }
    return out;
  }
}

function decode(e: Record<string, unknown>): ContactStrategy {
  const body = JSON.parse(gunzipSync(Buffer.from(joinChunks(e, 'body'), 'base64')).toString('utf8')) as Body;
  return {
    version: num(e, 'version') ?? 0, savedAt: reqStr(e, 'savedAt'), savedBy: reqStr(e, 'savedBy'), note: str(e, 'note') || null,
    units: body.units, purposes: body.purposes, windows: body.windows, silenceMonths: body.silenceMonths, owners: body.owners,
  };
}
