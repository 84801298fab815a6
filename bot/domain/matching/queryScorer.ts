/**
 * Scores every name that shares a (possibly misspelt) word with the query in one pass over the
 * postings, with typed-array scratch space reused across queries so a search allocates almost nothing.
 */
import type { Entry } from './entry.js';
import { kindOf, termOf, type EntryTable } from './entryTable.js';
import type { Areas } from './locations.js';
import { INACTIVE_FACTOR, KIND_WEIGHT, UNMARKED_PLACE_FACTOR, combine } from './ranking.js';
import { POSTING_KIND_BITS, type TermIndex, type TermMatch } from './termIndex.js';
import { grown } from './typedArrays.js';

export interface PreparedToken {
  text: string;
  located: boolean;
  terms: TermMatch[];
  /** Area id → similarity, for words that may name the company's town. */
  places: Map<number, number>;
  /** The two terms a known compound splits into ("tagfabrik" → tag, fabrik), when both are known. */
  parts?: readonly [number, number];
  /** Compounds this word forms with a neighbour ("havn" in "havn kiosk" → havnekiosk): both words may claim them. */
  joint?: number[];
}

const NONE_OVERCLAIMED = Object.freeze({ recall: 0, share: 0, dropped: 0 });

/** What scoring one query needs beyond the name being weighed. */
interface QueryContext {
  stamp: number;
  words: readonly PreparedToken[];
  weights: readonly number[];
  totalWeight: number;
  placeWords: ReadonlyArray<{ qi: number; sims: Float64Array }>;
  compounds: ReadonlyArray<{ qi: number; parts: readonly [number, number] }>;
  entries: ReadonlyArray<Entry | undefined>;
  table: EntryTable;
  generation: number;
  idf: (term: number) => number;
}

export interface Candidate {
  entry: number;
  score: number;
}

const KIND_MASK = (1 << POSTING_KIND_BITS) - 1;
/** Names in play before common query words stop adding new ones (see score). */
const CANDIDATE_CAP = 3000;
/** Score bands for visiting candidates best first (see score). */
const BUCKETS = 64;
/** Words per name, about: a word's postings are read unless they outnumber this many per name in play. */
const SCAN_FACTOR = 4;

function postingCount(word: PreparedToken, index: TermIndex): number {
  let n = 0;
  for (const t of word.terms) n += index.df[t.term];
  return n;
}

export class QueryScorer {
  private stamp = 0;
  private seen = new Uint32Array(0);
  private recall = new Float64Array(0);
  private precision = new Float64Array(0);
  /**
   * Per query word: its best similarity and precision share in each entry (stamped, never cleared).
   * Float32 halves the memory; comparisons allow for its rounding so an equal match never replaces one.
   */
  private readonly wordSeen: Uint32Array[] = [];
  private readonly wordSim: Float32Array[] = [];
  private readonly wordShare: Float32Array[] = [];
  /** …and the term that gave it, so two query words claiming one word of a name can be told apart. */
  private readonly wordTerm: Int32Array[] = [];
  private idfSeen = new Uint32Array(0);
  private idfValue = new Float64Array(0);
  /** A common word's terms and their similarity, stamped per word, when it is looked for in the names in play. */
  private termStamp = 0;
  private termSeen = new Uint32Array(0);
  private termSim = new Float64Array(0);
  /**
   * Each name's weight (sum of its words' IDF by kind), kept until the register changes: common names
   * are weighed again and again, and the register changes far less often than it is searched.
   */
  private weightGeneration = new Uint32Array(0);
  private weightValue = new Float64Array(0);

  constructor(private readonly maxWords: number) {}

  /** The best `k` names of distinct companies, best first. */
  score(
    words: PreparedToken[], index: TermIndex, areas: Areas, entries: ReadonlyArray<Entry | undefined>, table: EntryTable,
    generation: number, liveEntries: number, k: number,
  ): Candidate[] {
    this.ensure(entries.length, index.terms.length, words.length);
    const stamp = ++this.stamp;
    const n = Math.max(1, liveEntries);
    const idf = (term: number): number => {
      if (this.idfSeen[term] !== stamp) {
        this.idfSeen[term] = stamp;
        this.idfValue[term] = Math.log(1 + n / Math.max(1, index.df[term]));
      }
      return this.idfValue[term];
    };
    const weights = words.map((w) => wordWeight(w, idf, areas, n));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const touched: number[] = [];
    // Rarest words first; once enough names are in play, a common word only adds evidence to them and
    // brings in no new ones, which bounds the work at national scale (a name holding only common words
    // of the query cannot outrank one holding the rare word too).
    // A town after "i"/"på" comes last: it most often names the address, not a word of the name.
    const order = words.map((_, qi) => qi)
      .sort((a, b) => Number(words[a].located) - Number(words[b].located) || postingCount(words[a], index) - postingCount(words[b], index));
    for (const qi of order) {
      const word = words[qi];
      const open = touched.length < CANDIDATE_CAP;
      const w = weights[qi];
      const seen = this.wordSeen[qi];
      const sims = this.wordSim[qi];
      const shares = this.wordShare[qi];
      const terms = this.wordTerm[qi];
      const evidence = (e: number, term: number, kind: number, sim: number): void => {
        const share = idf(term) * KIND_WEIGHT[kind] * sim;
        if (seen[e] !== stamp) {
          seen[e] = stamp;
          this.recall[e] += w * sim;
          this.precision[e] += share;
        } else if (sim > sims[e] + 1e-6) {
          this.recall[e] += w * (sim - sims[e]);
          this.precision[e] += share - shares[e];
        } else return;
        sims[e] = sim;
        shares[e] = share;
        terms[e] = term;
      };
      // A common word that may bring in no new names is looked for in the names already in play, which
      // are far fewer than its postings ("hansen" and the 48 words "han" begins, at national scale).
      if (!open && postingCount(word, index) > touched.length * SCAN_FACTOR) {
        this.termStamp++;
        for (const { term, sim } of word.terms) {
          if (this.termSeen[term] !== this.termStamp || this.termSim[term] < sim) this.termSim[term] = sim;
          this.termSeen[term] = this.termStamp;
        }
        for (const e of touched) {
          const start = table.start[e];
          for (let i = start; i < start + table.length[e]; i++) {
            const term = termOf(table.pool[i]);
            if (this.termSeen[term] === this.termStamp) evidence(e, term, kindOf(table.pool[i]), this.termSim[term]);
          }
        }
        continue;
      }
      for (const { term, sim } of word.terms) {
        const list = index.postings[term];
        for (let i = 0, n = index.df[term]; i < n; i++) {
          const p = list[i];
          const e = p >>> POSTING_KIND_BITS;
          if (this.seen[e] !== stamp) {
            if (!open) continue;
            this.seen[e] = stamp;
            this.recall[e] = 0;
            this.precision[e] = 0;
            touched.push(e);
          }
          evidence(e, term, p & KIND_MASK, sim);
        }
      }
    }

    const placeWords = words.flatMap((word, qi) => (word.places.size === 0 ? [] : [{ qi, sims: placeArray(word, areas) }]));
    const compounds = words.flatMap((word, qi) => (word.parts === undefined ? [] : [{ qi, parts: word.parts }]));
    const query: QueryContext = { stamp, words, weights, totalWeight, placeWords, compounds, entries, table, generation: generation + 1, idf };
    const top: Candidate[] = [];
    // Names are visited best bound first, so the scan stops as soon as no later one can enter the top k:
    // at national scale thousands share a common word, and reading each name's record is what costs.
    let placeBound = 0;
    for (const { qi, sims } of placeWords) placeBound += weights[qi] * sims.reduce((a, b) => Math.max(a, b), 0);
    const bucketOf = new Uint8Array(touched.length);
    const starts = new Uint32Array(BUCKETS + 1);
    touched.forEach((e, i) => {
      const bound = Math.min(1, (this.recall[e] + placeBound) / totalWeight);
      bucketOf[i] = Math.min(BUCKETS - 1, Math.floor(bound * BUCKETS));
      starts[bucketOf[i] + 1]++;
    });
    for (let b = 1; b <= BUCKETS; b++) starts[b] += starts[b - 1];
    const ordered = new Uint32Array(touched.length);
    const fill = starts.slice(0, BUCKETS);
    touched.forEach((e, i) => { ordered[fill[bucketOf[i]]++] = e; });
    for (let b = BUCKETS - 1; b >= 0; b--) {
      if (top.length >= k && combine((b + 1) / BUCKETS, 1) < top[k - 1].score) break;
      for (let i = starts[b]; i < starts[b + 1]; i++) this.consider(ordered[i], top, k, query);
    }
    return top;
  }

  private consider(e: number, top: Candidate[], k: number, q: QueryContext): void {
    const { stamp, weights, table, idf } = q;
    const over = this.overclaimed(e, q);
    let r = this.recall[e] - over.recall;
    const area = table.area[e];
    for (const { qi, sims } of q.placeWords) {
      const placeSim = area >= 0 ? sims[area] : 0;
      const nameSim = this.wordSeen[qi][e] === stamp && (over.dropped & (1 << qi)) === 0 ? this.wordSim[qi][e] : 0;
      if (placeSim > nameSim) r += weights[qi] * (placeSim - nameSim);
    }
    const recall = r / q.totalWeight;
    const factor = table.active[e] === 1 ? 1 : INACTIVE_FACTOR;
    if (top.length >= k && combine(recall, 1) * factor < top[k - 1].score) return;
    if (this.weightGeneration[e] !== q.generation) {
      let sum = 0;
      const start = table.start[e];
      for (let i = start; i < start + table.length[e]; i++) sum += idf(termOf(table.pool[i])) * KIND_WEIGHT[kindOf(table.pool[i])];
      this.weightGeneration[e] = q.generation;
      this.weightValue[e] = sum;
    }
    const nameWeight = this.weightValue[e];
    let matched = this.precision[e] - over.share;
    // A compound typed as one word ("tagfabrik") met a name writing it apart ("Tag-fabrik"): one query word
    // scored one part, but the name holds the whole word, so both parts count as matched.
    for (const { qi, parts } of q.compounds) {
      if (this.wordSeen[qi][e] !== stamp || (over.dropped & (1 << qi)) !== 0) continue;
      let both = 0;
      let shares = 0;
      for (let i = table.start[e]; i < table.start[e] + table.length[e]; i++) {
        const term = termOf(table.pool[i]);
        const part = term === parts[0] ? 1 : term === parts[1] ? 2 : 0;
        if (part === 0 || (both & part) !== 0) continue;
        both |= part;
        shares += idf(term) * KIND_WEIGHT[kindOf(table.pool[i])] * this.wordSim[qi][e];
      }
      if (both === 3) matched += shares - this.wordShare[qi][e];
    }
    const precision = nameWeight > 0 ? Math.min(1, matched / nameWeight) : 0;
    insert(top, { entry: e, score: combine(recall, precision) * factor }, k, q.entries);
  }

  /**
   * Query words that claimed the same word of a name more times than the name holds it ("holm & holm"
   * against Holm & Kjær): the weakest claims beyond the name's count are dropped, so "Holm & Holm" is
   * preferred. A compound formed with a neighbour ("havn kiosk" → Havnekiosk) is meant to be claimed by both,
   * and a word after "i"/"på" names the address, which may repeat a word of the name ("… i Ørum Djurs").
   */
  private overclaimed(e: number, q: QueryContext): { recall: number; share: number; dropped: number } {
    const n = q.words.length;
    // Most names have no word claimed twice: find one pair before anything else.
    let shared = false;
    for (let a = 0; a < n && !shared; a++) {
      if (this.wordSeen[a][e] !== q.stamp) continue;
      for (let b = a + 1; b < n && !shared; b++) shared = this.wordSeen[b][e] === q.stamp && this.wordTerm[b][e] === this.wordTerm[a][e];
    }
    if (!shared) return NONE_OVERCLAIMED;
    const out = { recall: 0, share: 0, dropped: 0 };
    const claims = (qi: number): boolean =>
      this.wordSeen[qi][e] === q.stamp && (out.dropped & (1 << qi)) === 0 && !q.words[qi].located
      && !(q.words[qi].joint ?? []).includes(this.wordTerm[qi][e]);
    for (let a = 0; a < n; a++) {
      if (!claims(a)) continue;
      const term = this.wordTerm[a][e];
      const claimers: number[] = [];
      for (let b = a; b < n; b++) if (claims(b) && this.wordTerm[b][e] === term) claimers.push(b);
      if (claimers.length < 2) continue;
      let held = 0;
      for (let i = q.table.start[e]; i < q.table.start[e] + q.table.length[e]; i++) if (termOf(q.table.pool[i]) === term) held++;
      claimers.sort((x, y) => this.wordSim[y][e] - this.wordSim[x][e]);
      for (const qi of claimers.slice(held)) {
        out.dropped |= 1 << qi;
        out.recall += q.weights[qi] * this.wordSim[qi][e];
        out.share += this.wordShare[qi][e];
      }
    }
    return out;
  }

  private ensure(entryCount: number, termCount: number, wordCount: number): void {
    if (this.seen.length < entryCount) {
      // A quarter to spare: at national scale each entry costs about 100 bytes of scratch space here.
      const size = Math.max(1024, Math.ceil(entryCount * 1.25));
      this.seen = new Uint32Array(size);
      this.recall = new Float64Array(size);
      this.precision = new Float64Array(size);
      this.weightGeneration = grown(this.weightGeneration, new Uint32Array(size));
      this.weightValue = grown(this.weightValue, new Float64Array(size));
      this.wordSeen.length = 0;
      this.wordSim.length = 0;
      this.wordShare.length = 0;
      this.wordTerm.length = 0;
    }
    const size = this.seen.length;
    while (this.wordSeen.length < Math.min(wordCount, this.maxWords)) {
      this.wordSeen.push(new Uint32Array(size));
      this.wordSim.push(new Float32Array(size));
      this.wordShare.push(new Float32Array(size));
      this.wordTerm.push(new Int32Array(size));
    }
    if (this.idfSeen.length < termCount) {
      this.idfSeen = new Uint32Array(Math.max(1024, termCount * 2));
      this.idfValue = new Float64Array(this.idfSeen.length);
      this.termSeen = new Uint32Array(this.idfSeen.length);
      this.termSim = new Float64Array(this.idfSeen.length);
    }
  }
}

/**
 * A query word weighs what the word it most likely means weighs in the register (its IDF), so a rare
 * "Maskinstation" outweighs a common "Grenaa". A word that only names a place weighs by how many
 * companies are there; a word matching nothing weighs like the rarest word, since it says something
 * the register cannot explain.
 */
function wordWeight(word: PreparedToken, idf: (term: number) => number, areas: Areas, n: number): number {
  if (word.terms.length > 0) {
    let best = word.terms[0];
    for (const t of word.terms) if (t.sim > best.sim || (t.sim === best.sim && idf(t.term) < idf(best.term))) best = t;
    return idf(best.term);
  }
  if (word.places.size > 0) {
    let most = 1;
    for (const area of word.places.keys()) most = Math.max(most, areas.companies[area]);
    return Math.log(1 + n / most);
  }
  return Math.log(1 + n);
}

function placeArray(word: PreparedToken, areas: Areas): Float64Array {
  const out = new Float64Array(areas.companies.length);
  const factor = word.located ? 1 : UNMARKED_PLACE_FACTOR;
  for (const [area, sim] of word.places) out[area] = sim * factor;
  return out;
}

/** Keeps `top` sorted and holding one name per company. Ties: active first, then the shorter name. */
function insert(top: Candidate[], cand: Candidate, k: number, entries: ReadonlyArray<Entry | undefined>): void {
  // Below the k-th it can neither enter nor replace its company's better name.
  if (top.length >= k && cand.score < top[k - 1].score) return;
  const owner = (entries[cand.entry] as Entry).owner;
  const before = (a: Candidate, b: Candidate): boolean => {
    if (a.score !== b.score) return a.score > b.score;
    const ea = entries[a.entry] as Entry;
    const eb = entries[b.entry] as Entry;
    if (ea.owner.active !== eb.owner.active) return ea.owner.active;
    if (ea.label.length !== eb.label.length) return ea.label.length < eb.label.length;
    return ea.owner.company.cvr < eb.owner.company.cvr;
  };
  const existing = top.findIndex((c) => (entries[c.entry] as Entry).owner === owner);
  if (existing >= 0) {
    if (!before(cand, top[existing])) return;
    top.splice(existing, 1);
  }
  let i = top.length;
  while (i > 0 && before(cand, top[i - 1])) i--;
  top.splice(i, 0, cand);
  if (top.length > k) top.pop();
}
