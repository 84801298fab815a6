/**
 * Finds the vocabulary words within k typos of a query word without comparing it to the vocabulary.
 *
 * Symmetric deletion: every optimal-string-alignment edit (a letter changed, added, dropped, or two
 * swapped) costs at most one deleted letter on each side, so two words within k edits of each other
 * reach a common string by deleting at most k letters from each. Each word's deletions (up to two
 * letters) are kept as 31-bit hashes, and a query word looks up the hashes of its own deletions: a few
 * dozen binary searches instead of reading bigram lists that, at national scale, hold most of the
 * vocabulary. A shared hash only nominates a word; the caller checks the real distance, so a hash
 * collision costs a comparison, never a wrong answer.
 */

/** Hash and word id share one float64 (53 exact bits): 31 bits of hash above 22 bits of id. */
const ID_BITS = 22;
const ID_SPAN = 2 ** ID_BITS;
/** New words wait in a small sorted run of their own, merged into the main run when it grows past this share. */
const PENDING_SHARE = 1 / 16;
const PENDING_MIN = 4096;

/** Letters a word of this length may lose in the index: what the longest typo budget against it needs. */
export function indexedDeletions(length: number): number {
  if (length <= 2) return 0;
  return length <= 4 ? 1 : 2;
}

export class TypoIndex {
  private main = new Float64Array(0);
  private pending = new Float64Array(1024);
  private pendingUsed = 0;
  private pendingSorted = true;

  add(word: string, id: number): void {
    if (id >= ID_SPAN) throw new RangeError(`The typo index holds at most ${ID_SPAN} words`);
    const deletions = indexedDeletions(word.length);
    forEachDeletion(word, deletions, (hash) => {
      if (this.pendingUsed === this.pending.length) {
        const grown = new Float64Array(this.pending.length * 2);
        grown.set(this.pending);
        this.pending = grown;
      }
      this.pending[this.pendingUsed++] = hash * ID_SPAN + id;
    });
    this.pendingSorted = false;
  }

  /**
   * Calls `nominate` with the id of every word that shares a deletion (of up to `k` letters) with
   * `word`: a superset of the words within k edits, possibly with repeats.
   */
  candidates(word: string, k: number, nominate: (id: number) => void): void {
    this.settle();
    const pending = this.pending.subarray(0, this.pendingUsed);
    forEachDeletion(word, k, (hash) => {
      scan(this.main, hash, nominate);
      scan(pending, hash, nominate);
    });
  }

  private settle(): void {
    if (this.pendingUsed > Math.max(PENDING_MIN, this.main.length * PENDING_SHARE)) {
      const merged = new Float64Array(this.main.length + this.pendingUsed);
      merged.set(this.main);
      merged.set(this.pending.subarray(0, this.pendingUsed), this.main.length);
      this.main = merged.sort();
      this.pending = new Float64Array(1024);
      this.pendingUsed = 0;
      this.pendingSorted = true;
    } else if (!this.pendingSorted) {
      this.pending.subarray(0, this.pendingUsed).sort();
      this.pendingSorted = true;
    }
  }
}

function scan(run: Float64Array, hash: number, nominate: (id: number) => void): void {
  const from = hash * ID_SPAN;
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (run[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  const to = from + ID_SPAN;
  for (let i = lo; i < run.length && run[i] < to; i++) nominate(run[i] - from);
}

/** The hash of `word` with no letter, each letter, and (when k is 2) each pair of letters left out. */
function forEachDeletion(word: string, k: number, each: (hash: number) => void): void {
  each(hashWithout(word, -1, -1));
  if (k < 1) return;
  for (let i = 0; i < word.length; i++) {
    each(hashWithout(word, i, -1));
    if (k < 2) continue;
    for (let j = i + 1; j < word.length; j++) each(hashWithout(word, i, j));
  }
}

/** FNV-1a over the letters but the two skipped, cut to 31 bits so hash and id fit one float64. */
function hashWithout(word: string, skipA: number, skipB: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skipA || i === skipB) continue;
    h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h >>> 1;
}
