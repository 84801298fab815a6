import { createApp, type App, type AppDeps } from '../../bot/app.js';
import type { AppConfig, BotAuthConfig } from '../../bot/config.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import type { Stores } from '../../bot/store/index.js';
import { BotClient } from './botClient.js';
import { CaptureServer } from './captureServer.js';
import { captureLogger } from './logCapture.js';
import { freshStores, tablePrefixOf } from './storage.js';

export interface TestApp {
  app: App;
  stores: Stores;
  baseUrl: string;
  client: BotClient;
  capture: CaptureServer;
  /** The capture server's address, which the test client's activities name as their serviceUrl. */
  serviceUrl: string;
  /** Every line the server logged (JSON, at debug), for tests of what is and is not written. */
  logs: string[];
  stop(): Promise<void>;
}

export interface TestAppOptions {
  now?: () => Date;
  /** Writes the suite's data before the server loads its register. */
  seed?: (stores: Stores) => Promise<void>;
  bot?: BotAuthConfig | null;
  deps?: Omit<AppDeps, 'now' | 'logger'>;
  config?: Partial<AppConfig>;
}

/** The real server (restify + CloudAdapter) on a free port, over its own tables in a running Azurite. */
export async function startTestApp(azurite: RunningAzurite, o: TestAppOptions = {}): Promise<TestApp> {
  // The capture server first: outside local mode its address must be on the bot's service URL list.
  const capture = new CaptureServer();
  const serviceUrl = await capture.start();
  const stores = await freshStores(azurite, o.now);
  await o.seed?.(stores);
  const config: AppConfig = {
    port: 0,
    production: false,
    localMode: !o.bot,
    storage: { kind: 'connectionString', connectionString: azurite.connectionString },
    tablePrefix: tablePrefixOf(stores),
    bot: o.bot ?? null,
    // Outside local mode the tab API needs an Entra app; tests that exercise it pass their own (a local JWKS server).
    sso: o.bot ? { clientId: 'test-client', tenantId: 'test-tenant', authorityHost: 'http://127.0.0.1:9', coordinatorGroupId: null } : null,
    seedDemoData: false,
    contactWindowDays: 30,
    companySyncSeconds: 3600,
    // The real address is known only after listen (port 0): links point here, and tests follow their path.
    publicBaseUrl: 'https://erhverv.example',
    botLocale: 'auto',
    digestSchedule: { weekday: 1, time: '08:00' },
    graph: null,
    listenHost: '127.0.0.1',
    allowedServiceUrls: o.bot ? [serviceUrl] : null,
    logLevel: 'debug',
    telemetry: null,
    cvr: null,
    ...o.config,
  };
  const { logger, lines: logs } = captureLogger(config.logLevel);
  const app = createApp(config, { digestTickMs: 0, ...o.deps, now: o.now, logger });
  const port = await app.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app, stores, baseUrl, capture, serviceUrl, logs,
    client: new BotClient(baseUrl, serviceUrl, capture),
    async stop() {
      await app.stop();
      await capture.stop();
    },
  };
}
