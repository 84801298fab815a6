/**
 * `npm run package [-- <env>]`: builds appPackage/build/appPackage.<env>.zip for upload to Teams
 * (Teams admin center or "Upload a custom app"), the same package `atk provision` builds, but
 * offline and without the toolkit. Values for the `${{KEY}}` placeholders come from
 * env/.env.<env>, then env/.env.<env>.user, then process.env (which wins, so a pipeline can inject
 * them). The filled manifest and localization files are validated against the official schema
 * shipped in @microsoft/app-manifest before anything is written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';

/** The toolkit's own placeholder syntax, so one manifest serves `atk` and this script alike. */
export const PLACEHOLDER = /\$\{\{ *([A-Za-z_][A-Za-z0-9_]*) *\}\}/g;

/** Like the toolkit, only the name suffix may legitimately be empty (the production name has none). */
export const MAY_BE_EMPTY: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);

export const ICON_SIZES: Readonly<Record<'color' | 'outline', number>> = { color: 192, outline: 32 };

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

/** dotenv subset the toolkit writes: KEY=VALUE lines, # comments, optional surrounding quotes. */
export function parseDotenv(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim().replace(/^export\s+/, '');
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
      value = value.slice(1, -1);
    }
    values.set(key, value);
  }
  return values;
}

export interface LoadedEnvironment {
  /** Values from the files (.user over the base file); a key present but empty maps to ''. */
  values: Map<string, string>;
  /** Files read, for messages. */
  files: string[];
  /** Effective value of a key: a non-empty process.env value wins over the files. */
  lookup: (key: string) => string | undefined;
}

export function loadEnvironment(root: string, envName: string, processEnv: NodeJS.ProcessEnv = process.env): LoadedEnvironment {
  const base = join(root, 'env', `.env.${envName}`);
  if (!existsSync(base)) {
    throw new PackageError(`env/.env.${envName} does not exist. Use an environment that has a file in env/ (for example dev or local).`);
  }
  const files = [`env/.env.${envName}`];
  const values = parseDotenv(readFileSync(base, 'utf8'));
  const userFile = `${base}.user`;
  if (existsSync(userFile)) {
    files.push(`env/.env.${envName}.user`);
    for (const [k, v] of parseDotenv(readFileSync(userFile, 'utf8'))) values.set(k, v);
  }
  const lookup = (key: string): string | undefined => processEnv[key] || values.get(key);
  return { values, files, lookup };
}

/** Replaces every placeholder; returns the keys that had no usable value instead of guessing. */
export function fillPlaceholders(text: string, lookup: (key: string) => string | undefined): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, key: string) => {
    const value = lookup(key);
    if (value === undefined || (value === '' && !MAY_BE_EMPTY.has(key))) {
      missing.add(key);
      return whole;
    }
    return value;
  });
  return { text: filled, missing: [...missing].sort() };
}

const schemaRoot = (): string => join(dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');

export function schemaFile(manifestVersion: string, kind: 'manifest' | 'localization'): string {
  const name = kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  return join(schemaRoot(), `v${manifestVersion}`, name);
}

/** Newest numbered schema version the installed @microsoft/app-manifest ships (vDevPreview excluded). */
export function newestSchemaVersion(): string {
  const versions = readdirSync(schemaRoot())
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => {
      const [a1, a2] = a.split('.').map(Number);
      const [b1, b2] = b.split('.').map(Number);
      return a1 - b1 || a2 - b2;
    });
  const newest = versions.at(-1);
  if (!newest) throw new PackageError(`No Teams schemas found under ${schemaRoot()}`);
  return newest;
}

/**
 * Validates a document against one of the shipped draft-04 schemas, with the options the package
 * itself uses; returns readable errors (empty when valid). Compiled validators are cached per file.
 */
const validators = new Map<string, ValidateFunction>();
export function validateAgainstSchema(doc: unknown, file: string): string[] {
  let validate = validators.get(file);
  if (!validate) {
    if (!existsSync(file)) throw new PackageError(`Schema ${file} is not installed: is @microsoft/app-manifest up to date?`);
    // The published schemas contain \a and \v escapes that JSON.parse rejects; the package cleans them the same way.
    const raw = readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
    // Without the u flag: the localization schema has a pattern (`\b]`) that is only valid in
    // non-unicode regular expressions, which is what JSON Schema draft-04 patterns are anyway.
    const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(JSON.parse(raw) as object);
    validators.set(file, validate);
  }
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`);
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface BuildOptions {
  root: string;
  env: string;
  /** Where the zip goes; appPackage/build by default. */
  outDir?: string;
  processEnv?: NodeJS.ProcessEnv;
}

export interface BuildResult {
  zipPath: string;
  /** Names inside the zip, in the order they were added. */
  entries: string[];
  manifest: Record<string, unknown>;
}

interface ManifestShape {
  manifestVersion?: string;
  icons?: { color?: string; outline?: string };
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { file?: string }[] };
}

export async function buildAppPackage(options: BuildOptions): Promise<BuildResult> {
  const appDir = join(options.root, 'appPackage');
  const { lookup, files } = loadEnvironment(options.root, options.env, options.processEnv);
  const fill = (relative: string): string => {
    const path = join(appDir, relative);
    if (!existsSync(path)) throw new PackageError(`appPackage/${relative} is referenced by the manifest but does not exist.`);
    const { text, missing } = fillPlaceholders(readFileSync(path, 'utf8'), lookup);
    if (missing.length > 0) {
      throw new PackageError(
        `appPackage/${relative} needs values for ${missing.map((k) => `\${{${k}}}`).join(', ')}, ` +
          `but ${files.join(' / ')} and the environment leave them empty or undefined. ` +
          `Run \`atk provision --env ${options.env}\` first, or set them in env/.env.${options.env}.`,
      );
    }
    return text;
  };

  const parse = (relative: string, text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new PackageError(`appPackage/${relative} is not valid JSON once filled: ${(e as Error).message}`);
    }
  };
  const manifestText = fill('manifest.json');
  const manifest = parse('manifest.json', manifestText) as Record<string, unknown> & ManifestShape;
  const version = manifest.manifestVersion ?? '';
  const problems = validateAgainstSchema(manifest, schemaFile(version, 'manifest')).map((e) => `manifest.json${e}`);

  const texts = new Map<string, string | Buffer>([['manifest.json', manifestText]]);
  const localizationFiles = [
    manifest.localizationInfo?.defaultLanguageFile,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ].filter((f): f is string => typeof f === 'string');
  for (const file of localizationFiles) {
    const text = fill(file);
    texts.set(file, text);
    const errors = validateAgainstSchema(parse(file, text), schemaFile(version, 'localization'));
    problems.push(...errors.map((e) => `${file}${e}`));
  }
  for (const kind of ['color', 'outline'] as const) {
    const file = manifest.icons?.[kind];
    if (!file) continue; // the schema check above already reports a missing icon
    const path = join(appDir, file);
    if (!existsSync(path)) throw new PackageError(`appPackage/${file} (the ${kind} icon) does not exist.`);
    const bytes = readFileSync(path);
    const size = pngSize(bytes);
    const want = ICON_SIZES[kind];
    if (!size || size.width !== want || size.height !== want) {
      problems.push(`${file} must be a ${want}×${want} PNG (the ${kind} icon)`);
    }
    texts.set(file, bytes);
  }
  if (problems.length > 0) {
    throw new PackageError(`The app package for "${options.env}" is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }

  const zip = new JSZip();
  for (const [name, content] of texts) zip.file(name, content);
  const outDir = options.outDir ?? join(appDir, 'build');
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${options.env}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  writeFileSync(join(outDir, `manifest.${options.env}.json`), manifestText);
  return { zipPath, entries: [...texts.keys()], manifest };
}

/** The repository root: the nearest folder above `start` holding appPackage/manifest.json. */
export function findRoot(start: string): string {
  let dir = resolve(start);
  while (!existsSync(join(dir, 'appPackage', 'manifest.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new PackageError(`No appPackage/manifest.json above ${start}`);
    dir = parent;
  }
  return dir;
}

function envFromArgs(argv: string[]): string {
  const flag = argv.indexOf('--env');
  const value = flag >= 0 ? argv[flag + 1] : argv.find((a) => !a.startsWith('-'));
  return value ?? 'dev';
}

if (require.main === module) {
  const env = envFromArgs(process.argv.slice(2));
  buildAppPackage({ root: findRoot(__dirname), env })
    .then(({ zipPath, entries }) => console.log(`Wrote ${zipPath} (${entries.join(', ')})`))
    .catch((err: unknown) => {
      console.error(err instanceof PackageError ? err.message : err);
      process.exitCode = 1;
    });
}
