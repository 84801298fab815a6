import type { AppConfig } from './config.js';
import { registerHealthRoute } from './http/healthRoute.js';
import { close, createHttpServer, listen, type HttpServer } from './http/server.js';
import { CompanyDirectory } from './services/companyDirectory.js';
import { seedDemoDataIfEmpty } from './services/demoSeed.js';
import { createStores, type Stores } from './store/index.js';

export interface AppDeps {
  now?: () => Date;
  log?: (message: string) => void;
}

export interface App {
  server: HttpServer;
  stores: Stores;
  directory: CompanyDirectory;
  /** Prepares storage and the in-memory register, then listens. Resolves to the port. */
  start(): Promise<number>;
  stop(): Promise<void>;
}

/** Wires config, stores, services and the HTTP shells. Nothing here decides anything. */
export function createApp(config: AppConfig, deps: AppDeps = {}): App {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((m: string) => console.log(m));
  const stores = createStores(config.storage, config.tablePrefix, { now });
  // The health probe must answer quickly even when storage hangs, so it gets its own client without retries.
  const probeStores = createStores(config.storage, config.tablePrefix, { maxRetries: 0 });
  const directory = new CompanyDirectory(stores.companies, now);
  const server = createHttpServer('erhvervskoordinator');

  registerHealthRoute(server, async () => {
    const storage = await probeStores.probe(2000);
    return { ok: storage.ok, storage, companies: directory.size, localMode: config.localMode };
  });

  return {
    server,
    stores,
    directory,
    async start() {
      await stores.ensure();
      if (config.seedDemoData) {
        const seeded = await seedDemoDataIfEmpty(stores, now());
        if (seeded) log(`Demo data seeded (fictional): ${seeded.companies} companies, ${seeded.contacts} contacts, ${seeded.optOuts} opt-outs`);
      }
      await directory.load();
      directory.startPolling(config.companySyncSeconds * 1000, (e) => log(`Company sync failed: ${String(e)}`));
      return listen(server, config.port);
    },
    async stop() {
      directory.stopPolling();
      await close(server);
    },
  };
}
