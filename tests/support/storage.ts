import type { PipelineRequest } from '@azure/core-rest-pipeline';
import type { TableClient } from '@azure/data-tables';
import path from 'node:path';
import { startAzurite, type RunningAzurite } from '../../bot/scripts/azurite.js';
import { createStores, type Stores } from '../../bot/store/index.js';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** An in-memory Azurite on a free port for one suite; `stop()` leaves no process behind. */
export function startTestAzurite(): Promise<RunningAzurite> {
  return startAzurite({ root: repoRoot });
}

let prefixCounter = 0;

/** Stores on a fresh set of tables (unique prefix), so suites and tests never see each other's rows. */
export async function freshStores(azurite: RunningAzurite, now?: () => Date): Promise<Stores> {
  const prefix = `t${Date.now().toString(36)}${(prefixCounter++).toString(36)}`.replace(/[^a-z0-9]/g, '');
  const stores = createStores({ kind: 'connectionString', connectionString: azurite.connectionString }, prefix, { now });
  await stores.ensure();
  return stores;
}

/** The table prefix a set of stores was made with. */
export function tablePrefixOf(stores: Stores): string {
  return stores.tables.Companies.tableName.replace(/Companies$/, '');
}

/** Stores on the same tables as `stores`, as a second server instance has them: nothing in memory is shared. */
export function otherInstanceStores(azurite: RunningAzurite, stores: Stores): Stores {
  return createStores({ kind: 'connectionString', connectionString: azurite.connectionString }, tablePrefixOf(stores));
}

export interface RecordedRequest { method: string; url: string; filter: string | null }

/** Records every HTTP request a table client sends, to assert which partitions a use case reads. */
export function recordRequests(client: TableClient): RecordedRequest[] {
  const seen: RecordedRequest[] = [];
  client.pipeline.addPolicy({
    name: 'test-request-recorder',
    async sendRequest(request: PipelineRequest, next) {
      const url = new URL(request.url);
      seen.push({ method: request.method, url: request.url, filter: url.searchParams.get('$filter') });
      return next(request);
    },
  });
  return seen;
}
