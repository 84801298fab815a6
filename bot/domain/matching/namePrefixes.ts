/**
 * Names by how they begin, as typed: what type-ahead sends at every keystroke ("christian søgaard au",
 * "kolind tag") is most often the start of the name meant. Entry ids sorted by their key answer "which
 * names begin with this" by binary search; when few do, they are the answer whatever the words score.
 */
import { foldText } from './normalize.js';

/** Sorted entries plus new ones are merged linearly; past this share of new ones, everything is sorted again. */
const RESORT_SHARE = 1 / 8;
/** A sort key packs the first CODE_CHARS characters of the key above the entry id, exactly, in one float64. */
const CODE_CHARS = 5;
const CODE_BASE = 42;
const ID_SPAN = 2 ** 26;

/** The folded name as typed: no owner part ("v/ …"), punctuation as single spaces. */
export function prefixKey(text: string): string {
  return foldText(text.includes('/') ? text.replace(/(^|\s)v\s*\/.*$/i, '') : text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export class NamePrefixes {
  /** Each entry's key while it is live, '' once removed. */
  private readonly keys: string[] = [];
  /** Entry ids in key order, and the key each had when sorted: a removed or re-keyed entry is skipped on reading. */
  private sortedIds: Int32Array = new Int32Array(0);
  private sortedKeys: string[] = [];
  private pending: number[] = [];

  add(key: string, entry: number): void {
    if (entry >= ID_SPAN) throw new RangeError(`The name index holds at most ${ID_SPAN} names`);
    this.keys[entry] = key;
    if (key !== '') this.pending.push(entry);
  }

  removed(entry: number): void {
    this.keys[entry] = '';
  }

  /** Entries whose key begins with `key`, or null when more than `max` do (then the start of the name says too little). */
  lookup(key: string, max: number): Array<{ entry: number; key: string }> | null {
    if (key.length < 2) return null;
    this.merge();
    const out: Array<{ entry: number; key: string }> = [];
    for (let i = lowerBound(this.sortedKeys, key); i < this.sortedKeys.length; i++) {
      const k = this.sortedKeys[i];
      if (!k.startsWith(key)) break;
      const entry = this.sortedIds[i];
      // Removed since the last merge.
      if (this.keys[entry] !== k) continue;
      if (out.length === max) return null;
      out.push({ entry, key: k });
    }
    return out;
  }

  private merge(): void {
    if (this.pending.length === 0) return;
    if (this.pending.length > this.sortedIds.length * RESORT_SHARE) {
      const all: number[] = [];
      this.keys.forEach((k, entry) => {
        if (k !== '') all.push(entry);
      });
      this.replace(this.sortByKey(all));
      return;
    }
    // A few new names (a day's register changes): merged into the sorted run, dropping stale ones.
    const fresh = this.sortByKey([...new Set(this.pending)].filter((entry) => this.keys[entry] !== ''));
    const ids: number[] = [];
    let i = 0;
    let j = 0;
    while (i < this.sortedIds.length || j < fresh.length) {
      const a = this.sortedIds[i];
      if (i < this.sortedIds.length && this.keys[a] !== this.sortedKeys[i]) {
        i++;
        continue;
      }
      if (j >= fresh.length || (i < this.sortedIds.length && this.before(a, fresh[j]))) {
        ids.push(a);
        i++;
      } else if (i < this.sortedIds.length && a === fresh[j]) {
        i++;
      } else ids.push(fresh[j++]);
    }
    this.replace(Int32Array.from(ids));
  }

  private replace(ids: Int32Array): void {
    this.sortedIds = ids;
    this.sortedKeys = Array.from(ids, (entry) => this.keys[entry]);
    this.pending = [];
  }

  private before(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    return ka < kb || (ka === kb && a < b);
  }

  /**
   * Entry ids by key, then id. A full load sorts nearly a million names: a native sort of numbers that
   * carry the first characters, then only runs of names that begin alike are compared as strings.
   */
  private sortByKey(entries: readonly number[]): Int32Array {
    const packed = new Float64Array(entries.length);
    for (let i = 0; i < entries.length; i++) packed[i] = beginning(this.keys[entries[i]]) * ID_SPAN + entries[i];
    packed.sort();
    const ids = new Int32Array(packed.length);
    for (let i = 0; i < packed.length; i++) ids[i] = packed[i] % ID_SPAN;
    const byKey = (a: number, b: number): number => (this.before(a, b) ? -1 : 1);
    for (let from = 0; from < packed.length;) {
      const code = Math.floor(packed[from] / ID_SPAN);
      let to = from + 1;
      while (to < packed.length && Math.floor(packed[to] / ID_SPAN) === code) to++;
      if (to - from > 1) ids.subarray(from, to).sort(byKey);
      from = to;
    }
    return ids;
  }
}

/** The key's first characters as a number that sorts as the strings do (code units grouped monotonically, ties settled by the string sort). */
function beginning(key: string): number {
  let code = 0;
  for (let i = 0; i < CODE_CHARS; i++) code = code * CODE_BASE + (i < key.length ? rank(key.charCodeAt(i)) : 0);
  return code;
}

/** Space, digits and a–z (all a key holds) get a rank each; anything else shares a rank with its neighbours in code-unit order. */
function rank(c: number): number {
  if (c < 32) return 1;
  if (c === 32) return 2;
  if (c < 48) return 3;
  if (c <= 57) return 4 + c - 48;
  if (c < 97) return 14;
  if (c <= 122) return 15 + c - 97;
  return 41;
}

function lowerBound(list: readonly string[], s: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
