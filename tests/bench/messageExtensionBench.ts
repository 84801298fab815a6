/**
 * Issue 18: the search message extension's query end to end (composeExtension/query in, result list out, through
 * /api/messages) over a register of 100,000 companies in Azurite. The query reads the in-memory matcher and register
 * only, so the figure is the HTTP, Bot Framework and card rendering cost plus the match.
 * Run: npx tsc -b tsconfig.json && node dist/tests/bench/messageExtensionBench.js
 */
import os from 'node:os';
import { generateCompanies } from '../../bot/demo/index.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp } from '../support/testApp.js';
import { ms, percentile, sample, table } from './stats.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const COMPANIES = Number(process.env.ME_BENCH_COMPANIES ?? 100_000);
const QUERIES = 300;

const loadAverage = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** What staff type: a full name, a name with a swapped letter pair, a prefix of a few letters, a CVR. */
function queryFor(company: { name: string; cvr: string }, i: number): string {
  switch (i % 4) {
    case 0:
      return company.name;
    case 1: {
      const n = company.name;
      const k = Math.min(4, n.length - 2);
      return n.slice(0, k) + n[k + 1] + n[k] + n.slice(k + 2);
    }
    case 2:
      return company.name.slice(0, 5);
    default:
      return company.cvr;
  }
}

export async function runMessageExtensionBench(): Promise<void> {
  const azurite = await startTestAzurite();
  try {
    const companies = generateCompanies({ seed: 18, count: COMPANIES });
    const seedStart = performance.now();
    const app = await startTestApp(azurite, {
      now: () => NOW,
      seed: (stores) => stores.companies.upsertMany(companies).then(() => undefined),
    });
    const seedMs = performance.now() - seedStart;
    try {
      const picks = Array.from({ length: QUERIES }, (_, i) => companies[(i * 7919) % companies.length]);
      const send = (i: number) =>
        app.client
          .composeExtension('query', { commandId: 'findCompany', parameters: [{ name: 'query', value: queryFor(picks[i], i) }] })
          .then((r) => {
            if (r.status !== 200) throw new Error(`query answered ${r.status}`);
          });
      await sample(20, send); // warm-up
      const loadBefore = loadAverage();
      const times = await sample(QUERIES, send);
      console.log(
        `\n## Message extension query end to end (issue 18): ${COMPANIES.toLocaleString('en')} companies, ${QUERIES} sequential queries through /api/messages`,
      );
      console.log(
        table(
          ['companies', 'seed + start s', 'p50 ms', 'p95 ms', 'max ms', 'load average before', 'load average after'],
          [
            [
              COMPANIES.toLocaleString('en'),
              (seedMs / 1000).toFixed(1),
              ms(percentile(times, 50)),
              ms(percentile(times, 95)),
              ms(Math.max(...times)),
              loadBefore,
              loadAverage(),
            ],
          ],
        ),
      );
    } finally {
      await app.stop();
    }
  } finally {
    await azurite.stop();
  }
}

if (require.main === module) {
  runMessageExtensionBench().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
