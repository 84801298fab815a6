import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../bot/config.js';
import { findRoot, parseDotenv, PLACEHOLDER } from '../../bot/scripts/packageApp.js';

/**
 * One set of names runs through the app manifest, the toolkit ymls, env/, the Bicep parameters and
 * outputs, and the server's settings. These tests make a key that is used but never defined, or
 * defined but never used, fail here instead of during a municipality's first provisioning.
 */

const root = findRoot(__dirname);
const read = (rel: string): string => readFileSync(join(root, rel), 'utf8');
const keysIn = (text: string): Set<string> => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]));
const union = <T>(...sets: Iterable<T>[]): Set<T> => new Set(sets.flatMap((s) => [...s]));
const missingFrom = (needed: Iterable<string>, have: Set<string>): string[] => [...needed].filter((k) => !have.has(k)).sort();

/** Keys the loader reads: text('K') / int('K') / flag('K') calls and env.K / env['K'] accesses. */
function keysReadIn(source: string): string[] {
  return [
    ...source.matchAll(/\b(?:text|int|flag)\(\s*'([A-Z][A-Z0-9_]*)'/g),
    ...source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)\b/g),
    ...source.matchAll(/\benv\[\s*'([A-Z][A-Z0-9_]*)'\s*\]/g),
  ].map((m) => m[1]);
}

/** Server keys, parsed from the source (not imported), so a key added there is checked here at once. */
function serverKeys(): Set<string> {
  const source = read('bot/config.ts');
  const listed = /CONFIG_KEYS\s*=\s*\[([\s\S]*?)\]/.exec(source)?.[1] ?? '';
  return union(keysReadIn(source), [...listed.matchAll(/'([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1]));
}

/** Keys the local launcher (npm start / dev:teams) reads besides the server's own. */
function launcherKeys(): Set<string> {
  const source = read('bot/scripts/start.ts');
  return new Set([...source.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]));
}

interface Action { uses: string; text: string; written: string[]; envs: Map<string, string>; files: string[] }

/** The steps of one lifecycle stage, read by indentation (the ymls keep the toolkit's layout). */
function lifecycle(ymlFile: string, stage: 'provision' | 'deploy' | 'publish'): Action[] {
  const lines = read(ymlFile).split('\n').filter((l) => !l.trim().startsWith('#'));
  const start = lines.findIndex((l) => l === `${stage}:`);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  const body = lines.slice(start + 1, end < 0 ? undefined : end);
  const actions: Action[] = [];
  for (const line of body) {
    const uses = /^ {2}- uses: (\S+)/.exec(line);
    if (uses) actions.push({ uses: uses[1], text: '', written: [], envs: new Map(), files: [] });
    const current = actions.at(-1);
    if (current) current.text += `${line}\n`;
  }
  for (const a of actions) {
    const block = (key: string): string[] => {
      const ls = a.text.split('\n');
      const at = ls.findIndex((l) => l.trim() === `${key}:`);
      if (at < 0) return [];
      const indent = ls[at].search(/\S/);
      const rest = ls.slice(at + 1);
      const stop = rest.findIndex((l) => l.trim() !== '' && l.search(/\S/) <= indent);
      return rest.slice(0, stop < 0 ? undefined : stop).filter((l) => l.trim() !== '');
    };
    a.written = block('writeToEnvironmentFile').map((l) => l.split(':')[1].trim());
    for (const l of block('envs')) {
      const [k, ...v] = l.trim().split(':');
      a.envs.set(k, v.join(':').trim());
    }
    a.files = [...a.text.matchAll(/(?:manifestPath|parameters|path): \.\/(\S+)/g)].map((m) => m[1]);
  }
  return actions;
}

const bicep = read('infra/azure.bicep').split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
const bicepParams = new Map([...bicep.matchAll(/^param (\w+) \w+( = .+)?$/gm)].map((m) => [m[1], m[2] !== undefined]));
const bicepOutputs = [...bicep.matchAll(/^output (\w+) \w+ = (.+)$/gm)].map((m) => m[1]);
const parameters = JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: string }> };

/** Files an action reads through a path; the app manifest brings its localization file along. */
function filesText(files: string[]): string {
  const all = files.flatMap((f) => (f === 'appPackage/manifest.json' ? [f, 'appPackage/en.json'] : [f]));
  return all.filter((f) => !f.endsWith('.bicep')).map(read).join('\n');
}

interface Profile {
  yml: string; envFile: string; env: Map<string, string>; actions: Action[];
  /** Keys a person sets before provisioning (the README says so), though the committed file leaves them empty. */
  setByHand: string[];
}
const profile = (yml: string, envName: string, setByHand: string[]): Profile => {
  const actions = (['provision', 'deploy', 'publish'] as const).flatMap((s) => lifecycle(yml, s));
  return { yml, envFile: `env/.env.${envName}`, env: parseDotenv(read(`env/.env.${envName}`)), actions, setByHand };
};
const dev = profile('m365agents.yml', 'dev', ['ALERT_EMAIL']);
// The dev tunnel's address is only known once the developer starts the tunnel.
const local = profile('m365agents.local.yml', 'local', ['TAB_ENDPOINT', 'TAB_DOMAIN']);

const written = (p: Profile): Set<string> =>
  union(p.actions.flatMap((a) => a.written), p.actions.some((a) => a.uses === 'arm/deploy') ? bicepOutputs : []);
const referenced = (p: Profile): Set<string> =>
  union(keysIn(p.actions.map((a) => a.text).join('\n')), keysIn(filesText(p.actions.flatMap((a) => a.files))));
/** Written by the toolkit itself when empty: provision generates the suffix and asks for the Azure target. */
const TOOLKIT_FILLS = new Set(['RESOURCE_SUFFIX', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'TEAMS_APP_TENANT_ID']);

/** Actions of the toolkit's v1.11 yml schema that these files may use. */
const KNOWN_ACTIONS = new Set([
  'teamsApp/create', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage',
  'teamsApp/update', 'teamsApp/publishAppPackage', 'aadApp/create', 'aadApp/update', 'botAadApp/create',
  'botFramework/create', 'arm/deploy', 'cli/runNpmCommand', 'azureAppService/zipDeploy', 'file/createOrUpdateEnvironmentFile',
]);

describe('infra: consistency of keys across manifest, ymls, env, Bicep and server config', () => {
  it('reads the server keys from bot/config.ts', () => {
    const keys = serverKeys();
    for (const k of ['PORT', 'NODE_ENV', 'TABLES_ENDPOINT', 'BOT_ID', 'BOT_TYPE', 'AAD_APP_CLIENT_ID', 'PUBLIC_BASE_URL']) {
      assert.ok(keys.has(k), k);
    }
    const source = read('bot/config.ts');
    const readKeys = keysReadIn(source);
    assert.ok(readKeys.includes('TABLES_CONNECTION_STRING') && readKeys.includes('PORT'), 'the loader was parsed');
    if (source.includes('CONFIG_KEYS')) {
      const listed = new Set([.../CONFIG_KEYS\s*=\s*\[([\s\S]*?)\]/.exec(source)![1].matchAll(/'([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1]));
      assert.deepEqual(missingFrom(readKeys, listed), [], 'every key the loader reads is listed in CONFIG_KEYS');
    }
  });

  for (const p of [dev, local]) {
    describe(`${p.yml} with ${p.envFile}`, () => {
      it('uses only actions of the toolkit yml schema v1.11, and declares that version', () => {
        assert.match(read(p.yml), /^version: v1\.11$/m);
        assert.ok(lifecycle(p.yml, 'provision').length >= 6, 'the provision steps were read');
        assert.deepEqual(p.actions.map((a) => a.uses).filter((u) => !KNOWN_ACTIONS.has(u)), []);
      });

      it('defines every placeholder it uses in the env file (secrets: written to the .user file)', () => {
        const secrets = [...written(p)].filter((k) => k.startsWith('SECRET_'));
        assert.deepEqual(missingFrom(referenced(p), union(p.env.keys(), secrets)), []);
      });

      it('lists every key a step or the Bicep writes in the env file, except secrets', () => {
        const notSecret = [...written(p)].filter((k) => !k.startsWith('SECRET_'));
        assert.deepEqual(missingFrom(notSecret, new Set(p.env.keys())), []);
        assert.deepEqual([...p.env.keys()].filter((k) => k.startsWith('SECRET_')), [], 'no secret in a committed file');
      });

      it('uses every key of the env file (a placeholder, a written value or a server setting)', () => {
        const used = union(referenced(p), written(p), p === local ? serverKeys() : []);
        assert.deepEqual([...p.env.keys()].filter((k) => !used.has(k)).sort(), []);
      });

      it('runs each provision step only with values that exist by then', () => {
        const available = new Set([...p.env].filter(([k, v]) => v !== '' || k === 'APP_NAME_SUFFIX').map(([k]) => k));
        for (const k of [...TOOLKIT_FILLS, ...p.setByHand]) available.add(k);
        for (const a of lifecycle(p.yml, 'provision')) {
          const needs = union(keysIn(a.text), keysIn(filesText(a.files)));
          // aadApp/update generates the scope id itself when the manifest asks for it.
          if (a.uses === 'aadApp/update') needs.delete('AAD_APP_ACCESS_AS_USER_PERMISSION_ID');
          assert.deepEqual(missingFrom(needs, available), [], `${a.uses} runs before these are set`);
          for (const k of a.written) available.add(k);
          if (a.uses === 'arm/deploy') for (const k of bicepOutputs) available.add(k);
        }
      });
    });
  }

  it('uses every Bicep output in the yml or the manifests', () => {
    const used = referenced(dev);
    assert.deepEqual(bicepOutputs.filter((o) => !used.has(o)), []);
    assert.ok(dev.actions.some((a) => a.uses === 'arm/deploy' && a.files.includes('infra/azure.bicep') && a.files.includes('infra/azure.parameters.json')));
    const zip = dev.actions.find((a) => a.uses === 'azureAppService/zipDeploy');
    assert.match(zip?.text ?? '', /resourceId: \$\{\{AZURE_APP_SERVICE_RESOURCE_ID\}\}/);
  });

  it('passes every Bicep parameter without a default, and no parameter Bicep does not declare', () => {
    const given = Object.keys(parameters.parameters);
    assert.deepEqual(given.filter((g) => !bicepParams.has(g)), [], 'unknown parameters');
    assert.deepEqual([...bicepParams].filter(([n, hasDefault]) => !hasDefault && !given.includes(n)).map(([n]) => n), []);
  });

  it('gives every server key a value for local runs (env/.env.local, or the toolkit-written secret)', () => {
    const secrets = new Set(written(local));
    const undefinedKeys = [...serverKeys()].filter((k) => !local.env.has(k) && !secrets.has(`SECRET_${k}`));
    assert.deepEqual(undefinedKeys, []);
  });

  it('the npm start profile in env/.env.local is accepted by the server, in local mode on Azurite', () => {
    const env = Object.fromEntries([...local.env].filter(([k]) => serverKeys().has(k) && !written(local).has(k)));
    const config = loadConfig(env);
    assert.equal(config.localMode, true);
    assert.equal(config.production, false);
    assert.equal(config.storage.kind, 'connectionString');
    assert.match(env.TABLES_CONNECTION_STRING ?? '', /UseDevelopmentStorage=true|devstoreaccount1/);
  });

  it('.localConfigs (Teams-client route) holds only server and launcher keys, and the server accepts it', () => {
    const step = local.actions.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile');
    assert.ok(step, 'deploy writes .localConfigs');
    assert.match(step.text, /target: \.\/\.localConfigs/);
    const keys = union(serverKeys(), launcherKeys());
    assert.deepEqual([...step.envs.keys()].filter((k) => !keys.has(k)), []);
    const sample = (k: string): string => local.env.get(k) || (k.endsWith('_HOST') ? 'https://login.microsoftonline.com'
      : k.endsWith('ENDPOINT') ? 'https://abc-3978.euw.devtunnels.ms' : '0f0f0f0f-1111-4222-8333-444444444444');
    const env = Object.fromEntries([...step.envs].map(([k, v]) => [k, v.replace(PLACEHOLDER, (_w, key: string) => sample(key))]));
    // With no storage setting the launcher starts Azurite and adds its connection string.
    const storage = env.TABLES_CONNECTION_STRING || env.TABLES_ENDPOINT ? {} : { TABLES_CONNECTION_STRING: local.env.get('TABLES_CONNECTION_STRING') };
    const config = loadConfig({ ...env, ...storage });
    assert.equal(config.localMode, false);
    assert.ok(config.bot && config.sso, 'real bot auth and SSO');
  });

  it('keeps secrets out of committed files', () => {
    assert.match(read('.gitignore'), /^env\/\.env\.\*\.user$/m);
    for (const p of [dev, local]) {
      for (const [k, v] of p.env) assert.ok(!/PASSWORD|SECRET/.test(k) || v === '', `${p.envFile}: ${k}`);
    }
    const sample = parseDotenv(read('env/.env.dev.user.sample'));
    assert.deepEqual([...sample.values()].filter((v) => v !== ''), [], 'the sample holds no values');
  });
});
