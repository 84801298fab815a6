import { nonEmptyTables, restoreWriter } from '../store/tableBackup.js';
import { BackupRefused, manifestTables, readManifest, readTableFile, verifyFolder } from './backupFolder.js';
import { withConfiguredStores } from './configuredStores.js';
import { perSecond, rowProgress } from './progressBar.js';

/**
 * `npm run restore -- <folder> [--force]`: loads a backup into the configured storage. Every file is checked
 * against the manifest before the first write, and tables that already hold rows are refused unless --force.
 * Exit status: 0 done, 2 wrong arguments, 3 the backup is refused, 4 the target is not empty, 78 wrong
 * storage settings, 1 anything else.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const rest = args.filter((a) => a !== '--force');
  if (rest.length !== 1) {
    console.error('Brug: npm run restore -- <mappe> [--force]');
    return 2;
  }
  const folder = rest[0];
  const manifest = await readManifest(folder);
  const tables = manifestTables(manifest);
  console.log(`Kontrollerer sikkerhedskopien fra ${manifest.createdAt} (${manifest.source.account}, præfiks "${manifest.source.tablePrefix}")…`);
  await verifyFolder(folder, manifest);
  console.log(`Alle ${tables.length} filer passer med manifestet (${tables.reduce((n, [, t]) => n + t.count, 0)} rækker).`);

  return withConfiguredStores(async (stores, where, tablePrefix) => {
    const occupied = await nonEmptyTables(stores.tables, tables.map(([name]) => name));
    if (occupied.length > 0 && !force) {
      console.error(`Intet er skrevet: disse tabeller i ${where} (præfiks "${tablePrefix}") har allerede rækker: ${occupied.join(', ')}. `
        + 'Gendan til et tomt lager, eller brug --force for at skrive rækkerne fra sikkerhedskopien oven i dem.');
      return 4;
    }
    console.log(`Gendanner til ${where} (præfiks "${tablePrefix}")${occupied.length > 0 ? ' oven i eksisterende rækker (--force)' : ''}`);
    let rows = 0;
    const started = performance.now();
    for (const [name, t] of tables) {
      const progress = rowProgress(name, t.count);
      const writer = restoreWriter(stores.tables[name], (n) => progress.add(n));
      for await (const page of readTableFile(folder, t)) await writer.write(page);
      await writer.flush();
      const seconds = progress.end();
      rows += t.count;
      console.log(`  ${name}: ${t.count} rækker på ${seconds.toFixed(1)} s (${perSecond(t.count, seconds)} rækker/s)`);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`Færdig: ${rows} rækker gendannet på ${seconds.toFixed(1)} s (${perSecond(rows, seconds)} rækker/s).`);
    return 0;
  });
}

main().then((code) => process.exit(code), (e) => {
  if (e instanceof BackupRefused) {
    console.error(`Gendannelsen er afvist, intet er skrevet: ${e.message}`);
    process.exit(3);
  }
  console.error(`Gendannelsen fejlede: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
