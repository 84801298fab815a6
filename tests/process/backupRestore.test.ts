import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Contact, OptOut } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { createStores, type Stores } from '../../bot/store/index.js';
import { exportTable, nonEmptyTables, type BackupEntity } from '../../bot/store/tableBackup.js';
import { TABLE_NAMES } from '../../bot/store/tableSet.js';
import { testCompany, validCvr } from '../support/companies.js';
import { cleanEnv, spawnNode } from '../support/processes.js';
import { freshStores, startTestAzurite, tablePrefixOf } from '../support/storage.js';

const GUID = '6f9619ff-8b86-d011-b42d-00c04fc964ff';
const BIG = 9_007_199_254_740_993n; // past Number.MAX_SAFE_INTEGER: only Int64 keeps it

function contact(i: number): Contact {
  const at = Date.parse('2026-11-02T09:00:00Z') + i * 60_000;
  return {
    id: newEventId(at), cvr: validCvr(3000 + (i % 40)), unit: 'jobcenter', staffName: 'Pia Mølgaard', staffId: null,
    date: new Date(at).toISOString().slice(0, 10), channel: 'telefon', purpose: 'rekruttering', outcome: null, followUpDate: null,
    note: `Talte med ejeren om løntilskud ${i} – «æøå»\nanden linje`, rating: 4, createdAt: new Date(at).toISOString(), createdBy: 'Pia Mølgaard',
  };
}

function optOut(i: number): OptOut {
  return {
    id: `o${i}`, cvr: validCvr(3000 + i), pNumber: null, scope: { kind: 'all' }, reason: 'Ønsker ikke kontakt', source: 'telefon',
    date: '2026-10-01', registeredAt: '2026-10-01T08:00:00.000Z', registeredBy: 'Ole Hansen', revokedAt: null, revokedBy: null, revokeReason: null,
  };
}

async function everything(stores: Stores): Promise<Record<string, BackupEntity[]>> {
  const out: Record<string, BackupEntity[]> = {};
  for (const name of TABLE_NAMES) {
    out[name] = [];
    for await (const page of exportTable(stores.tables[name])) out[name].push(...page);
  }
  return out;
}

describe('npm run backup / npm run restore (issue 15, item 5)', function () {
  this.timeout(240_000);
  let azurite: RunningAzurite;
  let source: Stores;
  let work: string;
  let backup: string;
  let counter = 0;

  const run = (script: 'backup' | 'restore', args: string[], prefix: string) => {
    const p = spawnNode(`bot/scripts/${script}.js`, args, cleanEnv({ TABLES_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: prefix }));
    return p.exited.then((code) => ({ code, output: p.output() }));
  };
  const emptyPrefix = () => `r${Date.now().toString(36)}${counter++}`;
  const storesAt = (prefix: string) => createStores({ kind: 'connectionString', connectionString: azurite.connectionString }, prefix);

  before(async () => {
    azurite = await startTestAzurite();
    source = await freshStores(azurite);
    work = await mkdtemp(path.join(tmpdir(), 'backup-test-'));
    await source.tables.Settings.createEntity({
      partitionKey: 'edm', rowKey: 'all-types', text: 'Grenå Havn ApS', yes: true, no: false, int32: 42, negative: -7,
      int64: BIG, double: 1.25, wholeDouble: { type: 'Double', value: '2' }, when: new Date('2026-12-04T08:15:30.123Z'),
      guid: { type: 'Guid', value: GUID }, bytes: new Uint8Array([0, 1, 2, 254, 255]), empty: '',
    });
    // 250 rows in one partition: more than one transaction of 100 on restore.
    await source.tables.Plans.submitTransaction(Array.from({ length: 100 }, (_, i) => ['upsert', { partitionKey: 'big', rowKey: String(i).padStart(4, '0'), n: i }]));
    await source.tables.Plans.submitTransaction(Array.from({ length: 100 }, (_, i) => ['upsert', { partitionKey: 'big', rowKey: String(100 + i).padStart(4, '0'), n: 100 + i }]));
    await source.tables.Plans.submitTransaction(Array.from({ length: 50 }, (_, i) => ['upsert', { partitionKey: 'big', rowKey: String(200 + i).padStart(4, '0'), n: 200 + i }]));
    await source.companies.upsertMany(Array.from({ length: 40 }, (_, i) => testCompany({ cvr: validCvr(3000 + i), name: `Virksomhed ${i} A/S` })));
    const contacts = Array.from({ length: 120 }, (_, i) => contact(i));
    await source.history.upsertContacts(contacts);
    await source.journal.upsertMany(contacts);
    await source.optOutRegister.upsertMany([optOut(1), optOut(2), optOut(3)]);

    backup = path.join(work, 'nightly');
    const { code, output } = await run('backup', [backup], tablePrefixOf(source));
    assert.equal(code, 0, output);
  });
  after(async () => {
    await azurite?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('writes one gzipped NDJSON file per table and a manifest with counts and SHA-256, and no key', async () => {
    const manifest = JSON.parse(await readFile(path.join(backup, 'manifest.json'), 'utf8'));
    assert.equal(manifest.schemaVersion, 1);
    assert.deepEqual(manifest.source, { account: 'devstoreaccount1', tablePrefix: tablePrefixOf(source) });
    assert.deepEqual(Object.keys(manifest.tables).sort(), [...TABLE_NAMES].sort());
    const data = await everything(source);
    for (const name of TABLE_NAMES) {
      const ndjson = gunzipSync(await readFile(path.join(backup, `${name}.ndjson.gz`)));
      assert.equal(manifest.tables[name].count, data[name].length, name);
      assert.equal(ndjson.toString().split('\n').filter(Boolean).length, data[name].length, name);
    }
    assert.equal(manifest.tables.Plans.count, 250);
    assert.equal(manifest.tables.ContactJournal.count, 120);
    assert.doesNotMatch(await readFile(path.join(backup, 'manifest.json'), 'utf8'), /AccountKey|Eby8vdM02/);
  });

  it('restores into an empty prefix with every entity equal, properties and EDM types', async () => {
    const prefix = emptyPrefix();
    const { code, output } = await run('restore', [backup], prefix);
    assert.equal(code, 0, output);
    const target = storesAt(prefix);
    assert.deepEqual(await everything(target), await everything(source));

    const typesOf = async (s: Stores) => {
      const row = await s.tables.Settings.getEntity<Record<string, unknown>>('edm', 'all-types', { disableTypeConversion: true });
      return Object.fromEntries(Object.entries(row).filter(([k]) => !['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata'].includes(k)).map(([k, v]) => [k, (v as { type: string }).type]));
    };
    const types = await typesOf(target);
    assert.deepEqual(types, await typesOf(source));
    // A whole-number Double comes back from the service as a bare number (read as Int32) on both sides.
    assert.deepEqual({ ...types, wholeDouble: undefined }, {
      text: 'String', yes: 'Boolean', no: 'Boolean', int32: 'Int32', negative: 'Int32', int64: 'Int64', double: 'Double',
      wholeDouble: undefined, when: 'DateTime', guid: 'Guid', bytes: 'Binary', empty: 'String',
    });
    const typed = await target.tables.Settings.getEntity('edm', 'all-types');
    assert.equal(typed.int64, BIG);
    assert.deepEqual([...(typed.bytes as Uint8Array)], [0, 1, 2, 254, 255]);
    assert.equal((typed.when as Date).toISOString(), '2026-12-04T08:15:30.123Z');
    // The product reads its own data back through its stores.
    assert.equal((await target.optOutRegister.listAll()).length, 3);
    assert.deepEqual(await target.history.read(validCvr(3000)), await source.history.read(validCvr(3000)));
  });

  async function refusedWith(mutate: (folder: string) => Promise<void>, message: RegExp): Promise<void> {
    const folder = path.join(work, `broken${counter++}`);
    await cp(backup, folder, { recursive: true });
    await mutate(folder);
    const prefix = emptyPrefix();
    const { code, output } = await run('restore', [folder], prefix);
    assert.equal(code, 3, output);
    assert.match(output, message);
    assert.deepEqual(await nonEmptyTables(storesAt(prefix).tables, TABLE_NAMES), [], 'nothing written');
  }

  it('refuses a file whose content was changed (checksum), writing nothing', async () => {
    await refusedWith(async (folder) => {
      const file = path.join(folder, 'OptOuts.ndjson.gz');
      const text = gunzipSync(await readFile(file)).toString().replace('Ønsker ikke kontakt', 'Ønsker kontakt');
      await writeFile(file, gzipSync(text));
    }, /OptOuts\.ndjson\.gz: kontrolsummen passer ikke/);
  });

  it('refuses a truncated file, writing nothing', async () => {
    await refusedWith(async (folder) => {
      const file = path.join(folder, 'ContactJournal.ndjson.gz');
      await truncate(file, Math.floor((await readFile(file)).length / 2));
    }, /ContactJournal\.ndjson\.gz kan ikke pakkes ud.*beskadiget eller afkortet/);
  });

  it('refuses a manifest whose count is wrong, writing nothing', async () => {
    await refusedWith(async (folder) => {
      const file = path.join(folder, 'manifest.json');
      const manifest = JSON.parse(await readFile(file, 'utf8'));
      manifest.tables.Plans.count = 249;
      await writeFile(file, JSON.stringify(manifest));
    }, /Plans\.ndjson\.gz: 250 rækker, men manifest\.json siger 249/);
  });

  it('refuses a folder without a manifest (an interrupted backup)', async () => {
    await refusedWith((folder) => rm(path.join(folder, 'manifest.json')), /ingen manifest\.json/);
  });

  it('refuses a non-empty target without --force, and overwrites it with --force', async () => {
    const prefix = emptyPrefix();
    const target = storesAt(prefix);
    await target.tables.Plans.createTable();
    await target.tables.Plans.upsertEntity({ partitionKey: 'big', rowKey: '0000', n: -1, extra: 'x' }, 'Replace');
    const refused = await run('restore', [backup], prefix);
    assert.equal(refused.code, 4, refused.output);
    assert.match(refused.output, /Intet er skrevet.*Plans/);
    assert.deepEqual(await nonEmptyTables(target.tables, TABLE_NAMES), ['Plans']);

    const forced = await run('restore', [backup, '--force'], prefix);
    assert.equal(forced.code, 0, forced.output);
    assert.deepEqual(await everything(target), await everything(source));
  });

  it('refuses a folder that is not empty for a new backup', async () => {
    const { code, output } = await run('backup', [backup], tablePrefixOf(source));
    assert.equal(code, 2, output);
    assert.match(output, /ikke tom/);
  });
});
