import { readFileSync } from 'node:fs';
import { ConfigError, loadMunicipalityCodes } from '../config.js';
import { parseCompanyBytes } from '../domain/companyImport/index.js';
import { importCompanies } from '../services/importCompanies.js';
import { CONFIG_EXIT, withConfiguredStores } from './configuredStores.js';
import { progressBar } from './progressBar.js';

/**
 * `npm run import -- <file>`: CSV or CVR JSON into the register `npm start` uses (or the configured storage).
 * Exit status: 0 when anything was imported (bad lines are reported), 1 when nothing could be, 2 when the
 * file cannot be read, 78 when the storage settings are wrong.
 */

const MAX_ERRORS_SHOWN = 50;

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error('Brug: npm run import -- <fil.csv | fil.json>');
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`Kan ikke læse filen ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }

  let codes: string[];
  try {
    codes = loadMunicipalityCodes();
  } catch (e) {
    if (e instanceof ConfigError) { console.error(e.message); return CONFIG_EXIT; }
    throw e;
  }
  const parsed = parseCompanyBytes(bytes, file, codes);
  const encoding = parsed.encoding === null ? '' : `, tegnsæt ${parsed.encoding}`;
  const inside = parsed.rows.filter((r) => r.company.inMunicipality).length;
  console.log(`Læst ${file} (${parsed.format === 'csv' ? 'CSV' : 'CVR JSON'}${encoding}): ${parsed.rows.length} gyldige rækker, ${parsed.errors.length} fejl`);
  console.log(`${inside} af dem er registreret i kommunekode ${codes.join(', ')} (CVR_MUNICIPALITY_CODES).`);
  for (const err of parsed.errors.slice(0, MAX_ERRORS_SHOWN)) console.log(`  linje ${err.line}: ${err.reason}`);
  if (parsed.errors.length > MAX_ERRORS_SHOWN) console.log(`  … og ${parsed.errors.length - MAX_ERRORS_SHOWN} fejl mere`);
  if (parsed.rows.length === 0) {
    console.error('Intet blev importeret: filen har ingen gyldige rækker.');
    return 1;
  }

  return withConfiguredStores(async (stores, where) => {
    await stores.ensure();
    const bar = progressBar('Importerer');
    const started = performance.now();
    const report = await importCompanies(parsed, stores.companies, (done, total) => bar.update(done, total));
    bar.end();
    const seconds = (performance.now() - started) / 1000;
    console.log(`Færdig på ${seconds.toFixed(1)} s i ${where}: ${report.inserted} nye, ${report.updated} ændrede, ${report.unchanged} uændrede, ${report.errors.length} afviste linjer.`);
    return 0;
  });
}

main().then((code) => process.exit(code), (e) => {
  console.error(`Importen fejlede: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
