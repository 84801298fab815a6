import { startTelemetry, type Telemetry } from './telemetry/telemetry.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { createLogger, type Logger } from './util/logger.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      // No logger yet: its level is part of the configuration that failed.
      process.stderr.write(`${e.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  const logger = createLogger({ level: config.logLevel, format: config.production ? 'json' : 'pretty' });
  // Before the app is loaded, so that the HTTP and Azure SDK instrumentations can wrap their modules.
  const telemetry = config.telemetry ? startTelemetry(config.telemetry) : null;
  guardProcess(logger, telemetry);
  if (config.localMode) {
    logger.warn('LOCAL MODE: Bot Framework authentication is off and the tab signs in with local identities. Never use this in production.');
  }
  const { createApp } = await import('./app.js');
  const app = createApp(config, { logger });
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    app.stop()
      .then(() => telemetry?.shutdown())
      .then(() => exit(logger, 0), (e: unknown) => {
        logger.error({ err: e }, 'stopping failed');
        exit(logger, 1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // Signals are handled from the start: start() waits for storage as long as it takes.
  const port = await app.start();
  if (!stopping) logger.info({ port, companies: app.directory.size, telemetry: telemetry !== null, node: process.version }, 'Erhvervskoordinator listening');
}

/**
 * A rejection nobody awaited is a bug, but one request's bug: it is logged with its stack and the server goes
 * on. An uncaught exception leaves the process in an unknown state, so it is logged, telemetry is flushed
 * (briefly) and the process exits for App Service to start a fresh one.
 */
function guardProcess(logger: Logger, telemetry: Telemetry | null): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason instanceof Error ? reason : new Error(String(reason)) }, 'unhandled promise rejection');
  });
  process.on('uncaughtException', (e) => {
    logger.fatal({ err: e }, 'uncaught exception: exiting');
    const flushed = telemetry ? telemetry.shutdown() : Promise.resolve();
    void Promise.race([flushed, new Promise((r) => setTimeout(r, 3000))]).finally(() => exit(logger, 1));
  });
}

function exit(logger: Logger, code: number): void {
  logger.flush(() => process.exit(code));
}

main().catch((e: unknown) => {
  const logger = createLogger({ level: 'info', format: process.env.NODE_ENV === 'production' ? 'json' : 'pretty' });
  logger.fatal({ err: e }, 'start-up failed');
  exit(logger, 1);
});
