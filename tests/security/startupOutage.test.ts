import assert from 'node:assert/strict';
import { azuriteConnectionString, freePort, startAzurite, type RunningAzurite } from '../../bot/scripts/azurite.js';
import { cleanEnv, spawnNode, waitFor, type Spawned } from '../support/processes.js';
import { repoRoot } from '../support/storage.js';

/** Issue 13, item 7: a server started while storage is down waits for it instead of exiting. */
describe('security: the server as a process, started while storage is down (issue 13, item 7)', function () {
  this.timeout(180_000);
  let server: Spawned | undefined;
  let azurite: RunningAzurite | undefined;

  after(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await azurite?.stop();
  });

  it('answers 503 until storage answers, then serves', async () => {
    const storagePort = await freePort();
    const port = await freePort();
    server = spawnNode('bot/index.js', [], cleanEnv({
      TABLES_CONNECTION_STRING: azuriteConnectionString(storagePort), TABLE_PREFIX: 'outage', PORT: String(port), LOCAL_MODE: 'true',
    }));
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: res.status, body: (await res.json()) as { ok: boolean; ready: boolean } };
    };
    const first = await waitFor(async () => health().catch(() => undefined), 60_000, `the server to listen\n${server.output()}`);
    assert.equal(first.status, 503);
    assert.equal(first.body.ready, false);
    // Not only the probe: nothing answers from an unread register.
    assert.equal((await fetch(`http://127.0.0.1:${port}/api/tab/local-auth/users`)).status, 503);
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(server.child.exitCode, null, `the server is still running\n${server.output()}`);
    assert.equal((await health()).status, 503);
    assert.match(server.output(), /storage is not answering at start; trying again/);

    azurite = await startAzurite({ port: storagePort, root: repoRoot });
    const ready = await waitFor(async () => {
      const h = await health();
      return h.status === 200 ? h : undefined;
    }, 90_000, `healthz 200 after storage came up\n${server.output()}`);
    assert.equal(ready.body.ready, true);
    assert.equal((await fetch(`http://127.0.0.1:${port}/api/tab/local-auth/users`)).status, 200);
  });
});
