/** Token-level similarity for the company matcher. */

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein without re-edits of a swapped pair), which
 * counts a swapped pair of letters as one typo like people do. Returns max + 1 as soon as the distance
 * is known to exceed `max`, which is what keeps fuzzy lookups cheap.
 */
export function boundedOsa(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/**
 * Typos allowed in a token of this length: none in words of ≤ 3 letters (too many short words are one
 * edit apart), one up to 6 letters, two from 7.
 */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 6 ? 1 : 2;
}

/** Similarity of a query token to a vocabulary term `edits` apart; exact (1) always beats any fuzzy match. */
export function editSimilarity(queryLength: number, termLength: number, edits: number): number {
  if (edits === 0) return 1;
  return 0.95 * (1 - edits / Math.max(queryLength, termLength));
}

/** A query token that is the start of a longer term ("maskinst"): worth more the more of it was typed. */
export function prefixSimilarity(queryLength: number, termLength: number): number {
  return 0.55 + 0.35 * (queryLength / termLength);
}
