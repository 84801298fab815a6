import { mkdir, readdir } from 'node:fs/promises';
import { accountNameOf, backupTableNames, exportTable } from '../store/tableBackup.js';
import { SCHEMA_VERSION, writeManifest, writeTableFile, type Manifest } from './backupFolder.js';
import { withConfiguredStores } from './configuredStores.js';
import { perSecond, rowProgress } from './progressBar.js';

/**
 * `npm run backup -- <folder>`: every table of the product to `<folder>/<Table>.ndjson.gz` and a manifest.
 * Exit status: 0 done, 2 no folder or the folder is not empty, 78 wrong storage settings, 1 anything else.
 */
async function main(): Promise<number> {
  const folder = process.argv[2];
  if (!folder) {
    console.error('Brug: npm run backup -- <mappe>');
    return 2;
  }
  await mkdir(folder, { recursive: true });
  if ((await readdir(folder)).length > 0) {
    console.error(`Mappen ${folder} er ikke tom: vælg en ny mappe til hver sikkerhedskopi.`);
    return 2;
  }
  return withConfiguredStores(async (stores, where, tablePrefix) => {
    console.log(`Sikkerhedskopierer ${where} (tabelpræfiks "${tablePrefix}") til ${folder}`);
    const manifest: Manifest = {
      schemaVersion: SCHEMA_VERSION,
      createdAt: new Date().toISOString(),
      source: { account: accountNameOf(stores.tables.Companies), tablePrefix },
      tables: {},
    };
    let rows = 0;
    const started = performance.now();
    for (const name of backupTableNames()) {
      const progress = rowProgress(name, null);
      const pages = (async function* () {
        try {
          for await (const page of exportTable(stores.tables[name])) { progress.add(page.length); yield page; }
        } catch (e) {
          // A table the Bicep has not made yet is simply empty.
          if ((e as { statusCode?: number }).statusCode !== 404) throw e;
        }
      })();
      const t = await writeTableFile(folder, name, pages);
      const seconds = progress.end();
      manifest.tables[name] = t;
      rows += t.count;
      console.log(`  ${name}: ${t.count} rækker på ${seconds.toFixed(1)} s (${perSecond(t.count, seconds)} rækker/s)`);
    }
    await writeManifest(folder, manifest);
    const seconds = (performance.now() - started) / 1000;
    console.log(`Færdig: ${rows} rækker i ${backupTableNames().length} tabeller på ${seconds.toFixed(1)} s (${perSecond(rows, seconds)} rækker/s).`);
    console.log('Sikkerhedskopien indeholder personoplysninger: opbevar den krypteret og slet den efter opbevaringsperioden.');
    return 0;
  });
}

main().then((code) => process.exit(code), (e) => {
  console.error(`Sikkerhedskopien fejlede: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
