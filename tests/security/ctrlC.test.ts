import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../bot/scripts/azurite.js';
import { localTabApi } from '../support/localTabApi.js';
import { waitFor } from '../support/processes.js';
import { repoRoot } from '../support/storage.js';

interface Launcher { child: ChildProcess; output(): string; exited: Promise<void> }

/** `npm start` as a terminal runs it (with its demo data, whose size makes Azurite's write to disk take a while): in its own process group, which Ctrl-C signals as a whole. */
function launch(env: NodeJS.ProcessEnv): Launcher {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'bot', 'scripts', 'start.js')], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  return { child, output: () => out, exited: new Promise((resolve) => child.once('exit', () => resolve())) };
}

function ctrlC(l: Launcher): void {
  process.kill(-(l.child.pid as number), 'SIGINT');
}

/** Issue 13, item 11: what the server acknowledged before Ctrl-C is there after the next start. */
describe('security: npm start, a write, Ctrl-C at once, start again (issue 13, item 11)', function () {
  this.timeout(300_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ek-ctrlc-'));
  let running: Launcher | null = null;

  after(async () => {
    if (running && running.child.exitCode === null) {
      try { process.kill(-(running.child.pid as number), 'SIGKILL'); } catch { /* gone */ }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps a strategy version saved just before Ctrl-C', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), PLAYGROUND: 'false',
      AZURITE_TABLE_PORT: String(await freePort()), AZURITE_DATA_DIR: dataDir,
    };
    const base = `http://127.0.0.1:${port}`;
    const healthy = async () => ((await fetch(`${base}/healthz`)).status === 200 ? true : undefined);

    running = launch(env);
    await waitFor(healthy, 120_000, `the first start\n${running.output()}`);
    const api = await localTabApi(base, 'Mette Kjærgaard');
    const current = await api.get<{ strategy: Record<string, unknown> & { version: number } }>('/strategy');
    const saved = await api.put<{ strategy: { version: number } }>('/strategy', { basedOnVersion: current.body.strategy.version, strategy: { ...current.body.strategy, note: 'Gemt lige før Ctrl-C' } });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    ctrlC(running);
    await running.exited;

    running = launch(env);
    await waitFor(healthy, 120_000, `the second start\n${running.output()}`);
    const after = await (await localTabApi(base, 'Mette Kjærgaard')).get<{ versions: { version: number; note: string | null }[] }>('/strategy/history');
    assert.ok(after.body.versions.some((v) => v.version === saved.body.strategy.version && v.note === 'Gemt lige før Ctrl-C'), JSON.stringify(after.body).slice(0, 400));
    ctrlC(running);
    await running.exited;
  });
});
