/**
 * Finds the company documents in what a CVR system-to-system dump can look like: one document per line
 * (NDJSON, the usual scroll export), a JSON array, a single document, or a raw Elasticsearch response.
 */
import type { ImportError } from './importResult.js';
import type { PositionNoun } from './rules.js';

export interface JsonItem {
  line: number;
  value: unknown;
}

export interface JsonItems {
  items: JsonItem[];
  errors: ImportError[];
  noun: PositionNoun;
}

/** The hits of an Elasticsearch response, or undefined when the value is not one. */
export function elasticHits(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const hits = (value as { hits?: unknown }).hits;
  if (typeof hits !== 'object' || hits === null) return undefined;
  const inner = (hits as { hits?: unknown }).hits;
  return Array.isArray(inner) ? inner : undefined;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** V8 names the failing offset ("at position 123"); turn it into the line the user can look at. */
function lineOfFailure(text: string, message: string): number | null {
  const lineCol = /\(line (\d+) column \d+\)/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const m = /position (\d+)/.exec(message);
  if (!m) return null;
  const head = text.slice(0, Number(m[1]));
  return head.split(/\r\n|\n|\r/).length;
}

function fromDocument(value: unknown): JsonItems {
  const list = Array.isArray(value) ? value : elasticHits(value);
  if (list === undefined) return { items: [{ line: 1, value }], errors: [], noun: 'linje' };
  return { items: list.map((v, i) => ({ line: i + 1, value: v })), errors: [], noun: 'element' };
}

function fromLines(lines: readonly string[]): JsonItems {
  const items: JsonItem[] = [];
  const errors: ImportError[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    const parsed = tryParse(text);
    if (!parsed.ok) {
      errors.push({ line: i + 1, reason: 'linjen er ikke gyldig JSON og er sprunget over' });
      return;
    }
    // A scroll export may store whole response pages, one per line.
    const hits = elasticHits(parsed.value);
    if (hits === undefined) items.push({ line: i + 1, value: parsed.value });
    else for (const hit of hits) items.push({ line: i + 1, value: hit });
  });
  return { items, errors, noun: 'linje' };
}

export function readJsonItems(text: string): JsonItems {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { items: [], errors: [{ line: 1, reason: 'filen er tom' }], noun: 'linje' };
  const whole = tryParse(body);
  if (whole.ok) return fromDocument(whole.value);

  // Only treat it as NDJSON when the first line stands on its own; otherwise a broken pretty-printed
  // document would turn into one complaint per line.
  const lines = body.split(/\r\n|\n|\r/);
  const firstLine = lines.find((l) => l.trim() !== '') ?? '';
  const first = tryParse(firstLine);
  if (first.ok && typeof first.value === 'object' && first.value !== null) return fromLines(lines);

  const line = lineOfFailure(body, whole.message);
  const where = line === null ? '' : ` (fejlen er omkring linje ${line})`;
  return {
    items: [],
    errors: [{ line: line ?? 1, reason: `filen kunne ikke læses som JSON${where}; intet er importeret` }],
    noun: 'linje',
  };
}
