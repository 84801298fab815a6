import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import {
  buildAppPackage, fillPlaceholders, findRoot, loadEnvironment, PackageError, parseDotenv, PLACEHOLDER,
} from '../../bot/scripts/packageApp.js';

/**
 * `npm run package` against a copy of the real appPackage/ and a provisioned-looking environment:
 * the zip must hold exactly what Teams needs, with every placeholder filled.
 */

const repo = findRoot(__dirname);
const PROVISIONED = [
  'TEAMSFX_ENV=test',
  'APP_NAME_SUFFIX=',
  'TEAMS_APP_ID=11111111-2222-4333-8444-555555555555',
  'BOT_ID=66666666-7777-4888-9999-000000000000',
  'AAD_APP_CLIENT_ID=aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  'TAB_ENDPOINT=https://erhvervabc123.azurewebsites.net',
  'TAB_DOMAIN=erhvervabc123.azurewebsites.net',
].join('\n');

describe('infra: npm run package', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'erhverv-pkg-'));
    cpSync(join(repo, 'appPackage'), join(root, 'appPackage'), {
      recursive: true,
      filter: (src) => !src.includes(`${join('appPackage', 'build')}`),
    });
    mkdirSync(join(root, 'env'));
    writeFileSync(join(root, 'env', '.env.test'), PROVISIONED);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes appPackage/build/appPackage.<env>.zip with the manifest, the localization and both icons', async () => {
    const result = await buildAppPackage({ root, env: 'test', processEnv: {} });
    assert.equal(result.zipPath, join(root, 'appPackage', 'build', 'appPackage.test.zip'));
    const zip = await JSZip.loadAsync(readFileSync(result.zipPath));
    const names = Object.keys(zip.files).sort();
    assert.deepEqual(names, ['color.png', 'en.json', 'manifest.json', 'outline.png']);
    for (const name of ['manifest.json', 'en.json']) {
      const text = await zip.file(name)!.async('string');
      assert.equal(text.match(PLACEHOLDER), null, `${name} still has placeholders`);
      JSON.parse(text);
    }
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
      id: string; name: { short: string }; bots: { botId: string }[]; validDomains: string[];
      webApplicationInfo: { resource: string }; staticTabs: { contentUrl?: string }[];
    };
    assert.equal(manifest.id, '11111111-2222-4333-8444-555555555555');
    assert.equal(manifest.name.short, 'Erhvervskoordinator', 'an empty suffix is allowed');
    assert.equal(manifest.bots[0].botId, '66666666-7777-4888-9999-000000000000');
    assert.deepEqual(manifest.validDomains, ['erhvervabc123.azurewebsites.net']);
    assert.equal(manifest.webApplicationInfo.resource, 'api://erhvervabc123.azurewebsites.net/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    assert.equal(manifest.staticTabs[0].contentUrl, 'https://erhvervabc123.azurewebsites.net/tab/index.html#/oversigt');
    const icon = await zip.file('color.png')!.async('nodebuffer');
    assert.ok(icon.equals(readFileSync(join(root, 'appPackage', 'color.png'))), 'icons are stored byte for byte');
  });

  it('fails with a clear message naming every unfilled placeholder', async () => {
    writeFileSync(join(root, 'env', '.env.test'), PROVISIONED.replace(/^BOT_ID=.*$/m, 'BOT_ID=').replace(/^TAB_DOMAIN=.*$/m, ''));
    await assert.rejects(buildAppPackage({ root, env: 'test', processEnv: {} }), (err: unknown) => {
      assert.ok(err instanceof PackageError);
      assert.match(err.message, /\$\{\{BOT_ID\}\}/);
      assert.match(err.message, /\$\{\{TAB_DOMAIN\}\}/);
      assert.match(err.message, /env\/\.env\.test/);
      assert.match(err.message, /atk provision --env test/);
      return true;
    });
  });

  it('takes values from the .user file and lets process.env win, for pipelines', async () => {
    writeFileSync(join(root, 'env', '.env.test'), PROVISIONED.replace(/^BOT_ID=.*$/m, 'BOT_ID='));
    writeFileSync(join(root, 'env', '.env.test.user'), 'BOT_ID=12345678-1234-4234-8234-123456789012\n');
    const env = loadEnvironment(root, 'test', { TAB_DOMAIN: 'override.example.org', ONLY_IN_PROCESS: 'p' });
    assert.equal(env.lookup('BOT_ID'), '12345678-1234-4234-8234-123456789012');
    assert.equal(env.lookup('TAB_DOMAIN'), 'override.example.org');
    assert.equal(env.lookup('ONLY_IN_PROCESS'), 'p');
    assert.deepEqual(env.files, ['env/.env.test', 'env/.env.test.user']);
    const { manifest } = await buildAppPackage({ root, env: 'test', processEnv: { TAB_DOMAIN: 'override.example.org' } });
    assert.deepEqual(manifest.validDomains, ['override.example.org']);
  });

  it('refuses a manifest that the schema rejects, before writing anything', async () => {
    const path = join(root, 'appPackage', 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"accentColor": "#1F5F8B"', '"accentColor": "blue"'));
    await assert.rejects(buildAppPackage({ root, env: 'test', processEnv: {} }), /accentColor/);
    assert.equal(existsSync(join(root, 'appPackage', 'build', 'appPackage.test.zip')), false);
  });

  it('refuses an icon of the wrong size', async () => {
    cpSync(join(root, 'appPackage', 'outline.png'), join(root, 'appPackage', 'color.png'));
    await assert.rejects(buildAppPackage({ root, env: 'test', processEnv: {} }), /color\.png must be a 192×192 PNG/);
  });

  it('names a missing environment file', async () => {
    await assert.rejects(buildAppPackage({ root, env: 'nope', processEnv: {} }), /env\/\.env\.nope does not exist/);
  });

  it('parses the dotenv subset the toolkit writes', () => {
    const env = parseDotenv('# c\nA=1\nB="two words"\nC=\nD=x=y\n  E = spaced \n');
    assert.deepEqual([...env], [['A', '1'], ['B', 'two words'], ['C', ''], ['D', 'x=y'], ['E', 'spaced']]);
    const { text, missing } = fillPlaceholders('${{A}}|${{ B }}|${{APP_NAME_SUFFIX}}|${{C}}|${{Z}}', (k) => (k === 'APP_NAME_SUFFIX' ? '' : env.get(k)));
    assert.equal(text, '1|two words||${{C}}|${{Z}}');
    assert.deepEqual(missing, ['C', 'Z']);
  });
});
