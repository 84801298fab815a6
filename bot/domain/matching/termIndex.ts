/**
 * Vocabulary of name tokens with their postings, plus a typo index over the vocabulary itself so a
 * misspelt query token finds the terms it may mean without scanning the register.
 */
import { boundedOsa, editSimilarity, maxEdits, prefixSimilarity } from './similarity.js';
import { grown } from './typedArrays.js';
import { TYPO_WORD_MAX, TypoIndex } from './typoIndex.js';

export interface TermMatch {
  term: number;
  sim: number;
}

/** A posting packs the entry id with how the term sits in that name (KIND_* in ranking.ts). */
export const POSTING_KIND_BITS = 2;

const NO_POSTINGS = new Int32Array(0);
/** At most this many completions per prefix; more would only flood the ranking with weak candidates. */
const MAX_PREFIX_TERMS = 48;
/** From this length a typed word may be two typos from a longer term (see lookup). */
const SHORT_TWO_TYPOS_MIN = 5;
/** A known word's neighbours are probably other words, not its typos (see lookup). */
const KNOWN_WORD_FUZZY_FACTOR = 0.9;

export class TermIndex {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  readonly df: number[] = [];
  /**
   * Per term, its postings in the first df[term] slots of a typed array grown by doubling: the garbage
   * collector need not walk millions of numbers at national scale.
   */
  readonly postings: Int32Array[] = [];
  /**
   * A name word as written ("tandlagerne") when the index holds it stripped ("tandlage"): a misspelt
   * query word is closer to what was written. -1 for real terms, else the real term's id.
   */
  private readonly canonical: number[] = [];
  private readonly typos = new TypoIndex();
  /** Sorted for prefix lookups; new terms wait in `pending` until enough pile up to merge. */
  private sorted: string[] = [];
  private pending: string[] = [];
  private nominated = new Uint32Array(1024);
  private stamp = 0;

  add(term: string, posting: number): number {
    let id = this.ids.get(term);
    if (id === undefined) id = this.create(term, -1);
    else this.canonical[id] = -1;
    let list = this.postings[id];
    if (this.df[id] === list.length) this.postings[id] = list = grown(list, new Int32Array(Math.max(2, list.length * 2)));
    list[this.df[id]++] = posting;
    return id;
  }

  /** The live term a word names exactly (through an alias too), if any. */
  exact(word: string): number | undefined {
    const id = this.ids.get(word);
    if (id === undefined) return undefined;
    const term = this.resolve(id);
    return this.df[term] > 0 ? term : undefined;
  }

  /** Makes `surface` find `term` (by id) in exact, fuzzy and prefix lookups. */
  addAlias(surface: string, term: number): void {
    if (!this.ids.has(surface)) this.create(surface, term);
  }

  private create(term: string, canonical: number): number {
    const id = this.terms.length;
    this.ids.set(term, id);
    this.terms.push(term);
    this.df.push(0);
    this.postings.push(NO_POSTINGS);
    this.canonical.push(canonical);
    this.typos.add(term, id);
    this.pending.push(term);
    return id;
  }

  private resolve(id: number): number {
    const real = this.canonical[id];
    return real < 0 ? id : real;
  }

  /** Swap-remove: posting order carries no meaning, and this keeps removal O(df). */
  remove(id: number, posting: number): void {
    const list = this.postings[id];
    const last = this.df[id] - 1;
    const at = list.subarray(0, last + 1).indexOf(posting);
    if (at < 0) return;
    list[at] = list[last];
    this.df[id]--;
  }

  /**
   * Terms a query token may mean: itself, terms within its typo budget, and (when `prefix`) terms it
   * begins. Best similarity per term.
   */
  lookup(token: string, prefix: boolean): TermMatch[] {
    const found = new Map<number, number>();
    const put = (id: number, sim: number): void => {
      const term = this.resolve(id);
      if (this.df[term] > 0 && (found.get(term) ?? 0) < sim) found.set(term, sim);
    };
    const exact = this.exact(token);
    if (exact !== undefined) put(exact, 1);
    // A three-letter word may be a four-letter one with a letter dropped ("Fsk", "Hom"): allow that.
    // A word the register knows is most likely meant as typed ("Fausing" is not "Auning"): then only
    // one typo away counts, and for less.
    const k = token.length > TYPO_WORD_MAX ? 0
      : exact !== undefined ? Math.min(1, maxEdits(token.length)) : token.length === 3 ? 1 : maxEdits(token.length);
    if (k > 0) this.fuzzy(token, k, k, exact === undefined ? put : (id, sim) => put(id, sim * KNOWN_WORD_FUZZY_FACTOR));
    // Letters dropped shorten a word: "ptersn", "semonr" are two typos from the longer "petersen", "stemonor".
    // Only tried when nothing nearer was found, as these reach far more words than are meant.
    if (found.size === 0 && k === 1 && token.length >= SHORT_TWO_TYPOS_MIN) this.fuzzy(token, k, 2, put);
    if (prefix) for (const { term, sim } of this.begun(token)) put(term, sim);
    return [...found].map(([term, sim]) => ({ term, sim }));
  }

  /** Only the terms a token begins (from 4 letters), as `lookup` with `prefix` finds them. */
  begun(token: string): TermMatch[] {
    if (token.length < 4) return [];
    const best = new Map<number, number>();
    for (const term of this.completions(token)) {
      const id = this.resolve(this.ids.get(term) as number);
      const sim = prefixSimilarity(token.length, term.length);
      if (this.df[id] > 0 && (best.get(id) ?? 0) < sim) best.set(id, sim);
    }
    return [...best].map(([term, sim]) => ({ term, sim }));
  }

  /** Terms within `k` typos of the token, or `longer` typos when the term is the longer of the two. */
  private fuzzy(token: string, k: number, longer: number, put: (term: number, sim: number) => void): void {
    if (this.nominated.length < this.terms.length) this.nominated = new Uint32Array(this.terms.length * 2);
    const stamp = ++this.stamp;
    this.typos.candidates(token, Math.max(k, longer), (id) => {
      if (this.nominated[id] === stamp) return;
      this.nominated[id] = stamp;
      const term = this.terms[id];
      const budget = term.length > token.length ? longer : k;
      if (Math.abs(term.length - token.length) > budget || (token.length === 3 && term.length !== 4)) return;
      if (this.df[this.resolve(id)] === 0) return;
      const d = boundedOsa(token, term, budget);
      if (d <= budget) put(id, editSimilarity(token.length, term.length, d));
    });
  }

  private completions(token: string): string[] {
    if (this.pending.length > 64) {
      this.sorted = this.sorted.concat(this.pending).sort();
      this.pending = [];
    }
    const out: string[] = [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] < token) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && out.length < MAX_PREFIX_TERMS; i++) {
      const term = this.sorted[i];
      if (!term.startsWith(token)) break;
      if (term.length > token.length) out.push(term);
    }
    for (const term of this.pending) {
      if (out.length < MAX_PREFIX_TERMS && term.length > token.length && term.startsWith(token)) out.push(term);
    }
    return out;
  }
}
