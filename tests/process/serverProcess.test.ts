import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, type RunningAzurite } from '../../bot/scripts/azurite.js';
import { validCvr } from '../support/companies.js';
import { cleanEnv, spawnNode, waitFor, type Spawned } from '../support/processes.js';
import { startTestAzurite } from '../support/storage.js';

interface Health { ok: boolean; companies: number; storage: { ok: boolean } }

async function health(port: number): Promise<{ status: number; body: Health }> {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: res.status, body: (await res.json()) as Health };
}

describe('the server and the import as processes', function () {
  this.timeout(120_000);
  let azurite: RunningAzurite;
  let server: Spawned;
  let port: number;
  let env: NodeJS.ProcessEnv;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ek-import-'));

  before(async () => {
    azurite = await startTestAzurite();
    port = await freePort();
    env = cleanEnv({ TABLES_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'proc' });
    server = spawnNode('bot/index.js', [], { ...env, PORT: String(port), LOCAL_MODE: 'true', SEED_DEMO_DATA: 'true', COMPANY_SYNC_SECONDS: '1' });
    await waitFor(async () => ((await health(port)).status === 200 ? true : undefined), 90_000, `healthz on ${port}\n${server.output()}`);
  });

  after(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await azurite?.stop();
  });

  it('says in its log that it runs in local mode, and seeds the fictional demo data on first start', async () => {
    assert.match(server.output(), /LOCAL MODE/);
    assert.match(server.output(), /demo data seeded \(fictional\) companies=\d+/);
    assert.doesNotMatch(server.output(), /DEP0111|DeprecationWarning/, 'restify is loaded without the http_parser deprecation');
    const { body } = await health(port);
    assert.equal(body.storage.ok, true);
    assert.ok(body.companies >= 2000, `${body.companies} companies`);
  });

  it('imports a CSV while the server runs, and the server sees the new company', async () => {
    const cvr = validCvr(4242);
    const file = path.join(dir, 'nye.csv');
    writeFileSync(file, `\uFEFFcvr;navn;branchekode;postnr;by;kommunekode;ansatte;reklamebeskyttet;virksomhedsform\r\n${cvr};Hemmed Hønseri ApS;014700;8500;Grenaa;707;2-4;nej;ApS\r\n12345678;Forkert CVR ApS;014700;8500;Grenaa;707;2;nej;ApS\r\n`);
    const before = (await health(port)).body.companies;
    const run = spawnNode('bot/scripts/import.js', [file], env);
    assert.equal(await run.exited, 0, run.output());
    assert.match(run.output(), /linje 3: .*12345678/);
    assert.match(run.output(), /\(CSV, tegnsæt UTF-8\)/);
    assert.match(run.output(), /1 nye, 0 ændrede, 0 uændrede, 1 afviste/);
    // One language per message: the summary names the storage in Danish too ("i lageret …", not "i the storage …").
    assert.match(run.output(), /Færdig på [\d.]+ s i (lageret i|den Azurite|Azurite på)/);
    assert.doesNotMatch(run.output(), /\b(the|at|on)\b/);
    await waitFor(async () => ((await health(port)).body.companies === before + 1 ? true : undefined), 10_000, 'the server to see the import');

    const again = spawnNode('bot/scripts/import.js', [file], env);
    assert.equal(await again.exited, 0);
    assert.match(again.output(), /0 nye, 0 ændrede, 1 uændrede/);
  });

  it('exits 2 on an unreadable file and 1 when no row is valid', async () => {
    const missing = spawnNode('bot/scripts/import.js', [path.join(dir, 'findes-ikke.csv')], env);
    assert.equal(await missing.exited, 2);
    assert.match(missing.output(), /Kan ikke læse filen/);
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'cvr;navn\n12345678;Forkert\n');
    const none = spawnNode('bot/scripts/import.js', [bad], env);
    assert.equal(await none.exited, 1);
    assert.match(none.output(), /Intet blev importeret/);
  });

  it('answers 503 on /healthz while storage is unreachable', async () => {
    await azurite.stop();
    const { status, body } = await health(port);
    assert.equal(status, 503);
    assert.equal(body.storage.ok, false);
  });

  it('stops cleanly on SIGTERM', async () => {
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
  });

  it('refuses to start without storage or an explicit local mode, naming what is missing', async () => {
    const bare = spawnNode('bot/index.js', [], cleanEnv({}));
    assert.equal(await bare.exited, 78);
    assert.match(bare.output(), /storage is not configured/);
    assert.match(bare.output(), /BOT_ID is not set/);
  });
});
