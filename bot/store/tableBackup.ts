import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import { TABLE_NAMES, type TableName, type TableSet } from './tableSet.js';

/**
 * Backup and restore of whole tables. An entity is written as one JSON line in which every property carries
 * its EDM type beside its value, exactly as the service reported it (read with type conversion off), so that a
 * restore writes Int64, DateTime, Guid, Binary, Double, Int32, Boolean and String back unchanged. Timestamp and
 * ETag are the service's own and are not kept. One loss the SDK imposes: the service sends a whole-number Double
 * as `2.0` without a type annotation and JSON parsing makes it 2, so it is kept (and restored) as Int32; the
 * product never writes such values (the SDK sends whole JS numbers as Int32 already).
 */
export const EDM_TYPES = ['String', 'Boolean', 'Int32', 'Int64', 'Double', 'DateTime', 'Guid', 'Binary'] as const;
export type EdmType = (typeof EDM_TYPES)[number];

export interface TypedValue { type: EdmType; value: string }
export interface BackupEntity {
  partitionKey: string;
  rowKey: string;
  properties: Record<string, TypedValue>;
}

export const RESTORE_BATCH = 100;
/** A transaction may carry 4 MiB; stay clear of it with large rows (an entity may hold up to 1 MiB). */
const MAX_BATCH_CHARS = 3_000_000;
const READ_PAGE = 1000;
const WRITES_IN_FLIGHT = 4;

export function backupTableNames(): readonly TableName[] {
  return TABLE_NAMES;
}

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

/** Every entity of a table, page by page (1,000 a request), as backup records; never the whole table in memory. */
export async function* exportTable(table: TableClient): AsyncGenerator<BackupEntity[]> {
  for await (const page of table.listEntities<Record<string, unknown>>({ disableTypeConversion: true }).byPage({ maxPageSize: READ_PAGE })) {
    yield page.map(toBackupEntity);
  }
}

function toBackupEntity(e: Record<string, unknown>): BackupEntity {
  const properties: Record<string, TypedValue> = {};
  for (const [name, raw] of Object.entries(e)) {
    // odata.* is the service's metadata (a property name cannot hold a dot).
    if (name === 'partitionKey' || name === 'rowKey' || name === 'etag' || name === 'timestamp' || name.startsWith('odata.') || raw === null || raw === undefined) continue;
    properties[name] = typedValue(name, raw);
  }
  return { partitionKey: String(e.partitionKey), rowKey: String(e.rowKey), properties };
}

function typedValue(name: string, raw: unknown): TypedValue {
  if (typeof raw === 'object' && raw !== null && 'type' in raw && 'value' in raw && isEdmType(raw.type)) {
    return { type: raw.type, value: String(raw.value) };
  }
  throw new Error(`property ${name} came back without an EDM type`);
}

export function isEdmType(t: unknown): t is EdmType {
  return typeof t === 'string' && (EDM_TYPES as readonly string[]).includes(t);
}

/** The entity as the SDK must be given it so the wire carries the same value and the same `@odata.type`. */
function toTableEntity(b: BackupEntity): TableEntity {
  const entity: TableEntity<Record<string, unknown>> = { partitionKey: b.partitionKey, rowKey: b.rowKey };
  for (const [name, { type, value }] of Object.entries(b.properties)) entity[name] = wireValue(type, value);
  return entity;
}

function wireValue(type: EdmType, value: string): unknown {
  switch (type) {
    case 'String': return value;
    case 'Boolean': return value === 'true';
    // Whole JSON numbers without an annotation are Int32 to the service; a Double keeps its annotation.
    case 'Int32': return Number(value);
    case 'Double': return { type, value: Number.isFinite(Number(value)) ? Number(value) : value };
    default: return { type, value };
  }
}

export interface RestoreWriter {
  /** Queues entities (in table order); full batches are sent at once, a few at a time. */
  write(entities: readonly BackupEntity[]): Promise<void>;
  /** Sends what is left and waits for every batch. */
  flush(): Promise<void>;
}

/**
 * Upserts (Replace) in transactions of up to 100 entities of one partition. A table is listed in
 * PartitionKey order, so consecutive records share partitions and batches stay full.
 */
export function restoreWriter(table: TableClient, onWritten: (n: number) => void = () => undefined): RestoreWriter {
  let batch: TransactionAction[] = [];
  let batchPartition: string | null = null;
  let batchChars = 0;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;

  const send = async (): Promise<void> => {
    if (batch.length === 0) return;
    const actions = batch;
    batch = [];
    batchChars = 0;
    const p = table.submitTransaction(actions).then(() => { onWritten(actions.length); }, (e: unknown) => { failure ??= e; });
    const tracked = p.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
    if (failure) throw failure;
  };

  return {
    async write(entities) {
      for (const b of entities) {
        const entity = toTableEntity(b);
        const chars = JSON.stringify(entity).length;
        if (batch.length >= RESTORE_BATCH || (batch.length > 0 && (b.partitionKey !== batchPartition || batchChars + chars > MAX_BATCH_CHARS))) await send();
        batch.push(['upsert', entity, 'Replace']);
        batchPartition = b.partitionKey;
        batchChars += chars;
      }
    },
    async flush() {
      await send();
      await Promise.all(inFlight);
      if (failure) throw failure;
    },
  };
}

/** The tables of `tables` that already hold at least one entity (creating any that are missing). */
export async function nonEmptyTables(tables: TableSet, names: readonly TableName[]): Promise<TableName[]> {
  await Promise.all(names.map((n) => tables[n].createTable()));
  const found: TableName[] = [];
  for (const name of names) {
    const first = await tables[name].listEntities({ queryOptions: { select: ['RowKey'] } }).byPage({ maxPageSize: 1 }).next();
    if (!first.done && first.value.length > 0) found.push(name);
  }
  return found;
}

/** The storage account's name, for the manifest (never its key). */
export function accountNameOf(table: TableClient): string {
  const url = new URL(table.url);
  // Azurite and other path-style endpoints carry the account in the path, Azure in the host name.
  return /^[\d.]+$|^localhost$/.test(url.hostname) ? url.pathname.split('/')[1] : url.hostname.split('.')[0];
}
