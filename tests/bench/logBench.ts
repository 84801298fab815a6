import { newEventId } from '../../bot/domain/contactId.js';
import { generateCompanies } from '../../bot/demo/index.js';
import { freePort } from '../../bot/scripts/azurite.js';
import { mapLimit } from '../../bot/util/collections.js';
import { BotClient } from '../support/botClient.js';
import { CaptureServer } from '../support/captureServer.js';
import { cleanEnv, spawnNode, waitFor } from '../support/processes.js';
import { freshStores, startTestAzurite } from '../support/storage.js';
import { ms, percentile, sample, table } from './stats.js';

const SUSTAINED = 1000;
const IN_FLIGHT = 16;
const FORM = { date: '2026-11-27', unit: 'jobcenter', channel: 'telefon', purpose: 'rekruttering', outcome: 'Aftale om opslag', note: 'Ringer igen efter nytår' };

/**
 * Issue 4: sustained logging throughput through /api/messages (Action.Execute submits) beside Azurite's raw
 * single-upsert rate measured in the same run, and the invoke round trip p50/p95. The server runs as its own
 * process, as in production, so the bench's client does not share its event loop.
 */
export async function runLogBench(): Promise<void> {
  const azurite = await startTestAzurite();
  const capture = new CaptureServer();
  const serviceUrl = await capture.start();
  try {
    const companies = generateCompanies({ seed: 3, count: 5000 });
    const stores = await freshStores(azurite);
    await stores.companies.upsertMany(companies);
    const prefix = stores.tables.Companies.tableName.replace(/Companies$/, '');
    const port = await freePort();
    const server = spawnNode('bot/index.js', [], cleanEnv({
      TABLES_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: prefix, PORT: String(port), LOCAL_MODE: 'true',
    }));
    try {
      const baseUrl = `http://127.0.0.1:${port}`;
      await waitFor(async () => ((await fetch(`${baseUrl}/healthz`)).ok ? true : undefined), 120_000, 'the server').catch((e: Error) => {
        throw new Error(`${e.message}\n${server.output()}`);
      });
      const client = new BotClient(baseUrl, serviceUrl, capture);

      const raw = stores.tables.Audit;
      const rawStart = performance.now();
      await mapLimit(Array.from({ length: SUSTAINED }, (_, i) => i), IN_FLIGHT, (i) =>
        raw.upsertEntity({ partitionKey: companies[i % companies.length].cvr, rowKey: `raw${i}`, note: FORM.note, unit: FORM.unit }, 'Replace'));
      const rawRate = SUSTAINED / ((performance.now() - rawStart) / 1000);

      const submit = async (i: number) => {
        const res = await client.execute('logContact.submit', {
          ...FORM, cvr: companies[(i * 7) % companies.length].cvr, contactId: newEventId(Date.now()), optOutId: newEventId(Date.now()),
        });
        if (res.body.statusCode !== 200) throw new Error(`submit failed: ${JSON.stringify(res.body).slice(0, 200)}`);
      };
      const start = performance.now();
      await mapLimit(Array.from({ length: SUSTAINED }, (_, i) => i), IN_FLIGHT, submit);
      const rate = SUSTAINED / ((performance.now() - start) / 1000);
      const latency = await sample(200, (i) => submit(SUSTAINED + i));

      console.log(`\n## Logging contacts (issue 4): ${SUSTAINED} submits through /api/messages, ${IN_FLIGHT} in flight, 5,000 companies, server in its own process`);
      console.log(table(['measure', 'value'], [
        ['logging throughput, contacts/s', rate.toFixed(0)],
        ['Azurite raw single upserts/s (same run, same concurrency)', rawRate.toFixed(0)],
        ['ratio (target ≥ 0.5)', (rate / rawRate).toFixed(2)],
        ['invoke round trip p50 ms (sequential)', ms(percentile(latency, 50))],
        ['invoke round trip p95 ms (sequential)', ms(percentile(latency, 95))],
      ]));
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  } finally {
    await capture.stop();
    await azurite.stop();
  }
}

if (require.main === module) {
  runLogBench().catch((e) => { console.error(e); process.exit(1); });
}
