/**
 * Finds the vocabulary words within k typos of a query word without comparing it to the vocabulary.
 *
 * Symmetric deletion: every optimal-string-alignment edit (a letter changed, added, dropped, or two
 * swapped) costs at most one deleted letter on each side, so two words within k edits of each other
 * reach a common string by deleting at most k letters from each. Each word's deletions (up to two
 * letters) are kept as 32-bit hashes in a table, and a query word looks up the hashes of its own
 * deletions: a few dozen probes instead of reading bigram lists that, at national scale, hold most of
 * the vocabulary. A shared hash only nominates a word; the caller checks the real distance, so a hash
 * collision costs a comparison, never a wrong answer.
 */
import { grown } from './typedArrays.js';

/** Polynomial (Horner) hashing mod 2^32: the hash of a word with one or two letters left out is O(1) from its prefix hashes. */
const BASE = 0x01000193;
/** Hashes are grouped by their top bits, so a probe reads one small slot group. */
const SLOT_BITS = 16;
const SLOT_SHIFT = 32 - SLOT_BITS;
/**
 * New words wait in a short list of their own, read in full by every look-up, and are merged into the
 * table (a linear rebuild) when the list outgrows this: a few dozen words, a day's new names at most.
 */
const PENDING_MAX = 512;

/**
 * Longer query words are not looked up for typos: a word has O(n²) deletions, no word of a company name is
 * near this long, and a pasted wall of text must not cost seconds.
 */
export const TYPO_WORD_MAX = 40;

/** Letters a word of this length may lose in the index: what the longest typo budget against it needs. */
export function indexedDeletions(length: number): number {
  if (length <= 2 || length > TYPO_WORD_MAX + 2) return 0;
  return length <= 4 ? 1 : 2;
}

export class TypoIndex {
  /** Slot s holds entries slotStart[s] .. slotStart[s + 1] - 1 of `hashes` and `ids`. */
  private slotStart = new Uint32Array((1 << SLOT_BITS) + 1);
  private hashes = new Uint32Array(0);
  private ids = new Int32Array(0);
  private pendingHashes = new Uint32Array(1024);
  private pendingIds = new Int32Array(1024);
  private pendingUsed = 0;

  add(word: string, id: number): void {
    const count = deletionHashes(word, indexedDeletions(word.length));
    if (this.pendingUsed + count > this.pendingHashes.length) {
      const size = Math.max(this.pendingUsed + count, this.pendingHashes.length * 2);
      this.pendingHashes = grown(this.pendingHashes, new Uint32Array(size));
      this.pendingIds = grown(this.pendingIds, new Int32Array(size));
    }
    this.pendingHashes.set(scratch.subarray(0, count), this.pendingUsed);
    this.pendingIds.fill(id, this.pendingUsed, this.pendingUsed + count);
    this.pendingUsed += count;
  }

  /**
   * Calls `nominate` with the id of every word that shares a deletion (of up to `k` letters) with
   * `word`: a superset of the words within k edits, possibly with repeats.
   */
  candidates(word: string, k: number, nominate: (id: number) => void): void {
    if (this.pendingUsed > PENDING_MAX) this.merge();
    const count = deletionHashes(word, k);
    for (let d = 0; d < count; d++) {
      const hash = scratch[d];
      const slot = hash >>> SLOT_SHIFT;
      for (let i = this.slotStart[slot], end = this.slotStart[slot + 1]; i < end; i++) {
        if (this.hashes[i] === hash) nominate(this.ids[i]);
      }
      for (let i = 0; i < this.pendingUsed; i++) if (this.pendingHashes[i] === hash) nominate(this.pendingIds[i]);
    }
  }

  /** Rebuilds the table with the pending words in it: one counting pass and one filling pass, no sort. */
  private merge(): void {
    const total = this.hashes.length + this.pendingUsed;
    const start = new Uint32Array((1 << SLOT_BITS) + 1);
    for (let i = 0; i < this.hashes.length; i++) start[(this.hashes[i] >>> SLOT_SHIFT) + 1]++;
    for (let i = 0; i < this.pendingUsed; i++) start[(this.pendingHashes[i] >>> SLOT_SHIFT) + 1]++;
    for (let s = 1; s < start.length; s++) start[s] += start[s - 1];
    const fill = start.slice(0, 1 << SLOT_BITS);
    const hashes = new Uint32Array(total);
    const ids = new Int32Array(total);
    const put = (hash: number, id: number): void => {
      const at = fill[hash >>> SLOT_SHIFT]++;
      hashes[at] = hash;
      ids[at] = id;
    };
    for (let i = 0; i < this.hashes.length; i++) put(this.hashes[i], this.ids[i]);
    for (let i = 0; i < this.pendingUsed; i++) put(this.pendingHashes[i], this.pendingIds[i]);
    this.slotStart = start;
    this.hashes = hashes;
    this.ids = ids;
    this.pendingHashes = new Uint32Array(1024);
    this.pendingIds = new Int32Array(1024);
    this.pendingUsed = 0;
  }
}

let prefix = new Uint32Array(64);
let power = new Uint32Array(64);
/** The hashes deletionHashes computed last, reused by every call (a word has at most 1 + n + n(n-1)/2). */
let scratch = new Uint32Array(256);

/**
 * Writes to `scratch` the hash of `word` with no letter, each letter, and (when k is 2) each pair of
 * letters left out, and returns how many.
 */
function deletionHashes(word: string, k: number): number {
  const n = word.length;
  const most = 1 + n + (n * (n - 1)) / 2;
  if (n + 1 > prefix.length) {
    prefix = new Uint32Array(n + 1);
    power = new Uint32Array(n + 1);
  }
  if (most > scratch.length) scratch = new Uint32Array(most);
  // prefix[i] is the hash of the first i letters; power[i] is BASE^i; the hash of letters a..b-1 is
  // prefix[b] - prefix[a] * BASE^(b-a), and of two parts joined, the first times BASE^(length of the second) plus the second.
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i], BASE) + word.charCodeAt(i)) >>> 0;
    power[i + 1] = Math.imul(power[i], BASE) >>> 0;
  }
  let count = 0;
  scratch[count++] = mix(prefix[n]);
  if (k < 1) return count;
  for (let i = 0; i < n; i++) {
    const head = prefix[i];
    scratch[count++] = mix(Math.imul(head, power[n - 1 - i]) + between(i + 1, n));
    if (k < 2) continue;
    for (let j = i + 1; j < n; j++) {
      scratch[count++] = mix(Math.imul(head, power[n - 2 - i]) + Math.imul(between(i + 1, j), power[n - 1 - j]) + between(j + 1, n));
    }
  }
  return count;
}

function between(from: number, to: number): number {
  return (prefix[to] - Math.imul(prefix[from], power[to - from])) >>> 0;
}

/** Spreads a polynomial hash's low-entropy bits over all 32 (the table groups by the top bits). */
function mix(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
