import path from 'node:path';
import { azuriteConnectionString, DEFAULT_AZURITE_TABLE_PORT, isPortOpen, startAzurite, type RunningAzurite } from './azurite.js';

export interface ResolvedStorage {
  /** Environment for the server or the import: the storage settings it should use. */
  env: Record<string, string>;
  /** The Azurite this command started and must stop, if any. */
  azurite: RunningAzurite | null;
  /** Where the data goes, in each language: the import speaks Danish, `npm start`'s banner English, never mixed. */
  description: { da: string; en: string };
}

/**
 * The storage `npm start` and `npm run import` share: configured storage when TABLES_CONNECTION_STRING or
 * TABLES_ENDPOINT is set, otherwise the local Azurite on AZURITE_TABLE_PORT with its data in .data/azurite (or AZURITE_DATA_DIR),
 * started here unless one is already listening (the import run beside a running `npm start`).
 */
export async function resolveLocalStorage(env: NodeJS.ProcessEnv, root: string): Promise<ResolvedStorage> {
  if (env.TABLES_CONNECTION_STRING || env.TABLES_ENDPOINT) {
    return { env: {}, azurite: null, description: env.TABLES_ENDPOINT
      ? { da: `Azure Tables på ${env.TABLES_ENDPOINT}`, en: `Azure Tables at ${env.TABLES_ENDPOINT}` }
      : { da: 'lageret i TABLES_CONNECTION_STRING', en: 'the storage in TABLES_CONNECTION_STRING' } };
  }
  const port = Number(env.AZURITE_TABLE_PORT ?? DEFAULT_AZURITE_TABLE_PORT);
  const location = env.AZURITE_DATA_DIR ? path.resolve(env.AZURITE_DATA_DIR) : path.join(root, '.data', 'azurite');
  if (await isPortOpen(port)) {
    return {
      env: { TABLES_CONNECTION_STRING: azuriteConnectionString(port) },
      azurite: null,
      description: { da: `den Azurite, der allerede kører på 127.0.0.1:${port}`, en: `the Azurite already running on 127.0.0.1:${port}` },
    };
  }
  const azurite = await startAzurite({ port, location, root });
  return {
    env: { TABLES_CONNECTION_STRING: azurite.connectionString },
    azurite,
    description: {
      da: `Azurite på 127.0.0.1:${port} (data i ${path.relative(root, location)})`,
      en: `Azurite on 127.0.0.1:${port} (data in ${path.relative(root, location)})`,
    },
  };
}
