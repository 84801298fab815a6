/**
 * How a candidate's evidence becomes a score, and scores become an outcome. The constants were set
 * from the bench (tests/bench/matcherBench.ts); see the notes at each.
 */
import { foldText, isLegalWord } from './normalize.js';
import { boundedOsa, maxEdits } from './similarity.js';
import type { MatchHit, MatchKind } from './types.js';

/**
 * How a name token counts towards "how much of the name did the query cover", by posting kind:
 * a core word; the owner in "v/ Jens Nielsen" (rarely typed, so leaving it out barely costs); the
 * company's own town in its name ("Jensen Bageri Auning" in Auning, often left out).
 */
export const KIND_CORE = 0;
export const KIND_OWNER = 1;
export const KIND_PLACE = 2;
export const KIND_WEIGHT = [1, 0.03, 0.5, 0];

/** An unmarked query word that only matches the address ("Grenaa Maskinstation" for a company in Grenaa). */
export const UNMARKED_PLACE_FACTOR = 0.5;
/** A closed company (ophørt) loses this much, so an active namesake comes first but the closed one stays findable. */
export const INACTIVE_FACTOR = 0.97;

/**
 * Recall (share of the typed words, by rarity, explained by the name or address) weighs more than
 * precision (share of the name, by rarity, that was typed): people type partial names far more than
 * extra words, yet precision must still separate "Jensens Bageri" from "Jensens Bageri Auning".
 */
const RECALL_WEIGHT = 0.65;

export function combine(recall: number, precision: number): number {
  return RECALL_WEIGHT * recall + (1 - RECALL_WEIGHT) * precision;
}

/**
 * Normalisation makes "Bageriet i Grenaa" and "Grenaa Bageri" the same words, and both may exist, as
 * may "Salon Markens v/ Bodil Thygesen" and "Markens Salon". The words as typed, in typed order, break
 * such ties; the share is small enough never to outweigh evidence about which words match.
 */
export const SURFACE_WEIGHT = 0.04;

/** Overlap and order of the folded words as written (no stemming), a typo still counting as the word. */
export function surfaceSimilarity(query: readonly string[], label: readonly string[]): number {
  if (query.length === 0 || label.length === 0) return 0;
  const used = new Set<number>();
  let common = 0;
  let inOrder = 0;
  let at = -1;
  for (const q of query) {
    const k = maxEdits(q.length);
    const found = label.findIndex((l, i) => !used.has(i) && (l === q || (k > 0 && boundedOsa(q, l, k) <= k)));
    if (found < 0) continue;
    used.add(found);
    common++;
    if (found > at) {
      inOrder++;
      at = found;
    }
  }
  const union = query.length + label.length - common;
  const order = common === 0 ? 0 : inOrder / common;
  return 0.7 * (common / union) + 0.3 * order;
}

const SURFACE_NOISE = new Set(['aps', 'as', 'is', 'ks', 'ps', 'ivs', 'og', 'i', 'v']);

/** Folded words of a name or query, without the owner part and legal form. */
export function surfaceWords(text: string): string[] {
  const core = text.replace(/(^|\s)v\s*\/.*$/i, '');
  return foldText(core).split(/[^a-z0-9]+/).filter((t) => t !== '' && !SURFACE_NOISE.has(t) && !isLegalWord(t));
}

/**
 * Thresholds, read off the bench (tests/bench/matcherBench.ts prints the data behind them): ~1,900
 * positive queries of every kind and ~400 negative ones (names of companies not in the register)
 * at 5,000 and at 100,000 companies.
 * - NONE_BELOW 0.7: 0.1 % of positives' top scores lie below it, against 78 % (5,000) and 36 %
 *   (100,000, where almost every word of a made-up name is in some real name) of negatives'.
 * - Clear when top ≥ 0.85 and ahead by ≥ 0.03, or top ≥ 0.75 and ahead by ≥ 0.15 (a typo-ridden
 *   query with one plausible reading). Then 97.6 % / 94.6 % of positives are answered directly, with
 *   0 / 3 of ~1,900 wrong, and 1.8 % / 6.4 % of negatives (mostly a near-namesake such as
 *   "M. Olsen Isolering" for the registered "Olsen Isolering ApS"). Stricter gaps cost many right
 *   answers for little; looser ones let negatives through fast (20 %+ at 100,000).
 * - AMBIGUOUS_BAND: runners-up within this of the top go on the choice card.
 */
export const NONE_BELOW = 0.7;
export const CLEAR_AT = 0.85;
export const CLEAR_GAP = 0.03;
export const CLEAR_LOW_AT = 0.75;
export const CLEAR_LOW_GAP = 0.15;
export const AMBIGUOUS_BAND = 0.15;
/**
 * A typed legal form ("Djurs Revision P/S") moves a company of another form down by this much: enough to
 * decide between otherwise equal names (more than CLEAR_GAP), too little to outweigh a word.
 */
export const FORM_PENALTY = 0.05;
/**
 * What a name the typed text begins ("kolind tag" for Kolind Tagdækning) scores at least: PREFIX_BASE,
 * plus the rest in proportion to how much of it was typed, so the full name typed scores 1.
 */
export const PREFIX_BASE = 0.8;
/** Names the typed text begins are only special when this few share that beginning. */
export const PREFIX_SHARED_MAX = 15;

export function classify(hits: MatchHit[], limit: number): { kind: MatchKind; hits: MatchHit[] } {
  if (hits.length === 0 || hits[0].score < NONE_BELOW) return { kind: 'none', hits: hits.slice(0, limit) };
  const top = hits[0].score;
  const gap = top - (hits.length > 1 ? hits[1].score : 0);
  if ((top >= CLEAR_AT && gap >= CLEAR_GAP) || (top >= CLEAR_LOW_AT && gap >= CLEAR_LOW_GAP)) {
    return { kind: 'clear', hits: hits.slice(0, limit) };
  }
  const close = hits.filter((h) => h.score >= top - AMBIGUOUS_BAND).slice(0, limit);
  // One weak candidate is a suggestion, not an answer: "fandt ingen, mente du …".
  return close.length > 1 ? { kind: 'ambiguous', hits: close } : { kind: 'none', hits: hits.slice(0, limit) };
}
