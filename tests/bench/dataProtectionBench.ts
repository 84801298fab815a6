import os from 'node:os';
import { newEventId } from '../../bot/domain/contactId.js';
import { generateCompanies } from '../../bot/demo/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { AccessLogService, type AccessLog } from '../../bot/services/accessLogService.js';
import { CompanyDirectory } from '../../bot/services/companyDirectory.js';
import { CompanyFinder } from '../../bot/services/companyFinder.js';
import { LookupService } from '../../bot/services/lookupService.js';
import { StrategyService } from '../../bot/services/strategyService.js';
import { freshStores, startTestAzurite } from '../support/storage.js';
import { expiredContact, runRetentionBench } from './retentionBench.js';
import { ms, percentile, processCpuMs, table } from './stats.js';

/** Rounds of look-ups, each a block with the access log and a block without, the order alternating. */
const ROUNDS = Number(process.env.DP_BENCH_ROUNDS ?? 6);
const PER_BLOCK = 200;

/**
 * Issue 14: (1) the look-up's cost of access logging, (2) the retention job (retentionBench.ts). DP_BENCH_ONLY=lookup
 * or retention runs one of them.
 */
export async function runDataProtectionBench(): Promise<void> {
  const only = process.env.DP_BENCH_ONLY;
  const azurite = await startTestAzurite();
  try {
    if (only !== 'retention') await lookupOverhead(azurite);
    if (only !== 'lookup') await runRetentionBench(azurite);
  } finally {
    await azurite.stop();
  }
}

interface Variant { name: string; service: LookupService; samples: number[]; roundP95: number[]; nodeCpuMs: number; azuriteCpuMs: number }

/**
 * The look-up (LookupService.byCvr, what the bot's look-up, history and the company page call) with the real
 * buffered access log beside the same service with logging switched off, over the same companies and contacts in
 * one Azurite. Blocks rather than single look-ups interleaved: the background writer's requests to Azurite then fall
 * in the logged blocks only, so the figures include what the writer costs the look-ups around it. The logged block's
 * buffer is written (flush) before its CPU time is read, so the writer's CPU time is counted there too.
 */
async function lookupOverhead(azurite: RunningAzurite): Promise<void> {
  const now = () => new Date();
  const stores = await freshStores(azurite);
  const companies = generateCompanies({ seed: 14, count: 2000 });
  await stores.companies.upsertMany(companies);
  await stores.history.upsertContacts(companies.slice(0, 1000).flatMap((c, i) => [0, 1, 2].map((k) => expiredContact(c.cvr, i * 3 + k, 30 + k))));
  const directory = new CompanyDirectory(stores.companies, now);
  await directory.load();
  const strategy = new StrategyService(stores.strategy, 30, now, () => newEventId(Date.now()));
  await strategy.load();
  const logger = new AccessLogService(stores.accessLog, now, (m) => console.log(m));
  const lookup = (log: AccessLog) => new LookupService(new CompanyFinder(directory), directory, stores.companies, stores.history, strategy, now, log);
  const logged: Variant = { name: 'with access log', service: lookup(logger), samples: [], roundP95: [], nodeCpuMs: 0, azuriteCpuMs: 0 };
  const unlogged: Variant = { name: 'without access log', service: lookup({ record: async () => undefined }), samples: [], roundP95: [], nodeCpuMs: 0, azuriteCpuMs: 0 };
  const reader = { userId: 'bench', userName: 'Bench', via: 'bot.lookup' as const };
  const cvrOf = (i: number) => companies[(i * 7919) % 1000].cvr;
  const loadBefore = os.loadavg();
  // Warm-up, both ways: caches, JIT, connections.
  for (let i = 0; i < 40; i++) await (i % 2 === 0 ? logged : unlogged).service.byCvr(cvrOf(i), 'jobcenter', reader);
  await logger.flush();

  for (let round = 0; round < ROUNDS; round++) {
    for (const v of round % 2 === 0 ? [logged, unlogged] : [unlogged, logged]) {
      const cpu = process.cpuUsage();
      const azuriteCpu = processCpuMs(azurite.process.pid) ?? NaN;
      const block: number[] = [];
      for (let i = 0; i < PER_BLOCK; i++) {
        const started = performance.now();
        await v.service.byCvr(cvrOf(round * PER_BLOCK + i), 'jobcenter', reader);
        block.push(performance.now() - started);
      }
      if (v === logged) await logger.flush();
      const used = process.cpuUsage(cpu);
      v.nodeCpuMs += (used.user + used.system) / 1000;
      v.azuriteCpuMs += (processCpuMs(azurite.process.pid) ?? NaN) - azuriteCpu;
      v.samples.push(...block);
      v.roundP95.push(percentile(block, 95));
    }
  }
  const recordOnly: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const started = performance.now();
    await logger.record(reader, [cvrOf(i)]);
    recordOnly.push(performance.now() - started);
  }
  await logger.stop();
  const written = await stores.accessLog.query({ cvr: null, userId: 'bench', from: '2020-01-01', to: '2099-12-31' }, 100_000);
  const n = ROUNDS * PER_BLOCK;
  const row = (v: Variant) => [v.name, ms(percentile(v.samples, 50)), ms(percentile(v.samples, 95)), ms(percentile(v.samples, 99)), (v.nodeCpuMs / n).toFixed(3), (v.azuriteCpuMs / n).toFixed(3)];
  const diff = (p: number) => ms(percentile(logged.samples, p) - percentile(unlogged.samples, p));
  const roundDiffs = logged.roundP95.map((p, i) => p - unlogged.roundP95[i]);
  console.log(`\n## Access logging and the look-up (issue 14): ${ROUNDS} rounds × ${PER_BLOCK} look-ups each way, blocks alternating, over one Azurite (LookupService.byCvr, 2,000 companies, 3,000 contacts)`);
  console.log(table(['variant', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU ms/look-up (bench)', 'CPU ms/look-up (Azurite)'], [
    row(unlogged), row(logged),
    ['difference', diff(50), diff(95), diff(99), ((logged.nodeCpuMs - unlogged.nodeCpuMs) / n).toFixed(3), ((logged.azuriteCpuMs - unlogged.azuriteCpuMs) / n).toFixed(3)],
    ['record() alone', ms(percentile(recordOnly, 50)), ms(percentile(recordOnly, 95)), ms(percentile(recordOnly, 99)), '', ''],
  ]));
  console.log(`p95 difference per round (ms): ${roundDiffs.map((d) => d.toFixed(2)).join(', ')}; median ${percentile(roundDiffs, 50).toFixed(2)}`);
  console.log(`load average (1, 5, 15 min) before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ${os.cpus().length} cores`);
  console.log(`events written by the background writer: ${written.length} (expected ${40 / 2 + n + recordOnly.length})`);
}

if (require.main === module) runDataProtectionBench().catch((e) => { console.error(e); process.exit(1); });
