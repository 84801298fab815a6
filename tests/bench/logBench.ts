import type { Contact } from '../../bot/domain/contact.js';
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
/** Run before each measured phase and not counted: a cold Azurite takes about twice as long per upsert as a warm one. */
const WARM_UP = 200;
const IN_FLIGHT = 16;
const FORM = { date: '2026-11-27', unit: 'jobcenter', channel: 'telefon', purpose: 'rekruttering', outcome: 'Aftale om opslag', note: 'Ringer igen efter nytår' };

/**
 * Issue 4: sustained logging throughput through /api/messages (Action.Execute submits) beside Azurite's raw
 * single-upsert rate measured in the same run, and the invoke round trip p50/p95. The server runs as its own
 * process, as in production, so the bench's client does not share its event loop. A contact's own storage requests,
 * sent without the server, show how much of the gap storage alone accounts for.
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

      // A table of its own (fresh prefix), so the raw upserts neither grow nor slow the server's tables.
      const raw = (await freshStores(azurite)).tables.CompanyHistory;
      const rawUpsert = (i: number) => raw.upsertEntity({ partitionKey: companies[i % companies.length].cvr, rowKey: `raw${i}`, note: FORM.note, unit: FORM.unit }, 'Replace');
      await run(WARM_UP, (i) => rawUpsert(SUSTAINED + i));
      const rawRate = await rate(rawUpsert);

      // The storage requests of one logged contact sent from here, without the server, on tables of their own (so the
      // server's do not grow): what logging could reach on this Azurite if the server and the client cost nothing. Once
      // with the history read behind the confirmation's warnings, once the two writes alone.
      const storageOnly = async (withRead: boolean) => {
        const direct = await freshStores(azurite);
        const op = async (i: number) => {
          const contact = benchContact(companies[(i * 7) % companies.length].cvr);
          await direct.history.insertContact(contact, { id: newEventId(Date.now()), cvr: contact.cvr, action: 'contact.logged', subjectId: contact.id, actorName: contact.staffName, actorId: contact.staffId, at: contact.createdAt });
          await direct.journal.upsert(contact);
          if (withRead) await direct.history.read(contact.cvr);
        };
        await run(WARM_UP, (i) => op(SUSTAINED + i));
        return rate(op);
      };
      const storageRate = await storageOnly(true);
      const writesRate = await storageOnly(false);

      const submit = async (i: number) => {
        const res = await client.execute('logContact.submit', {
          ...FORM, cvr: companies[(i * 7) % companies.length].cvr, contactId: newEventId(Date.now()), optOutId: newEventId(Date.now()),
        });
        if (res.body.statusCode !== 200) throw new Error(`submit failed: ${JSON.stringify(res.body).slice(0, 200)}`);
      };
      await run(WARM_UP, (i) => submit(SUSTAINED + i));
      const logRate = await rate(submit);
      const latency = await sample(200, (i) => submit(SUSTAINED + WARM_UP + i));

      console.log(`\n## Logging contacts (issue 4): ${SUSTAINED} submits through /api/messages, ${IN_FLIGHT} in flight, 5,000 companies, server in its own process`);
      const row = (what: string, perSecond: number) => [what, perSecond.toFixed(0), (perSecond / rawRate).toFixed(2)];
      console.log(table(['measure', 'per second', 'ratio to raw'], [
        row('logging throughput, contacts (target: ratio ≥ 0.5)', logRate),
        row('Azurite raw single upserts (same run, same concurrency)', rawRate),
        row('a contact\'s storage requests alone, without the server', storageRate),
        row('  its two writes alone (no history read)', writesRate),
      ]));
      console.log(table(['invoke round trip, sequential', 'ms'], [['p50', ms(percentile(latency, 50))], ['p95 (target ≤ 50)', ms(percentile(latency, 95))]]));
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  } finally {
    await capture.stop();
    await azurite.stop();
  }
}

function run(count: number, op: (i: number) => Promise<unknown>): Promise<unknown[]> {
  return mapLimit(Array.from({ length: count }, (_, i) => i), IN_FLIGHT, op);
}

/** Operations per second over SUSTAINED operations, IN_FLIGHT at a time. */
async function rate(op: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run(SUSTAINED, op);
  return SUSTAINED / ((performance.now() - started) / 1000);
}

/** A contact as the server stores it for the bench's form. */
function benchContact(cvr: string): Contact {
  const at = new Date().toISOString();
  return {
    id: newEventId(Date.now()), cvr, unit: FORM.unit, staffName: 'Henrik Østergaard', staffId: '00000000-0000-4000-8000-000000000002', date: FORM.date,
    channel: 'telefon', purpose: FORM.purpose, outcome: FORM.outcome, followUpDate: null, note: FORM.note, rating: null, createdAt: at, createdBy: 'Henrik Østergaard',
  };
}

if (require.main === module) {
  runLogBench().catch((e) => { console.error(e); process.exit(1); });
}
