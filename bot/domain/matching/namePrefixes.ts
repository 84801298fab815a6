/**
 * Names by how they begin, as typed: what type-ahead sends at every keystroke ("christian søgaard au",
 * "kolind tag") is most often the start of the name meant. A sorted list of keys answers "which names
 * begin with this" by binary search; when few do, they are the answer whatever the words score.
 */
import { foldText } from './normalize.js';

/** Key and entry id in one string, so the sort needs no objects: "\u0000" sorts below every key character. */
const SEP = '\u0000';
/** New names wait unsorted until a look-up, then all are sorted at once (a full load is one sort). */
const PENDING_LIMIT = 64;

/** The folded name as typed: no owner part ("v/ …"), punctuation as single spaces. */
export function prefixKey(text: string): string {
  return foldText(text.includes('/') ? text.replace(/(^|\s)v\s*\/.*$/i, '') : text).replace(/[^a-z0-9]+/g, ' ').trim();
}

export class NamePrefixes {
  private sorted: string[] = [];
  private pending: string[] = [];
  private stale = 0;

  add(key: string, entry: number): void {
    if (key !== '') this.pending.push(key + SEP + entry);
  }

  /** Removed names are dropped lazily: `live` tells whether an entry still holds that key. */
  removed(): void {
    this.stale++;
  }

  /**
   * Entries whose key begins with `key`, or null when more than `max` do (then the start of the name
   * says too little). `live(entry, key)` filters entries removed or reused since they were added.
   */
  lookup(key: string, max: number, live: (entry: number, key: string) => boolean): Array<{ entry: number; key: string }> | null {
    if (key.length < 2) return null;
    this.merge(live);
    const from = lowerBound(this.sorted, key);
    const out: Array<{ entry: number; key: string }> = [];
    for (let i = from; i < this.sorted.length; i++) {
      const item = this.sorted[i];
      if (!item.startsWith(key)) break;
      const at = item.lastIndexOf(SEP);
      const entry = Number(item.slice(at + 1));
      const k = item.slice(0, at);
      if (!live(entry, k)) continue;
      if (out.length === max) return null;
      out.push({ entry, key: k });
    }
    return out;
  }

  private merge(live: (entry: number, key: string) => boolean): void {
    if (this.pending.length === 0) return;
    if (this.pending.length > PENDING_LIMIT || this.sorted.length === 0) {
      let all = this.sorted.concat(this.pending);
      if (this.stale > all.length / 4) {
        all = all.filter((item) => {
          const at = item.lastIndexOf(SEP);
          return live(Number(item.slice(at + 1)), item.slice(0, at));
        });
        this.stale = 0;
      }
      this.sorted = all.sort();
      this.pending = [];
      return;
    }
    for (const item of this.pending) this.sorted.splice(lowerBound(this.sorted, item), 0, item);
    this.pending = [];
  }
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
