import { RestError, TableClient, type TableServiceClientOptions } from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { StorageConfig } from '../config.js';
import type { Logger } from '../util/logger.js';

/**
 * Every table the product uses. The names are fixed here (the Bicep file creates the same ones), with an
 * optional prefix so that tests and side-by-side instances can share one storage account.
 */
export const TABLE_NAMES = [
  'Companies', 'CompanyHistory', 'ContactJournal', 'CompanyChanges', 'OptOuts',
  'Settings', 'Plans', 'ConversationRefs', 'Feedback', 'FeedbackLinks', 'Leases', 'Proposals', 'Strategy',
  'AccessByCompany', 'AccessByUser', 'PrivacyAudit',
  'RegisterChanges',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export type TableSet = Record<TableName, TableClient>;

export interface TableSetOptions {
  /** Fewer retries make a health probe or a user-facing write fail fast instead of hanging. */
  maxRetries?: number;
  /** Each storage request at debug level: table, method, status, duration (never keys or values). */
  logger?: Logger;
}

export function createTableSet(storage: StorageConfig, prefix: string, options: TableSetOptions = {}): TableSet {
  const baseOptions: TableServiceClientOptions = {
    retryOptions: { maxRetries: options.maxRetries ?? 3, retryDelayInMs: 200, maxRetryDelayInMs: 2000 },
  };
  const make = (name: TableName): TableClient => {
    const tableName = prefix + name;
    const clientOptions = options.logger ? { ...baseOptions, additionalPolicies: [{ policy: requestLogPolicy(options.logger, name), position: 'perRetry' as const }] } : baseOptions;
    if (storage.kind === 'connectionString') {
      const insecure = /DefaultEndpointsProtocol=http;|TableEndpoint=http:|UseDevelopmentStorage=true/i.test(storage.connectionString);
      return TableClient.fromConnectionString(storage.connectionString, tableName, { ...clientOptions, allowInsecureConnection: insecure });
    }
    const credential = new DefaultAzureCredential(
      storage.managedIdentityClientId ? { managedIdentityClientId: storage.managedIdentityClientId } : {},
    );
    return new TableClient(storage.endpoint, tableName, credential, clientOptions);
  };
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, make(n)])) as TableSet;
}

function requestLogPolicy(logger: Logger, table: TableName): PipelinePolicy {
  return {
    name: 'erhvervskoordinatorRequestLog',
    async sendRequest(request, next) {
      if (!logger.isLevelEnabled('debug')) return next(request);
      const started = performance.now();
      try {
        const response = await next(request);
        logger.debug({ table, method: request.method, status: response.status, ms: Math.round(performance.now() - started) }, 'storage request');
        return response;
      } catch (e) {
        logger.debug({ table, method: request.method, status: (e as { statusCode?: number }).statusCode ?? null, ms: Math.round(performance.now() - started) }, 'storage request failed');
        throw e;
      }
    },
  };
}

/** Creates missing tables. In Azure the Bicep file already made them, and 409 (exists) is the normal answer. */
export async function ensureTables(tables: TableSet): Promise<void> {
  await Promise.all(Object.values(tables).map((t) => t.createTable()));
}

export function isNotFound(e: unknown): boolean {
  return e instanceof RestError && e.statusCode === 404;
}

export function isConflict(e: unknown): boolean {
  return e instanceof RestError && e.statusCode === 409;
}

/** 412: the row's ETag no longer matches, someone else wrote it since it was read (also inside a transaction). */
export function isPreconditionFailed(e: unknown): boolean {
  return (e as { statusCode?: unknown } | null)?.statusCode === 412;
}

/**
 * A point read of a key that never exists: the cheapest request that proves the account answers and our
 * credential is accepted (404 is the healthy answer).
 */
export async function probeStorage(tables: TableSet, timeoutMs: number): Promise<{ ok: boolean; latencyMs: number; error?: string }> {
  const started = performance.now();
  try {
    await tables.Companies.getEntity('~health', '~probe', { abortSignal: AbortSignal.timeout(timeoutMs) });
    return { ok: true, latencyMs: performance.now() - started };
  } catch (e) {
    if (isNotFound(e)) return { ok: true, latencyMs: performance.now() - started };
    return { ok: false, latencyMs: performance.now() - started, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
}
