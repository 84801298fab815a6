import { newEventId } from '../../bot/domain/contactId.js';
import { generateCompanies } from '../../bot/demo/index.js';
import { mapLimit } from '../../bot/util/collections.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp } from '../support/testApp.js';
import { ms, percentile, sample, table } from './stats.js';

const SUSTAINED = 1000;
const IN_FLIGHT = 16;
const FORM = { date: '2026-11-27', unit: 'jobcenter', channel: 'telefon', purpose: 'rekruttering', outcome: 'Aftale om opslag', note: 'Ringer igen efter nytår' };

/**
 * Issue 4: sustained logging throughput through /api/messages (Action.Execute submits) beside Azurite's raw
 * single-upsert rate measured in the same run, and the invoke round trip p50/p95.
 */
export async function runLogBench(): Promise<void> {
  const azurite = await startTestAzurite();
  try {
    const companies = generateCompanies({ seed: 3, count: 5000 });
    const app = await startTestApp(azurite, { seed: (s) => s.companies.upsertMany(companies).then(() => undefined) });
    try {
      const raw = app.stores.tables.Audit;
      const rawStart = performance.now();
      await mapLimit(Array.from({ length: SUSTAINED }, (_, i) => i), IN_FLIGHT, (i) =>
        raw.upsertEntity({ partitionKey: companies[i % companies.length].cvr, rowKey: `raw${i}`, note: FORM.note, unit: FORM.unit }, 'Replace'));
      const rawRate = SUSTAINED / ((performance.now() - rawStart) / 1000);

      const submit = (i: number) => app.client.execute('logContact.submit', {
        ...FORM, cvr: companies[(i * 7) % companies.length].cvr, contactId: newEventId(Date.now()), optOutId: newEventId(Date.now()),
      });
      const start = performance.now();
      const cpuBefore = process.cpuUsage();
      await mapLimit(Array.from({ length: SUSTAINED }, (_, i) => i), IN_FLIGHT, (i) => submit(i));
      const wallMs = performance.now() - start;
      const cpu = process.cpuUsage(cpuBefore);
      const rate = SUSTAINED / (wallMs / 1000);
      const serverCpuShare = (cpu.user + cpu.system) / 1000 / wallMs;
      const latency = await sample(200, (i) => submit(SUSTAINED + i));

      console.log(`\n## Logging contacts (issue 4): ${SUSTAINED} submits through /api/messages, ${IN_FLIGHT} in flight, 5,000 companies`);
      console.log(table(['measure', 'value'], [
        ['logging throughput, contacts/s', rate.toFixed(0)],
        ['Azurite raw single upserts/s (same run, same concurrency)', rawRate.toFixed(0)],
        ['ratio (target ≥ 0.5)', (rate / rawRate).toFixed(2)],
        ['CPU of the server + bench client process (cores busy)', serverCpuShare.toFixed(2)],
        ['invoke round trip p50 ms (sequential)', ms(percentile(latency, 50))],
        ['invoke round trip p95 ms (sequential)', ms(percentile(latency, 95))],
      ]));
    } finally {
      await app.stop();
    }
  } finally {
    await azurite.stop();
  }
}

if (require.main === module) {
  runLogBench().catch((e) => { console.error(e); process.exit(1); });
}
