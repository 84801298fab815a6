import { generateDemoData } from '../../bot/demo/index.js';
import { uniformWindows } from '../../bot/domain/strategy/index.js';
import { copenhagenDay } from '../../bot/domain/danishTime.js';
import { buildDigest, digestText, isoWeekOf } from '../../bot/domain/digest/index.js';
import { DEFAULT_UNITS } from '../../bot/domain/units.js';
import { ms, percentile, table } from './stats.js';

const NOW = new Date('2026-11-30T09:00:00Z');
const RUNS = 9;

/** Issue 6: building the weekly digest over 12 months of 100,000 contacts (target ≤ 1 s). */
export async function runDigestBench(): Promise<void> {
  const data = generateDemoData({ now: NOW, companyCount: 5000, targetContactCount: 100_000 });
  const input = {
    weekKey: isoWeekOf(NOW).key, companies: data.companies, contacts: data.contacts, optOuts: data.optOuts, plans: [],
    today: copenhagenDay(NOW), windows: uniformWindows(30), silenceMonths: 12, units: DEFAULT_UNITS,
  };
  buildDigest(input); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    digestText(buildDigest(input), DEFAULT_UNITS, 'da');
    samples.push(performance.now() - started);
  }
  console.log(`\n## Weekly digest (issue 6): ${data.companies.length.toLocaleString('en')} companies, ${data.contacts.length.toLocaleString('en')} contacts over 12 months, ${RUNS} runs`);
  console.log(table(['measure', 'ms'], [['build + word the digest p50', ms(percentile(samples, 50))], ['build + word the digest p95', ms(percentile(samples, 95))]]));
}

if (require.main === module) {
  runDigestBench().catch((e) => { console.error(e); process.exit(1); });
}
