import assert from 'node:assert/strict';
import { DEMO_COORDINATOR } from '../../bot/demo/index.js';
import type { OverviewResponse } from '../../bot/contract/api.js';
import { copenhagenDay } from '../../bot/domain/danishTime.js';
import { freePort, type RunningAzurite } from '../../bot/scripts/azurite.js';
import { createStores, type Stores } from '../../bot/store/index.js';
import { BotClient, cardTexts } from '../support/botClient.js';
import { CaptureServer } from '../support/captureServer.js';
import { testCompany, validCvr } from '../support/companies.js';
import { localTabApi } from '../support/localTabApi.js';
import { cleanEnv, spawnNode, waitFor, type Spawned } from '../support/processes.js';
import { startTestAzurite } from '../support/storage.js';

const PREFIX = 'jkill';
const CONTACTS = 100;
const COMPANIES = Array.from({ length: 20 }, (_, i) => testCompany({ cvr: validCvr(700 + i), name: `Kill Test Virksomhed ${i + 1} ApS` }));
/** The burst is cut once this many were answered, so the kill lands while most are still in the server. */
const KILL_AFTER_ANSWERS = 15;

/**
 * Issue 13 item 6: `kill -9` of the server during a burst of logged contacts used to leave contacts in the company's
 * history (answered "gemt") but not in the journal, invisible to the overview, plan and digest until a resubmit.
 */
describe('Logged contacts survive kill -9 of the server mid-burst, visible without a resubmit', function () {
  this.timeout(300_000);
  let azurite: RunningAzurite;
  let stores: Stores;
  const capture = new CaptureServer();
  let serviceUrl: string;
  const servers: Spawned[] = [];

  async function startServer(): Promise<{ server: Spawned; baseUrl: string }> {
    const port = await freePort();
    const server = spawnNode('bot/index.js', [], cleanEnv({
      TABLES_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: PREFIX, PORT: String(port), LOCAL_MODE: 'true', LOG_LEVEL: 'warn',
    }));
    servers.push(server);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(async () => ((await fetch(`${baseUrl}/healthz`)).status === 200 ? true : undefined), 120_000, `healthz on ${port}\n${server.output()}`);
    return { server, baseUrl };
  }

  before(async () => {
    azurite = await startTestAzurite();
    serviceUrl = await capture.start();
    stores = createStores({ kind: 'connectionString', connectionString: azurite.connectionString }, PREFIX);
    await stores.ensure();
    await stores.companies.upsertMany(COMPANIES);
  });

  after(async () => {
    for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
    await capture.stop();
    await azurite?.stop();
  });

  it('has every contact answered "gemt" in both the history and the journal, and the next server\'s overview counts it', async () => {
    const first = await startServer();
    const client = new BotClient(first.baseUrl, serviceUrl, capture);
    const form = { date: copenhagenDay(new Date()), unit: 'jobcenter', channel: 'telefon', purpose: 'rekruttering', outcome: 'Aftale om møde', note: 'Ringede til ejeren', rating: '4' };

    // The cards are opened first, as users would have them on screen; only the submits form the burst.
    const submits: Record<string, unknown>[] = [];
    for (let i = 0; i < CONTACTS; i++) {
      const opened = await client.execute('logContact.open', { cvr: COMPANIES[i % COMPANIES.length].cvr });
      const card = opened.body.value as { actions?: { verb?: string; data?: Record<string, unknown> }[] };
      const data = card.actions?.find((a) => a.verb === 'logContact.submit')?.data;
      assert.ok(data, JSON.stringify(opened.body).slice(0, 300));
      submits.push({ ...data, ...form, note: `${form.note} (${i})` });
    }

    const saved = new Set<string>();
    let answered = 0;
    let killed!: () => void;
    const killedAt = new Promise<void>((resolve) => { killed = resolve; });
    const burst = Promise.allSettled(submits.map(async (data) => {
      const res = await client.execute('logContact.submit', data);
      answered++;
      if (/Kontakten (er|var allerede) gemt/.test(cardTexts(res.body.value).join('\n'))) saved.add(String(data.contactId));
      if (answered === KILL_AFTER_ANSWERS) killed();
    }));
    await Promise.race([killedAt, burst]);
    first.server.child.kill('SIGKILL');
    await first.server.exited;
    await burst;
    const savedAtKill = new Set(saved);
    assert.ok(savedAtKill.size > 0, 'some contacts were answered "gemt" before the kill');
    assert.ok(answered < CONTACTS, `the kill landed mid-burst (${answered} of ${CONTACTS} answered)`);

    // The next instance on the same storage: nothing is resubmitted.
    const second = await startServer();
    const journal = new Set<string>();
    for await (const e of stores.tables.ContactJournal.listEntities()) journal.add(String(e.rowKey));
    const history = new Set<string>();
    for (const company of COMPANIES) for (const c of (await stores.history.read(company.cvr)).contacts) history.add(c.id);

    const missing = (ids: Iterable<string>, from: Set<string>): string[] => [...ids].filter((id) => !from.has(id));
    assert.deepEqual(missing(savedAtKill, history), [], 'every contact answered "gemt" is in the company history');
    assert.deepEqual(missing(savedAtKill, journal), [], 'every contact answered "gemt" is in the journal');
    // The decisive check: "gemt" is answered after both writes in either order, but a contact whose history row was
    // written when the kill came is stored (every retry says "var allerede gemt") and must be visible too.
    assert.deepEqual(missing(history, journal), [], 'no contact is in a history but missing from the journal');

    const tab = await localTabApi(second.baseUrl, DEMO_COORDINATOR.displayName);
    const overview = await tab.get<OverviewResponse>('/overview');
    assert.equal(overview.status, 200);
    assert.equal(overview.body.contactsInModel, journal.size, 'the read model holds every journal row');
    assert.ok(overview.body.contactsInModel >= history.size, `${overview.body.contactsInModel} in the read model, ${history.size} in the histories`);
  });
});
