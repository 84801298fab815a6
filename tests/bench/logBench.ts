import type { Contact } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import { generateCompanies } from '../../bot/demo/index.js';
import { freePort } from '../../bot/scripts/azurite.js';
import { mapLimit } from '../../bot/util/collections.js';
import { BotClient } from '../support/botClient.js';
import { CaptureServer } from '../support/captureServer.js';
import { cleanEnv, spawnNode, waitFor } from '../support/processes.js';
import { freshStores, startTestAzurite, tablePrefixOf } from '../support/storage.js';
import { cpuPerOperation, ms, percentile, table } from './stats.js';

const SUSTAINED = 1000;
/** Run before each measured phase and not counted: a cold Azurite takes about twice as long per upsert as a warm one. */
const WARM_UP = 200;
const IN_FLIGHT = 16;
const FORM = { date: '2026-11-27', unit: 'jobcenter', channel: 'telefon', purpose: 'rekruttering', outcome: 'Aftale om opslag', note: 'Ringer igen efter nytår' };

/**
 * Issue 4: sustained logging throughput through /api/messages (Action.Execute submits) beside Azurite's raw
 * single-upsert rate measured in the same run, and the invoke round trip p50/p95. The server runs as its own
 * process, as in production, so the bench's client does not share its event loop. Each contact's card is opened
 * first, as staff do (not timed as logging: the open reads the company's history, which the guarded submit then
 * reuses); cards the server did not open are measured too. A contact's own storage requests, sent without the
 * server, show how much of the gap storage alone accounts for, and each process's CPU time per operation where
 * the time goes: server, Azurite and the bench's client share this machine's cores.
 */
export async function runLogBench(): Promise<void> {
  const azurite = await startTestAzurite();
  const capture = new CaptureServer();
  const serviceUrl = await capture.start();
  try {
    const companies = generateCompanies({ seed: 3, count: 5000 });
    const stores = await freshStores(azurite);
    await stores.companies.upsertMany(companies);
    const prefix = tablePrefixOf(stores);
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
      const pids = { server: server.child.pid, Azurite: azurite.process.pid, client: process.pid };
      /** Operations per second over SUSTAINED operations, IN_FLIGHT at a time, and each process's CPU ms per operation. */
      const measure = async (op: (i: number) => Promise<unknown>): Promise<Measured> => {
        const { result: perSecond, cpu } = await cpuPerOperation(pids, SUSTAINED, () => rate(op));
        return { perSecond, cpu };
      };

      // A table of its own (fresh prefix), so the raw upserts neither grow nor slow the server's tables.
      const rawTable = (await freshStores(azurite)).tables.CompanyHistory;
      const rawUpsert = (i: number) => rawTable.upsertEntity({ partitionKey: companies[i % companies.length].cvr, rowKey: `raw${i}`, note: FORM.note, unit: FORM.unit }, 'Replace');
      await run(WARM_UP, (i) => rawUpsert(SUSTAINED + i));
      const raw = await measure(rawUpsert);
      const rawRate = raw.perSecond;

      const cvrOf = (i: number) => companies[(i * 7) % companies.length].cvr;

      // A logged contact's storage requests sent from here through the same stores, without the server, on tables of
      // their own (so the server's do not grow): what logging could reach on this Azurite if the server and the
      // client cost nothing. Once after the company's history was read (as when its card was opened: the guarded
      // transaction and the journal row, grouped), once for a company not read before (its history is read first).
      const storageOnly = async (opened: boolean) => {
        const direct = await freshStores(azurite);
        const op = async (i: number) => {
          const contact = benchContact(cvrOf(i), direct.journal.mintContactId(Date.now()));
          const audit = { id: newEventId(Date.now()), cvr: contact.cvr, action: 'contact.logged' as const, subjectId: contact.id, actorName: contact.staffName, actorId: contact.staffId, at: contact.createdAt };
          await direct.history.insertContact(contact, audit);
          await direct.journal.upsert(contact);
        };
        if (opened) await run(SUSTAINED + WARM_UP, (i) => direct.history.read(cvrOf(i)));
        await run(WARM_UP, (i) => op(SUSTAINED + i));
        return measure(op);
      };
      const storageOpened = await storageOnly(true);
      const storageCold = await storageOnly(false);

      // As staff do: open the log card (the server mints its ids and shows the company's history), then submit it.
      const cards = new Map<number, Record<string, unknown>>();
      const open = async (i: number) => {
        const res = await client.execute('logContact.open', { cvr: cvrOf(i) });
        const card = res.body.value as { actions?: { verb?: string; data?: Record<string, unknown> }[] } | undefined;
        const data = card?.actions?.find((a) => a.verb === 'logContact.submit')?.data;
        if (res.body.statusCode !== 200 || !data) throw new Error(`open failed: ${JSON.stringify(res.body).slice(0, 200)}`);
        cards.set(i, data);
      };
      const submit = async (i: number) => {
        const res = await client.execute('logContact.submit', { ...cards.get(i), ...FORM });
        if (res.body.statusCode !== 200) throw new Error(`submit failed: ${JSON.stringify(res.body).slice(0, 200)}`);
      };
      await run(WARM_UP, (i) => open(SUSTAINED + i));
      await run(WARM_UP, (i) => submit(SUSTAINED + i));
      const opening = await measure(open);
      const logging = await measure(submit);
      // Cards this server did not open (another instance did, or it restarted since): it reads the history at submit.
      const offset = 2 * SUSTAINED + 2 * WARM_UP;
      const unopened = async (i: number) => {
        const res = await client.execute('logContact.submit', { ...FORM, cvr: cvrOf(offset + i), contactId: newEventId(Date.now()), optOutId: newEventId(Date.now()) });
        if (res.body.statusCode !== 200) throw new Error(`submit failed: ${JSON.stringify(res.body).slice(0, 200)}`);
      };
      const loggingUnopened = await measure(unopened);
      // The submit's round trip alone, one at a time, each right after its card was opened.
      const latency: number[] = [];
      for (let i = SUSTAINED + WARM_UP; i < SUSTAINED + WARM_UP + 200; i++) {
        await open(i);
        const started = performance.now();
        await submit(i);
        latency.push(performance.now() - started);
      }

      console.log(`\n## Logging contacts (issue 4): ${SUSTAINED} submits through /api/messages, ${IN_FLIGHT} in flight, 5,000 companies, server in its own process`);
      const cpu = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : v.toFixed(2));
      const row = (what: string, m: Measured) => [
        what, m.perSecond.toFixed(0), (m.perSecond / rawRate).toFixed(2), cpu(m.cpu.server), cpu(m.cpu.Azurite), cpu(m.cpu.client),
      ];
      console.log(table(['measure', 'per second', 'ratio to raw', 'CPU ms/op: server', 'Azurite', 'client'], [
        row('logging throughput, contacts (target: ratio ≥ 0.5)', logging),
        row('  log cards opened before (not part of logging)', opening),
        row('  cards not opened on this server (history read at submit)', loggingUnopened),
        row('Azurite raw single upserts (same run, same concurrency)', raw),
        row('a contact\'s storage requests alone, card opened first (no server)', storageOpened),
        row('  the same for a company whose history was not read before', storageCold),
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

interface Measured { perSecond: number; cpu: Record<string, number | null> }

async function rate(op: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run(SUSTAINED, op);
  return SUSTAINED / ((performance.now() - started) / 1000);
}

/** A contact as the server stores it for the bench's form. */
function benchContact(cvr: string, id: string): Contact {
  const at = new Date().toISOString();
  return {
    id, cvr, unit: FORM.unit, staffName: 'Henrik Østergaard', staffId: '00000000-0000-4000-8000-000000000002', date: FORM.date,
    channel: 'telefon', purpose: FORM.purpose, outcome: FORM.outcome, followUpDate: null, note: FORM.note, rating: null, createdAt: at, createdBy: 'Henrik Østergaard',
  };
}

if (require.main === module) {
  runLogBench().catch((e) => { console.error(e); process.exit(1); });
}
