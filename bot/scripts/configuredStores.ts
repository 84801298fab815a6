import path from 'node:path';
import { ConfigError, loadStorageConfig } from '../config.js';
import { createStores, type Stores } from '../store/index.js';
import { resolveLocalStorage } from './localStorage.js';

/** Exit status of a script whose storage settings are wrong (EX_CONFIG). */
export const CONFIG_EXIT = 78;
const root = path.resolve(__dirname, '..', '..', '..');

/**
 * Runs `use` with the stores of the storage the server and the import use (TABLES_*, TABLE_PREFIX, or the
 * local Azurite), and stops an Azurite started for it. Wrong settings print why and give CONFIG_EXIT.
 */
export async function withConfiguredStores(use: (stores: Stores, where: string, tablePrefix: string) => Promise<number>): Promise<number> {
  const storage = await resolveLocalStorage(process.env, root);
  try {
    let config;
    try {
      config = loadStorageConfig({ ...process.env, ...storage.env });
    } catch (e) {
      if (e instanceof ConfigError) { console.error(e.message); return CONFIG_EXIT; }
      throw e;
    }
    return await use(createStores(config.storage, config.tablePrefix), storage.description.da, config.tablePrefix);
  } finally {
    await storage.azurite?.stop();
  }
}
