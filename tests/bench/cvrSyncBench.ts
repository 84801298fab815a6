import { generateCompanies } from '../../bot/demo/index.js';
import { CompanyDirectory } from '../../bot/services/companyDirectory.js';
import { CompanyFinder } from '../../bot/services/companyFinder.js';
import { CvrSource } from '../../bot/services/cvr/cvrSource.js';
import { CvrSyncService } from '../../bot/services/cvr/cvrSyncService.js';
import { importCompanies } from '../../bot/services/importCompanies.js';
import type { Stores } from '../../bot/store/index.js';
import { validCvr } from '../support/companies.js';
import { CvrStandIn, cvrHit } from '../support/cvrStandIn.js';
import { freshStores, startTestAzurite } from '../support/storage.js';
import { table } from './stats.js';

/**
 * Issue 19: a full CVR sync of 100,000 documents from the stand-in (CVR_BENCH_DOCS to change), beside the
 * import's rate and Azurite's raw batch floor on the same companies, and a delta of 500 changes: seconds
 * until the bot's matcher finds the one new company among them.
 */
export async function runCvrSyncBench(): Promise<void> {
  const count = Number(process.env.CVR_BENCH_DOCS ?? 100_000);
  const azurite = await startTestAzurite();
  const cvr = new CvrStandIn();
  const baseUrl = await cvr.start();
  try {
    const companies = generateCompanies({ seed: 19, count }).map((c) => ({ ...c, fictional: false }));
    const hit = (c: (typeof companies)[number], extra: { status?: string; sidstOpdateret?: string } = {}) => cvrHit({
      cvr: c.cvr, name: c.name, kommune: Number(c.address.municipalityCode ?? 707), postnummer: Number(c.address.postalCode ?? 8500),
      by: c.address.town ?? 'Grenaa', branchekode: c.industryCode ?? '561010', reklamebeskyttet: c.advertisingProtected, ...extra,
    });
    cvr.put(...companies.map((c) => hit(c)));

    let clock = Date.now();
    const now = (): Date => new Date(clock);
    const stores = await freshStores(azurite, now);
    const directory = new CompanyDirectory(stores.companies, now);
    const finder = new CompanyFinder(directory);
    await directory.load();
    const sync = syncOver(stores, directory, baseUrl, cvr, now);
    const fullStart = performance.now();
    const full = await sync.tick();
    const fullMs = performance.now() - fullStart;
    if (full.kind !== 'ran') throw new Error(`full sync did not run: ${JSON.stringify(full)}`);

    const importStores = await freshStores(azurite);
    const importStart = performance.now();
    const imported = await importCompanies({ format: 'cvr-json', rows: companies.map((c, i) => ({ line: i + 1, company: c })), errors: [] }, importStores.companies);
    const importMs = performance.now() - importStart;

    const raw = (await freshStores(azurite)).tables.Companies;
    const rawStart = performance.now();
    for (let i = 0; i < companies.length; i += 100) {
      await raw.submitTransaction(companies.slice(i, i + 100).map((c) => ['upsert', { partitionKey: 'p' + String(Math.floor(i / 100) % 100), rowKey: c.cvr, name: c.name }]));
    }
    const rawMs = performance.now() - rawStart;

    // An hour later: 499 companies ceased and one new one, all updated just now.
    clock += 3600_000;
    const updated = new Date(clock).toISOString();
    const inMunicipality = companies.filter((c) => c.inMunicipality);
    cvr.put(...inMunicipality.slice(0, 499).map((c) => hit(c, { status: 'OPHØRT', sidstOpdateret: updated })));
    const fresh = { cvr: validCvr(999_999), name: 'Kattegatcentrets Nye Isbod ApS' };
    cvr.put(cvrHit({ ...fresh, sidstOpdateret: updated }));
    const deltaStart = performance.now();
    let foundMs: number | null = null;
    directory.onChange((changed) => {
      if (foundMs === null && changed.some((c) => c.cvr === fresh.cvr) && finder.find('Kattegatcentrets Nye Isbod').hits[0]?.cvr === fresh.cvr) {
        foundMs = performance.now() - deltaStart;
      }
    });
    const delta = await sync.tick();
    const deltaMs = performance.now() - deltaStart;
    if (delta.kind !== 'ran') throw new Error(`delta did not run: ${JSON.stringify(delta)}`);

    const rate = (n: number, msTaken: number): number => Math.round(n / (msTaken / 1000));
    console.log(`\n## CVR sync (issue 19): ${count.toLocaleString('en')} Vrvirksomhed documents from the local ES 1.7 stand-in, pages of 1,000`);
    console.log(table(['step', 'rows', 'seconds', 'rows/s'], [
      ['full sync (search + scroll + parse + compare + journal + upsert)', full.run.fetched, (fullMs / 1000).toFixed(2), rate(full.run.fetched, fullMs)],
      ['import of the same companies (compare + journal + upsert)', imported.inserted, (importMs / 1000).toFixed(2), rate(imported.inserted, importMs)],
      ['raw Azurite batch upserts (floor)', companies.length, (rawMs / 1000).toFixed(2), rate(companies.length, rawMs)],
      [`delta: ${delta.run.fetched} documents, ${delta.run.updated + delta.run.inserted} written, ${delta.run.changes} changes`, delta.run.fetched, (deltaMs / 1000).toFixed(2), rate(delta.run.fetched, deltaMs)],
    ]));
    console.log(`Seconds from the delta's start until the bot's matcher finds the new company: ${foundMs === null ? 'not found' : ((foundMs as number) / 1000).toFixed(2)}`);
  } finally {
    await cvr.stop();
    await azurite.stop();
  }
}

function syncOver(stores: Stores, directory: CompanyDirectory, baseUrl: string, cvr: CvrStandIn, now: () => Date): CvrSyncService {
  const source = new CvrSource({ baseUrl, user: cvr.user, password: cvr.password, pageSize: 1000, requestTimeoutMs: 120_000, scrollKeepAlive: '5m', maxAttempts: 3, backoffMs: 100 });
  return new CvrSyncService({
    source, store: stores.cvrSync, companies: stores.companies, directory, now, instanceId: 'bench', log: () => undefined,
    settings: { municipalityCodes: ['707'], deltaMinutes: 60, fullDays: 7, pageSize: 1000, writeBatch: Number(process.env.CVR_BENCH_WRITE_BATCH ?? 5000) },
  });
}
