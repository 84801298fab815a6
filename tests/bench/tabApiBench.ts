import type { LocalUser } from '../../bot/contract/api.js';
import { generateDemoData } from '../../bot/demo/index.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp } from '../support/testApp.js';
import { ms, percentile, sample, table } from './stats.js';

/**
 * Issue 5: what a cold start of the read model costs (loading the contact journal from Azurite) and the
 * overview and plan served warm through the tab API, at 5,000 companies and 100,000 contacts.
 */
export async function runTabApiBench(): Promise<void> {
  const azurite = await startTestAzurite();
  try {
    const data = generateDemoData({ now: new Date(), companyCount: 5000, targetContactCount: 100_000 });
    const seedStart = performance.now();
    const app = await startTestApp(azurite, {
      seed: async (s) => {
        await s.companies.upsertMany(data.companies);
        await s.journal.upsertMany(data.contacts);
        await s.optOutRegister.upsertMany(data.optOuts);
      },
    });
    const seedMs = performance.now() - seedStart;
    try {
      const users = (await (await fetch(`${app.baseUrl}/api/tab/local-auth/users`)).json()) as LocalUser[];
      const coordinator = users.find((u) => u.coordinator)!;
      const { token } = (await (await fetch(`${app.baseUrl}/api/tab/local-auth/token`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId: coordinator.userId }),
      })).json()) as { token: string };
      const get = (path: string, method = 'GET') => fetch(`${app.baseUrl}${path}`, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: method === 'POST' ? '{"size":40}' : undefined }).then((r) => r.arrayBuffer());
      await sample(3, () => get('/api/tab/overview'));
      const overview = await sample(20, () => get('/api/tab/overview'));
      const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
      const year = await sample(10, () => get(`/api/tab/overview?from=${yearAgo}`));
      const plan = await sample(10, () => get('/api/tab/plans/generate', 'POST'));
      const refresh = await sample(10, () => app.app.readModel.refresh());
      console.log(`\n## Tab API (issue 5): ${data.companies.length.toLocaleString('en')} companies, ${app.app.readModel.size.toLocaleString('en')} contacts in the read model (seeding took ${(seedMs / 1000).toFixed(1)} s)`);
      console.log(table(['measure', 'p50 ms', 'p95 ms'], [
        ['cold start: read model loaded from the journal (once)', ms(app.app.readModel.coldLoadMs), '–'],
        ['GET /api/tab/overview (default 90 days), warm', ms(percentile(overview, 50)), ms(percentile(overview, 95))],
        ['GET /api/tab/overview (12 months), warm', ms(percentile(year, 50)), ms(percentile(year, 95))],
        ['POST /api/tab/plans/generate (40 items)', ms(percentile(plan, 50)), ms(percentile(plan, 95))],
        ['read model catch-up from the journal (no news)', ms(percentile(refresh, 50)), ms(percentile(refresh, 95))],
      ]));
    } finally {
      await app.stop();
    }
  } finally {
    await azurite.stop();
  }
}

if (require.main === module) {
  runTabApiBench().catch((e) => { console.error(e); process.exit(1); });
}
