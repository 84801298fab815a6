/**
 * Azure Tables stores no nulls and no arrays: absent properties read back as null, and lists are stored
 * as JSON text. These helpers keep that convention in one place.
 */

export type EntityProps = Record<string, string | number | boolean>;

/** Drops null/undefined so the entity carries only present values. */
export function present(props: Record<string, string | number | boolean | null | undefined>): EntityProps {
  const out: EntityProps = {};
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

export function str(e: Record<string, unknown>, key: string): string | null {
  const v = e[key];
  return typeof v === 'string' ? v : null;
}

export function reqStr(e: Record<string, unknown>, key: string): string {
  const v = e[key];
  if (typeof v !== 'string') throw new Error(`stored entity lacks text property ${key}`);
  return v;
}

export function num(e: Record<string, unknown>, key: string): number | null {
  const v = e[key];
  return typeof v === 'number' ? v : null;
}

export function bool(e: Record<string, unknown>, key: string): boolean {
  return e[key] === true;
}

export function list(e: Record<string, unknown>, key: string): string[] {
  const v = e[key];
  if (typeof v !== 'string' || v === '') return [];
  const parsed: unknown = JSON.parse(v);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
}

export function listText(values: readonly string[]): string | null {
  return values.length > 0 ? JSON.stringify(values) : null;
}

/**
 * A string property holds at most 32K UTF-16 characters and an entity 1 MiB, so long JSON is split over
 * numbered properties `<name>0`, `<name>1`, …; `undefined` when it needs more than `maxChunks`.
 */
export function chunkedText(name: string, text: string, maxChunks: number): Record<string, string> | undefined {
  const CHUNK = 30_000;
  const parts: Record<string, string> = {};
  for (let i = 0; i * CHUNK < text.length; i++) parts[`${name}${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  return Object.keys(parts).length > maxChunks ? undefined : parts;
}

export function joinChunks(e: Record<string, unknown>, name: string): string {
  let text = '';
  for (let i = 0; typeof e[`${name}${i}`] === 'string'; i++) text += e[`${name}${i}`] as string;
  return text;
}

/** Row keys may not hold / \ # ? or control characters; Teams ids can hold some of them. */
export function safeKey(key: string): string {
  return encodeURIComponent(key).replace(/%/g, '!');
}
