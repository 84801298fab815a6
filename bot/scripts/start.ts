import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { waitForPort } from './azurite.js';
import { resolveLocalStorage } from './localStorage.js';

/**
 * `npm start`: the whole product on one machine. Azurite (unless storage is configured), the server in
 * explicit local mode with demo data, and the Microsoft 365 Agents Playground to chat with the bot.
 * Ctrl-C stops every child with the signal it needs, Azurite last so that it flushes to disk.
 */

const root = path.resolve(__dirname, '..', '..', '..');
const port = Number(process.env.PORT ?? 3978);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
const withPlayground = process.env.PLAYGROUND !== 'false';

interface Child { name: string; process: ChildProcess; stopSignal: NodeJS.Signals }

async function main(): Promise<void> {
  const storage = await resolveLocalStorage(process.env, root);
  const children: Child[] = [];
  let stopping = false;

  const stopAll = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      for (const c of children.reverse()) await stopChild(c);
      await storage.azurite?.stop();
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  // restify 11 reads the deprecated http_parser binding; the warning says nothing a user can act on.
  const server = spawnChild('server', process.execPath, ['--disable-warning=DEP0111', path.join(root, 'dist', 'bot', 'index.js')], {
    ...process.env,
    ...storage.env,
    PORT: String(port),
    LOCAL_MODE: process.env.LOCAL_MODE ?? 'true',
    SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? 'true',
    // The Agents Playground always sends en-US; the product speaks Danish first.
    BOT_LOCALE: process.env.BOT_LOCALE ?? (withPlayground ? 'da' : 'auto'),
  }, 'SIGTERM');
  children.push(server);
  watchForCrash(server, () => stopping, stopAll);

  try {
    await waitForHealth(port, 120_000);
  } catch (e) {
    console.error((e as Error).message);
    await stopAll(1);
  }

  if (withPlayground) {
    const playground = spawnChild('playground', process.execPath, [
      path.join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'), 'start',
      '--port', String(playgroundPort), '--app-endpoint', `http://127.0.0.1:${port}/api/messages`, '--disable-telemetry',
    ], { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, 'SIGTERM');
    children.push(playground);
    watchForCrash(playground, () => stopping, stopAll);
    await waitForPort(playgroundPort, 60_000).catch(() => console.warn('The Agents Playground did not open its port; the bot still runs.'));
  }

  const line = '─'.repeat(72);
  console.log([
    '', line,
    ' Erhvervskoordinator runs locally (LOCAL MODE – fictional demo data)',
    line,
    ` Storage:            ${storage.description.en}`,
    ` Server health:      http://localhost:${port}/healthz`,
    ` Bot endpoint:       http://localhost:${port}/api/messages`,
    ` Coordinator's tab:  http://localhost:${port}/tab/`,
    withPlayground ? ` Chat with the bot:  http://localhost:${playgroundPort}   (Microsoft 365 Agents Playground)` : ' Agents Playground:  off (PLAYGROUND=false)',
    ' Import companies:   npm run import -- <file.csv|file.json>   (in another terminal)',
    ' Stop:               Ctrl-C',
    line, '',
  ].join('\n'));
}

function spawnChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, stopSignal: NodeJS.Signals): Child {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
  const prefix = (data: Buffer): string => data.toString().replace(/\n(?!$)/g, `\n[${name}] `);
  child.stdout?.on('data', (d: Buffer) => process.stdout.write(`[${name}] ${prefix(d)}`));
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${name}] ${prefix(d)}`));
  return { name, process: child, stopSignal };
}

function watchForCrash(child: Child, stopping: () => boolean, stopAll: (code: number) => Promise<never>): void {
  child.process.once('exit', (code) => {
    if (stopping()) return;
    console.error(`${child.name} stopped unexpectedly (exit ${code ?? 'signal'}); stopping everything.`);
    void stopAll(1);
  });
}

async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.process.once('exit', () => resolve()));
  child.process.kill(child.stopSignal);
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitForHealth(serverPort: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${serverPort}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs / 1000} s`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
