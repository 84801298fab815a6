/**
 * Speed of the coordinator's overview (12-month period) and of the periodic plan on generated Norddjurs
 * data. Targets: overview well under 300 ms at 5,000 companies / 100,000 contacts and well under 3 s at
 * 50,000 / 1,000,000; plan at most 500 ms at 100,000 contacts.
 * Run: npx tsc -p . && node dist/tests/bench/overviewBench.js
 */
import { uniformWindows } from '../../bot/domain/strategy/index.js';
import { generateDemoData, type DemoData } from '../../bot/demo/index.js';
import { copenhagenDay } from '../../bot/domain/danishTime.js';
import { buildOverview, monthsBefore } from '../../bot/domain/overview/index.js';
import { generatePlan } from '../../bot/domain/planning/index.js';
import { DEFAULT_UNITS } from '../../bot/domain/units.js';
import { ms as fmt, percentile, table } from './stats.js';

const NOW = new Date('2026-03-16T09:30:00Z');
const DATASETS = [
  { companies: 5_000, contacts: 100_000, runs: 15 },
  { companies: 50_000, contacts: 1_000_000, runs: 7 },
] as const;
const WINDOW_DAYS = 30;
const SILENCE_MONTHS = 12;
const PLAN_SIZE = 40;

function time(runs: number, fn: () => unknown): number[] {
  fn(); // warm-up: the first run pays for JIT compilation, which a long-running server pays once.
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    out.push(performance.now() - started);
  }
  return out;
}

export async function runOverviewBench(): Promise<void> {
  const today = copenhagenDay(NOW);
  const period = { from: monthsBefore(today, 12), to: today };
  console.log(`\nOverview and plan – 12-month period ${period.from}..${period.to}, window ${WINDOW_DAYS} d, silence ${SILENCE_MONTHS} mo, plan of ${PLAN_SIZE}`);
  const rows: string[][] = [];
  for (const ds of DATASETS) {
    const genStart = performance.now();
    let data: DemoData | null = generateDemoData({ now: NOW, companyCount: ds.companies, targetContactCount: ds.contacts });
    const genMs = performance.now() - genStart;
    const d = data;
    let parallel = 0;
    let planLength = 0;
    const overview = time(ds.runs, () => {
      const o = buildOverview({ ...d, period, today, windows: uniformWindows(WINDOW_DAYS), silenceMonths: SILENCE_MONTHS });
      parallel = o.headline.parallelCompanies;
    });
    // What the tab API adds on top of the computation: the JSON of the whole overview, as it is sent.
    let bytes = 0;
    const served = time(ds.runs, () => {
      bytes = JSON.stringify({ overview: buildOverview({ ...d, period, today, windows: uniformWindows(WINDOW_DAYS), silenceMonths: SILENCE_MONTHS }) }).length;
    });
    const unitOverview = time(ds.runs, () => buildOverview({
      ...d, period, today, unit: 'jobcenter', windows: uniformWindows(WINDOW_DAYS), silenceMonths: SILENCE_MONTHS,
    }));
    const plan = time(ds.runs, () => {
      planLength = generatePlan({
        ...d, today, windowDays: WINDOW_DAYS, silenceMonths: SILENCE_MONTHS, units: DEFAULT_UNITS, size: PLAN_SIZE,
      }).length;
    });
    rows.push([
      `${ds.companies.toLocaleString('en')} / ${d.contacts.length.toLocaleString('en')}`, String(ds.runs), fmt(genMs),
      fmt(percentile(overview, 50)), fmt(percentile(overview, 95)), fmt(percentile(served, 95)), `${(bytes / 1e6).toFixed(1)} MB`, fmt(percentile(unitOverview, 50)),
      fmt(percentile(plan, 50)), fmt(percentile(plan, 95)), `${parallel}/${planLength}`,
    ]);
    data = null; // let the million contacts go before the next dataset
    await new Promise((resolve) => setImmediate(resolve));
  }
  console.log(table(
    ['companies / contacts', 'runs', 'generate ms', 'overview p50', 'overview p95', 'with JSON p95', 'JSON size', 'unit p50', 'plan p50', 'plan p95', 'parallel/plan'],
    rows,
  ));
  console.log('Targets: overview ≪ 300 ms (5,000/100,000) and ≪ 3 s (50,000/1,000,000); plan ≤ 500 ms (100,000).');
}

if (require.main === module) {
  runOverviewBench().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
