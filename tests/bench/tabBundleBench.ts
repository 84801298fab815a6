/**
 * The tab's weight and speed: total JavaScript in tab/dist/assets (raw and gzip; target at most 400 kB gzip),
 * what the first page load fetches, and – when TAB_BENCH_URL names a running server in local mode – the time
 * from navigation to the overview's headline figures in headless Chromium (cold context each run).
 * TAB_BENCH_URL=demo starts the real server with demo data, as the browser tests do.
 * Run: npx vite build --config tab/vite.config.ts && npx tsc -p . && node dist/tests/bench/tabBundleBench.js
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LocalUser } from '../../bot/contract/api.js';
import { chromiumMissing, launchChromium } from '../browser/support/browser.js';
import { startDemoServer } from '../browser/support/target.js';
import { ms, percentile, table } from './stats.js';

const DIST = path.resolve(__dirname, '../../../tab/dist');
const BUDGET_GZIP = 400 * 1024;
const RUNS = 7;

interface Asset { name: string; raw: number; gzip: number }

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function jsAssets(): Asset[] {
  const dir = path.join(DIST, 'assets');
  return readdirSync(dir).filter((f) => f.endsWith('.js')).map((name) => {
    const body = readFileSync(path.join(dir, name));
    return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  }).sort((a, b) => b.gzip - a.gzip);
}

/** The entry script and the chunks index.html preloads: what a first visit downloads before rendering. */
function initialNames(): Set<string> {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const names = [...html.matchAll(/(?:src|href)="\/tab\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  return new Set(names);
}

function sizeReport(): void {
  const assets = jsAssets();
  const initial = initialNames();
  const sum = (list: Asset[], k: 'raw' | 'gzip') => list.reduce((s, a) => s + a[k], 0);
  const first = assets.filter((a) => initial.has(a.name));
  const total = { raw: sum(assets, 'raw'), gzip: sum(assets, 'gzip') };
  console.log(table(['JavaScript', 'files', 'raw', 'gzip'], [
    ['all chunks (tab/dist/assets/*.js)', assets.length, kb(total.raw), kb(total.gzip)],
    ['first load (entry + preloaded)', first.length, kb(sum(first, 'raw')), kb(sum(first, 'gzip'))],
  ]));
  console.log(`\nLargest chunks:\n${table(['chunk', 'raw', 'gzip'], assets.slice(0, 6).map((a) => [a.name, kb(a.raw), kb(a.gzip)]))}`);
  console.log(`\nBudget ≤ ${kb(BUDGET_GZIP)} gzip: ${total.gzip <= BUDGET_GZIP ? 'met' : 'EXCEEDED'} (${((total.gzip / BUDGET_GZIP) * 100).toFixed(0)} % used)`);
}

async function firstRender(baseUrl: string): Promise<void> {
  const users = (await (await fetch(`${baseUrl}/api/tab/local-auth/users`)).json()) as LocalUser[] | { users: LocalUser[] };
  const coordinator = (Array.isArray(users) ? users : users.users).find((u) => u.coordinator);
  if (!coordinator) throw new Error('no local coordinator: is the server in local mode?');
  const browser = await launchChromium();
  const samples: number[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // The remembered local user skips the picker, as on a second visit in the same tab session.
      await context.addInitScript(`sessionStorage.setItem('erhvervskoordinator.localUser', ${JSON.stringify(coordinator.userId)})`);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/tab/index.html#/oversigt`);
      await page.locator('[data-figure="companies"] dd[data-value]').waitFor();
      const at = (await page.evaluate('performance.now()')) as number;
      if (i > 0) samples.push(at); // the first run warms the server's caches
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`\nFirst render of the overview (navigation → headline figures, ${RUNS} cold contexts, ${baseUrl}):`);
  console.log(table(['', 'min', 'p50', 'p95'], [['ms', ms(Math.min(...samples)), ms(percentile(samples, 50)), ms(percentile(samples, 95))]]));
}

export async function runTabBundleBench(): Promise<void> {
  console.log('\nTab bundle');
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.log('tab/dist is missing: build it first (npx vite build --config tab/vite.config.ts)');
    return;
  }
  sizeReport();
  const url = process.env.TAB_BENCH_URL;
  if (!url) {
    console.log('\nFirst render skipped: set TAB_BENCH_URL to a server in local mode (or "demo").');
    return;
  }
  const missing = chromiumMissing();
  if (missing) {
    console.log(`\nFirst render skipped: ${missing}`);
    return;
  }
  if (url === 'demo') {
    const demo = await startDemoServer();
    try {
      await firstRender(demo.baseUrl);
    } finally {
      await demo.close();
    }
  } else {
    await firstRender(url.replace(/\/+$/, ''));
  }
}

if (require.main === module) {
  runTabBundleBench().catch((e) => { console.error(e); process.exit(1); });
}
