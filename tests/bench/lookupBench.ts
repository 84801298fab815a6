import { generateActivity, generateCompanies } from '../../bot/demo/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { recordRequests, startTestAzurite } from '../support/storage.js';
import { startTestApp } from '../support/testApp.js';
import { ms, percentile, sample, table } from './stats.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const LOOKUPS = 300;

/**
 * Issue 3: a look-up through /api/messages (activity in, reply posted to the serviceUrl) over Azurite with
 * 5,000 companies, at 10,000 and at 100,000 contacts, beside Azurite's own latency for the same storage
 * requests at the same table size, measured in the same run.
 */
export async function runLookupBench(): Promise<void> {
  const azurite = await startTestAzurite();
  try {
    const companies = generateCompanies({ seed: 5, count: 5000 });
    const rows: (string | number)[][] = [];
    for (const contactCount of [10_000, 100_000]) rows.push(await measure(azurite, companies, contactCount));
    console.log(`\n## Look-up end to end (issue 3): ${companies.length.toLocaleString('en')} companies, ${LOOKUPS} sequential look-ups through /api/messages`);
    console.log(table(['contacts', 'storage requests per look-up', 'look-up p50 ms', 'look-up p95 ms', 'Azurite raw p50 ms', 'Azurite raw p95 ms', 'overhead p95 ms'], rows));
  } finally {
    await azurite.stop();
  }
}

async function measure(azurite: RunningAzurite, companies: ReturnType<typeof generateCompanies>, contactCount: number): Promise<(string | number)[]> {
  const { contacts, optOuts } = generateActivity({ seed: 5, companies, now: NOW, targetContactCount: contactCount });
  const app = await startTestApp(azurite, {
    now: () => NOW,
    seed: async (stores) => {
      await stores.companies.upsertMany(companies);
      await stores.history.upsertContacts(contacts);
      await stores.history.upsertOptOuts(optOuts);
    },
  });
  try {
    const contacted = [...new Set(contacts.map((c) => c.cvr))];
    const picks = Array.from({ length: LOOKUPS }, (_, i) => companies.find((c) => c.cvr === contacted[(i * 7919) % contacted.length])!);
    const requests = Object.values(app.app.stores.tables).map((t) => recordRequests(t));
    const countRequests = (): number => requests.reduce((n, r) => n + r.length, 0);

    await sample(20, (i) => app.client.say(`har nogen kontaktet ${picks[i].name}?`)); // warm-up
    const before = countRequests();
    const lookups = await sample(LOOKUPS, (i) => app.client.say(`har nogen kontaktet ${picks[i].name} for nylig?`));
    const perLookup = (countRequests() - before) / LOOKUPS;
    // The look-up's own storage request, sent from here: the history store's partition query.
    const raw = await sample(LOOKUPS, (i) => app.stores.history.read(picks[i].cvr));
    return [
      contactCount.toLocaleString('en'), perLookup.toFixed(2),
      ms(percentile(lookups, 50)), ms(percentile(lookups, 95)),
      ms(percentile(raw, 50)), ms(percentile(raw, 95)),
      ms(percentile(lookups, 95) - percentile(raw, 95)),
    ];
  } finally {
    await app.stop();
  }
}

if (require.main === module) {
  runLookupBench().catch((e) => { console.error(e); process.exit(1); });
}
