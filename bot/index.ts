import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  if (config.localMode) {
    console.warn('LOCAL MODE: Bot Framework authentication is off and the tab signs in with local identities. Never use this in production.');
  }
  const app = createApp(config);
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: stopping`);
    app.stop().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // Signals are handled from the start: start() waits for storage as long as it takes.
  const port = await app.start();
  if (!stopping) console.log(`Erhvervskoordinator listening on port ${port} (${app.directory.size} companies in the register)`);
}

main().catch((e) => {
  console.error('Start-up failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
