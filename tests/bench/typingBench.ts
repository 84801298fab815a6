/**
 * The matcher against the independent typing model (typingNames.ts, typingQueries.ts): quality per
 * category, the ceiling for keystroke prefixes, index build time and heap, and the type-ahead check.
 * Run: npx tsc -p . && node --expose-gc dist/tests/bench/typingBench.js [sizes, e.g. 5000,100000,800000]
 */
import os from 'node:os';
import { CompanyMatcher } from '../../bot/domain/matching/companyMatcher.js';
import { analyzeName, foldText } from '../../bot/domain/matching/normalize.js';
import { percentile } from './stats.js';
import { Prng, typingRegister, type TypingCompany } from './typingNames.js';
import { keystrokePrefix, TYPING_KINDS, typingQueries, type TypingKind } from './typingQueries.js';

const SEED = 16_2026;
const PER_KIND = 120;
const TYPE_AHEAD_COMPANIES = 250;
const TYPE_AHEAD_LIMIT = 15;

const pct = (n: number, d: number): string => (d === 0 ? '-' : (100 * n / d).toFixed(1));

/** The folded text a typed prefix is compared with: the name as typed, without owner, legal form or punctuation. */
function typedKey(text: string): string {
  return foldText(text.replace(/\s+v\/\s.*$/, '')).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** How many companies a typed prefix fits (their name begins with it): beyond the list length no list can hold them all. */
class PrefixCeiling {
  private readonly keys: string[];
  constructor(register: readonly TypingCompany[]) {
    this.keys = register.map((c) => typedKey(c.name)).sort();
  }
  shared(prefix: string): number {
    const p = typedKey(prefix);
    return this.lowerBound(p + '\uffff') - this.lowerBound(p);
  }
  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface KindRow { n: number; top1: number; top5: number }

/** Companies per name proper (no legal form, no "v/ owner"): past five namesakes a top 5 cannot be sure to hold the one meant. */
function namesakes(register: readonly TypingCompany[]): (cvr: string) => number {
  const coreOf = new Map(register.map((c) => [c.cvr, analyzeName(c.name, c.legalForm).core.join(' ')]));
  const count = new Map<string, number>();
  for (const core of coreOf.values()) count.set(core, (count.get(core) ?? 0) + 1);
  return (cvr) => count.get(coreOf.get(cvr) ?? '') ?? 0;
}

/** CPU time of this process in ms: on a shared machine wall time mostly measures the neighbours. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The JS heap plus typed arrays (held outside it): the matcher keeps most of its index in the latter. */
function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
}

function runSize(size: number): void {
  const register = typingRegister(SEED + size, size);
  const before = heapMb();
  const t0 = performance.now();
  const c0 = cpuMs();
  const matcher = new CompanyMatcher();
  for (const c of register) matcher.upsert(c);
  matcher.search('a b c', 5);
  const buildS = (performance.now() - t0) / 1000;
  const buildCpuS = (cpuMs() - c0) / 1000;
  const heap = heapMb();
  const queries = typingQueries(register, SEED + 1 + size, PER_KIND);
  const ceiling = new PrefixCeiling(register);
  for (const q of queries.slice(0, 100)) matcher.search(q.text, 5);
  const rows = new Map<TypingKind, KindRow>(TYPING_KINDS.map((k) => [k, { n: 0, top1: 0, top5: 0 }]));
  const prefix = { over5: 0, over15: 0, within: 0, withinTop5: 0 };
  const times: number[] = [];
  const cpu: number[] = [];
  let top1 = 0;
  let top5 = 0;
  const misses: string[] = [];
  const sharedName = namesakes(register);
  let missed = 0;
  let missedNamesakes = 0;
  for (const q of queries) {
    const t = performance.now();
    const c = cpuMs();
    const hits = matcher.search(q.text, 5).hits;
    cpu.push(cpuMs() - c);
    times.push(performance.now() - t);
    const row = rows.get(q.kind) as KindRow;
    row.n++;
    const first = hits[0]?.cvr === q.expected;
    const five = hits.some((h) => h.cvr === q.expected);
    if (first) { row.top1++; top1++; }
    if (five) { row.top5++; top5++; } else if (q.kind !== 'keystroke') {
      missed++;
      if (sharedName(q.expected) > 5) missedNamesakes++;
      else if (misses.length < 12) misses.push(`${q.kind}: "${q.text}"`);
    }
    if (q.kind === 'keystroke') {
      const shared = ceiling.shared(q.text);
      if (shared > 5) prefix.over5++;
      if (shared > 15) prefix.over15++;
      if (shared <= 5) { prefix.within++; if (five) prefix.withinTop5++; }
    }
  }
  times.sort((a, b) => a - b);
  console.log(`\n Independent typing model at ${size.toLocaleString('en')} companies: build ${buildS.toFixed(1)} s (CPU ${buildCpuS.toFixed(1)} s), heap and typed arrays ${heap.toFixed(0)} MB (${(heap - before).toFixed(0)} MB for the matcher)`);
  console.log(`   all ${queries.length} queries: top-1 ${pct(top1, queries.length)} %, top-5 ${pct(top5, queries.length)} %, p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, max ${times[times.length - 1].toFixed(1)} ms; CPU per query p50 ${percentile(cpu, 50).toFixed(3)} ms, p95 ${percentile(cpu, 95).toFixed(3)} ms`);
  console.log('   kind        |   n | top-1 % | top-5 %');
  for (const [kind, r] of rows) console.log(`   ${kind.padEnd(11)} | ${String(r.n).padStart(3)} | ${pct(r.top1, r.n).padStart(7)} | ${pct(r.top5, r.n).padStart(7)}`);
  console.log(`   keystroke prefixes: ${prefix.over5} shared by more than 5 companies, ${prefix.over15} by more than 15; of the ${prefix.within} shared by at most 5, ${pct(prefix.withinTop5, prefix.within)} % in the top 5`);
  console.log(`   top-5 misses outside keystroke prefixes: ${missed}, of which ${missedNamesakes} name a company whose name (without legal form and owner) more than 5 companies bear`);
  if (misses.length > 0) console.log(`   some of the other misses: ${misses.join(' | ')}`);
  if (size >= 50_000 && size <= 200_000) typeAhead(matcher, register, ceiling);
}

/** Every keystroke from 3 characters, as the log card's type-ahead sends them, 15 suggestions each. */
function typeAhead(matcher: CompanyMatcher, register: readonly TypingCompany[], ceiling: PrefixCeiling): void {
  const rng = new Prng(SEED + 7);
  const times: number[] = [];
  const cpu: number[] = [];
  let due = 0;
  let found = 0;
  const misses: string[] = [];
  for (let i = 0; i < TYPE_AHEAD_COMPANIES; i++) {
    const c = rng.pick(register);
    const typed = keystrokePrefix(new Prng(i), c.name.replace(/\s+v\/\s.*$/, ''));
    const full = c.name.replace(/\s+v\/\s.*$/, '').toLowerCase();
    for (let len = 3; len <= Math.max(typed.length, full.length); len++) {
      const text = full.slice(0, len);
      if (text.endsWith(' ')) continue;
      const t = performance.now();
      const c0 = cpuMs();
      const hits = matcher.search(text, TYPE_AHEAD_LIMIT).hits;
      cpu.push(cpuMs() - c0);
      times.push(performance.now() - t);
      if (ceiling.shared(text) > TYPE_AHEAD_LIMIT) continue;
      due++;
      if (hits.some((h) => h.cvr === c.cvr)) found++;
      else if (misses.length < 8) misses.push(`"${text}"`);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`   type-ahead (${TYPE_AHEAD_COMPANIES} names, every keystroke from 3 characters, ${times.length} searches): in the ${TYPE_AHEAD_LIMIT} suggestions once at most ${TYPE_AHEAD_LIMIT} companies share the prefix: ${found}/${due} (${pct(found, due)} %); p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms per keystroke (CPU p50 ${percentile(cpu, 50).toFixed(3)} ms, p95 ${percentile(cpu, 95).toFixed(3)} ms)`);
  if (misses.length > 0) console.log(`   type-ahead misses: ${misses.join(', ')}`);
}

export function runTypingBench(sizes: readonly number[] = [5000, 100_000]): void {
  console.log('\n== Company matcher: independent typing model (tests/bench/typingQueries.ts) ==');
  console.log(`   load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs (wall times include waiting for other processes; CPU times do not)`);
  for (const size of sizes) runSize(size);
}

if (require.main === module) {
  const arg = process.argv[2];
  runTypingBench(arg === undefined ? undefined : arg.split(',').map(Number));
}
