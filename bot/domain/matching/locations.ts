/**
 * Where a company is, as words a query may use: "maskinstationen i Glesborg" can mean a company whose
 * address is in Glesborg (or in a place of that postal area) as well as one with Glesborg in its name.
 */
import { postalArea } from '../norddjurs.js';
import { foldText } from './normalize.js';
import { boundedOsa, editSimilarity, maxEdits } from './similarity.js';

/** Parts of place names that say nothing about which place: "Bønnerup Strand", "Ørum Djurs", "Vester Alling". */
const GENERIC_PLACE_WORDS = new Set(['strand', 'djurs', 'vester', 'oster', 'nord', 'syd', 'sonder', 'norre', 'by', 'st', 'c', 'v', 'n', 's', 'o']);
/** The company's own town counts fully; other places of its postal area slightly less (it may sit elsewhere in it). */
const TOWN_SIM = 1;
const POSTAL_AREA_SIM = 0.9;

export function placeTokens(place: string): string[] {
  return foldText(place).split(/[^a-z0-9]+/).filter((t) => t.length > 1 && !GENERIC_PLACE_WORDS.has(t));
}

export class Areas {
  private readonly keys = new Map<string, number>();
  private readonly tokensOf: Array<Map<string, number>> = [];
  private readonly vocab = new Map<string, Array<[area: number, sim: number]>>();
  /** Live companies per area: a town's weight in a query follows its rarity, like a name token's. */
  readonly companies: number[] = [];
  private readonly cache = new Map<string, Map<number, number>>();

  /** Area id for a town and postal code, or -1 when neither is known. */
  intern(town: string | null, postalCode: string | null): number {
    if (town === null && postalCode === null) return -1;
    const key = `${postalCode ?? ''}|${town === null ? '' : foldText(town)}`;
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const id = this.tokensOf.length;
    this.keys.set(key, id);
    const tokens = new Map<string, number>();
    const area = postalArea(postalCode);
    if (area !== undefined) {
      for (const place of [area.town, ...area.places]) for (const t of placeTokens(place)) tokens.set(t, POSTAL_AREA_SIM);
    }
    if (town !== null) for (const t of placeTokens(town)) tokens.set(t, TOWN_SIM);
    this.tokensOf.push(tokens);
    this.companies.push(0);
    for (const [t, sim] of tokens) {
      const list = this.vocab.get(t);
      if (list === undefined) this.vocab.set(t, [[id, sim]]);
      else list.push([id, sim]);
    }
    this.cache.clear();
    return id;
  }

  /** True when the (folded) name token names the company's own area: staff often leave it out. */
  isOwnPlace(area: number, token: string): boolean {
    return area >= 0 && this.tokensOf[area].has(token);
  }

  /** Areas a query token may name, with similarity (typos allowed as for names). */
  match(token: string): Map<number, number> {
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    const out = new Map<number, number>();
    const k = maxEdits(token.length);
    for (const [place, areas] of this.vocab) {
      const d = place === token ? 0 : k === 0 ? 1 : boundedOsa(token, place, k);
      if (d > k) continue;
      const sim = editSimilarity(token.length, place.length, d);
      for (const [area, areaSim] of areas) out.set(area, Math.max(out.get(area) ?? 0, sim * areaSim));
    }
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, out);
    return out;
  }
}
