import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { isEdmType, isTableName, type BackupEntity } from '../store/tableBackup.js';
import type { TableName } from '../store/tableSet.js';

/**
 * The backup folder: `<Table>.ndjson.gz` (one entity a line) and `manifest.json`, written last, so a folder
 * whose backup was interrupted has no manifest and cannot be restored.
 */
export const SCHEMA_VERSION = 1;
export const MANIFEST = 'manifest.json';

export interface TableManifest { file: string; count: number; sha256: string }
export interface Manifest {
  schemaVersion: number;
  createdAt: string;
  source: { account: string; tablePrefix: string };
  tables: Partial<Record<TableName, TableManifest>>;
}

export function tableFile(name: TableName): string {
  return `${name}.ndjson.gz`;
}

/** Writes one table's pages to its gzipped NDJSON file; count and checksum are of the uncompressed lines. */
export async function writeTableFile(folder: string, name: TableName, pages: AsyncIterable<BackupEntity[]>): Promise<TableManifest> {
  const hash = createHash('sha256');
  let count = 0;
  async function* lines(): AsyncGenerator<string> {
    for await (const page of pages) {
      let chunk = '';
      for (const entity of page) chunk += JSON.stringify(entity) + '\n';
      hash.update(chunk);
      count += page.length;
      if (chunk) yield chunk;
    }
  }
  const file = tableFile(name);
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(path.join(folder, file), { flags: 'wx' }));
  return { file, count, sha256: hash.digest('hex') };
}

export async function writeManifest(folder: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(folder, MANIFEST), JSON.stringify(manifest, null, 2) + '\n', { flag: 'wx' });
}

/** A backup that must not be restored; the message says why, in Danish, for the operator. */
export class BackupRefused extends Error {}

export async function readManifest(folder: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path.join(folder, MANIFEST), 'utf8');
  } catch (e) {
    throw new BackupRefused(`Mappen ${folder} har ingen ${MANIFEST} (${(e as NodeJS.ErrnoException).code ?? 'ulæselig'}): sikkerhedskopien er ufuldstændig eller mappen forkert.`);
  }
  let m: Manifest;
  try {
    m = JSON.parse(text) as Manifest;
  } catch {
    throw new BackupRefused(`${MANIFEST} er ikke gyldig JSON.`);
  }
  if (m.schemaVersion !== SCHEMA_VERSION) throw new BackupRefused(`${MANIFEST} har skemaversion ${String(m.schemaVersion)}; denne version læser kun ${SCHEMA_VERSION}.`);
  if (typeof m.tables !== 'object' || m.tables === null) throw new BackupRefused(`${MANIFEST} nævner ingen tabeller.`);
  for (const [name, t] of Object.entries(m.tables)) {
    if (!isTableName(name)) throw new BackupRefused(`${MANIFEST} nævner en ukendt tabel: ${name}.`);
    if (!t || t.file !== tableFile(name) || !Number.isInteger(t.count) || !/^[0-9a-f]{64}$/.test(t.sha256)) throw new BackupRefused(`${MANIFEST}: posten for ${name} er ufuldstændig.`);
  }
  return m;
}

export function manifestTables(m: Manifest): [TableName, TableManifest][] {
  return Object.entries(m.tables) as [TableName, TableManifest][];
}

/** The records of one table file, a page at a time, with the running checksum and count of what was read. */
export async function* readTableFile(folder: string, t: TableManifest, pageSize = 1000): AsyncGenerator<BackupEntity[]> {
  const lines = createInterface({ input: createReadStream(path.join(folder, t.file)).pipe(createGunzip()), crlfDelay: Infinity });
  let page: BackupEntity[] = [];
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    page.push(parseRecord(line, t.file, lineNo));
    if (page.length >= pageSize) { yield page; page = []; }
  }
  if (page.length > 0) yield page;
}

function parseRecord(line: string, file: string, lineNo: number): BackupEntity {
  let r: BackupEntity;
  try {
    r = JSON.parse(line) as BackupEntity;
  } catch {
    throw new BackupRefused(`${file} linje ${lineNo} er ikke gyldig JSON.`);
  }
  const ok = typeof r.partitionKey === 'string' && typeof r.rowKey === 'string' && typeof r.properties === 'object' && r.properties !== null
    && Object.values(r.properties).every((p) => isEdmType(p?.type) && typeof p.value === 'string');
  if (!ok) throw new BackupRefused(`${file} linje ${lineNo} er ikke en gyldig række.`);
  return r;
}

/**
 * Reads every file in full before anything is written: checksum and count must match the manifest, and a
 * truncated or damaged gzip stream is refused like a wrong checksum.
 */
export async function verifyFolder(folder: string, m: Manifest): Promise<void> {
  for (const [name, t] of manifestTables(m)) {
    const hash = createHash('sha256');
    let count = 0;
    try {
      const input = createReadStream(path.join(folder, t.file)).pipe(createGunzip());
      for await (const chunk of input) {
        hash.update(chunk as Buffer);
        for (const byte of chunk as Buffer) if (byte === 0x0a) count++;
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new BackupRefused(code === 'ENOENT'
        ? `${t.file} mangler i mappen.`
        : `${t.file} kan ikke pakkes ud (${code ?? (e as Error).message}): filen er beskadiget eller afkortet.`);
    }
    if (hash.digest('hex') !== t.sha256) throw new BackupRefused(`${t.file}: kontrolsummen passer ikke med ${MANIFEST}; filen er ændret eller beskadiget.`);
    if (count !== t.count) throw new BackupRefused(`${t.file}: ${count} rækker, men ${MANIFEST} siger ${t.count} for ${name}.`);
  }
}
