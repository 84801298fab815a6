import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run build`'s tab step: runs the Vite build only when the tab's sources changed since the last one, so
 * `npm start` and `npm run import` do not spend seconds rebuilding an unchanged bundle. The inputs are hashed
 * (contents, not mtimes: a checkout or a copy touches mtimes without changing anything). `npm run build:tab`
 * still builds unconditionally.
 */
const root = path.resolve(__dirname, '..', '..', '..');
/** What the bundle is made of: the tab, the bot modules it imports (bot/contract and the domain it re-exports), and the locked deps. */
const INPUTS = ['tab/src', 'tab/index.html', 'tab/vite.config.ts', 'tab/tsconfig.json', 'bot/domain', 'bot/contract', 'package-lock.json'];
const STAMP = path.join(root, 'tab', 'dist', '.source-hash');

function files(rel: string): string[] {
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(rel, e.name)) : [path.join(rel, e.name)]));
}

export function tabSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files).sort()) hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

function main(): number {
  const hash = tabSourceHash();
  const built = existsSync(path.join(root, 'tab', 'dist', 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
  if (built) return 0;
  const vite = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'tab/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (vite.status !== 0) return vite.status ?? 1;
  writeFileSync(STAMP, hash);
  return 0;
}

if (require.main === module) process.exit(main());
