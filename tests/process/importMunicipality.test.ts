import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { createStores } from '../../bot/store/index.js';
import { validCvr } from '../support/companies.js';
import { cleanEnv, spawnNode } from '../support/processes.js';
import { startTestAzurite } from '../support/storage.js';

/** `npm run import` reads CVR_MUNICIPALITY_CODES, the setting the CVR sync uses, instead of a fixed 707. */
describe('the import process and CVR_MUNICIPALITY_CODES', function () {
  this.timeout(90_000);
  let azurite: RunningAzurite;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ek-import-codes-'));
  const file = path.join(dir, 'virksomheder.csv');
  const RONDE = validCvr(4711);
  const GRENAA = validCvr(4712);

  before(async () => {
    azurite = await startTestAzurite();
    writeFileSync(
      file,
      `cvr;navn;postnr;by;kommunekode\n${RONDE};Rønde Bageri ApS;8410;Rønde;706\n${GRENAA};Grenaa Havnekiosk ApS;8500;Grenaa;707\n`,
    );
  });
  after(async () => {
    await azurite?.stop();
  });

  it('marks companies by the configured kommunekoder and says which it used', async () => {
    const env = cleanEnv({ TABLES_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'codes706', CVR_MUNICIPALITY_CODES: '706' });
    const run = spawnNode('bot/scripts/import.js', [file], env);
    assert.equal(await run.exited, 0, run.output());
    assert.match(run.output(), /1 af dem er registreret i kommunekode 706 \(CVR_MUNICIPALITY_CODES\)/);
    const stores = createStores({ kind: 'connectionString', connectionString: azurite.connectionString }, 'codes706');
    assert.equal((await stores.companies.get(RONDE))?.inMunicipality, true);
    assert.equal((await stores.companies.get(GRENAA))?.inMunicipality, false);
  });

  it('defaults to 707, and refuses a code that is not three digits (exit 78) before touching storage', async () => {
    const env = cleanEnv({ TABLES_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'codes707' });
    const run = spawnNode('bot/scripts/import.js', [file], env);
    assert.equal(await run.exited, 0, run.output());
    assert.match(run.output(), /1 af dem er registreret i kommunekode 707/);
    const stores = createStores({ kind: 'connectionString', connectionString: azurite.connectionString }, 'codes707');
    assert.equal((await stores.companies.get(GRENAA))?.inMunicipality, true);

    const bad = spawnNode('bot/scripts/import.js', [file], { ...env, CVR_MUNICIPALITY_CODES: 'Norddjurs' });
    assert.equal(await bad.exited, 78, bad.output());
    assert.match(bad.output(), /CVR_MUNICIPALITY_CODES must be three-digit kommunekoder/);
  });
});
