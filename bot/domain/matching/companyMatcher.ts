/**
 * In-memory company matcher: finds the company staff mean from a CVR number or a name typed the way
 * people type it. Token index with typo-tolerant vocabulary lookup, then scoring by rarity-weighted
 * recall and precision (see ranking.ts). Pure: no I/O, no clock.
 */
import { isValidCvr, normalizeCvr } from '../cvr.js';
import type { Entry, StoredCompany } from './entry.js';
import { EntryTable, kindOf, termOf } from './entryTable.js';
import { Areas } from './locations.js';
import { NamePrefixes, prefixKey } from './namePrefixes.js';
import {
  analyzeName, analyzeQuery, definiteCandidates, foldText, isLegalWord, legalFormOf, type AnalyzedName, type QueryToken,
} from './normalize.js';
import { QueryScorer, type PreparedToken } from './queryScorer.js';
import {
  FORM_PENALTY, INACTIVE_FACTOR, KIND_CORE, KIND_OWNER, KIND_PLACE, PREFIX_BASE, PREFIX_SHARED_MAX, SURFACE_WEIGHT, classify, surfaceSimilarity,
  surfaceWords,
} from './ranking.js';
import { editSimilarity } from './similarity.js';
import { POSTING_KIND_BITS, TermIndex, type TermMatch } from './termIndex.js';
import { TYPO_WORD_MAX } from './typoIndex.js';
import type { CvrQuery, MatchableCompany, MatchHit, MatchOutcome } from './types.js';

export type { CvrQuery, MatchableCompany, MatchHit, MatchKind, MatchOutcome } from './types.js';

/** Longer queries are cut: six words name any company, and the scratch space per query word is fixed. */
const MAX_QUERY_TOKENS = 6;
/** Matches through a stripped ending or an unfolded spelling are a little less certain than direct ones. */
const VARIANT_FACTOR = 0.97;
const CVR_PREFIX = /^\s*cvr[\s.-]*(nr|nummer)?[\s.:-]*/i;
/** Look-ups per query word are cached until the register changes: type-ahead repeats the words typed so far. */
const TERM_CACHE_SIZE = 4096;
/** Parts of a word written as one ("havnekiosk", "vvsfirma") are at least this long. */
const SPLIT_MIN = 3;
/** …except a short first part such as "el", "it" ("elgården", "IThuset"). */
const SPLIT_HEAD_MIN = 2;
/** Readings of a query scored at most (see readings). */
const MAX_READINGS = 4;
/** Distinct legal-form fields remembered; the register has a few dozen. */
const FORM_CACHE_SIZE = 256;

export class CompanyMatcher {
  private readonly index = new TermIndex();
  private readonly areas = new Areas();
  private readonly companies = new Map<string, StoredCompany>();
  private readonly entries: Array<Entry | undefined> = [];
  private readonly table = new EntryTable();
  /** Bumped by every change of the register, so what the scorer caches per name is recomputed after one. */
  private generation = 0;
  private readonly freeEntries: number[] = [];
  private liveEntries = 0;
  private readonly scorer = new QueryScorer(MAX_QUERY_TOKENS);
  private readonly prefixes = new NamePrefixes();
  private readonly termCache = new Map<string, TermMatch[]>();
  private readonly formCache = new Map<string, string | null>();

  get size(): number {
    return this.companies.size;
  }

  /** Adds a company, or replaces the one with the same CVR (names, binavne, address, status). */
  upsert(company: MatchableCompany): void {
    if (this.companies.has(company.cvr)) this.remove(company.cvr);
    const area = this.areas.intern(company.town, company.postalCode);
    const form = this.registeredForm(company.legalForm) ?? legalFormOf(company.name);
    const stored: StoredCompany = { company, entries: [], area, active: company.active !== false, form };
    // Clearing allocates a new table even when empty, and a full load upserts 800,000 times.
    if (this.termCache.size > 0) this.termCache.clear();
    this.generation++;
    if (area >= 0) this.areas.companies[area]++;
    this.companies.set(company.cvr, stored);
    const first = analyzeName(company.name, company.legalForm);
    if (first.core.length > 0) this.addEntry(stored, company.name, false, first);
    if (company.secondaryNames.length === 0) return;
    // A binavn that says the same as another name adds nothing.
    const seen = new Set<string>([nameKey(first)]);
    for (const label of company.secondaryNames) {
      const analyzed = analyzeName(label, company.legalForm);
      const key = nameKey(analyzed);
      if (analyzed.core.length === 0 || seen.has(key)) continue;
      seen.add(key);
      this.addEntry(stored, label, true, analyzed);
    }
  }

  /** The register spells its few legal forms the same way for every company: read each once. */
  private registeredForm(field: string): string | null {
    let form = this.formCache.get(field);
    if (form === undefined) {
      form = legalFormOf(field);
      if (this.formCache.size < FORM_CACHE_SIZE) this.formCache.set(field, form);
    }
    return form;
  }

  remove(cvr: string): void {
    const stored = this.companies.get(cvr);
    if (stored === undefined) return;
    for (const id of stored.entries) {
      for (const code of this.table.codes(id)) this.index.remove(termOf(code), (id << POSTING_KIND_BITS) | kindOf(code));
      this.table.clear(id);
      this.entries[id] = undefined;
      this.prefixes.removed(id);
      this.freeEntries.push(id);
      this.liveEntries--;
    }
    if (stored.area >= 0) this.areas.companies[stored.area]--;
    this.companies.delete(cvr);
    this.termCache.clear();
    this.generation++;
  }

  search(query: string, limit = 5): MatchOutcome {
    const max = Number.isFinite(limit) ? Math.max(1, Math.floor(limit)) : 5;
    const cvr = normalizeCvr(query.replace(CVR_PREFIX, ''));
    if (cvr !== null) return this.searchCvr(cvr, max);
    const readings = this.readings(query);
    if (readings[0].length === 0) return { kind: 'none', hits: [] };
    const candidates = readings.flatMap((words) =>
      this.scorer.score(this.prepare(words), this.index, this.areas, this.entries, this.table, this.generation, this.liveEntries, max + 5));
    const typed = surfaceWords(query);
    const typedForm = legalFormOf(query);
    const best = new Map<string, MatchHit>();
    const put = (entry: number, score: number): void => {
      const owner = (this.entries[entry] as Entry).owner;
      const hit = this.hit(entry, typedForm !== null && owner.form !== null && owner.form !== typedForm ? score - FORM_PENALTY : score);
      const known = best.get(hit.cvr);
      if (known === undefined || known.score < hit.score) best.set(hit.cvr, hit);
    };
    for (const c of candidates) {
      put(c.entry, (1 - SURFACE_WEIGHT) * c.score
        + SURFACE_WEIGHT * surfaceSimilarity(typed, surfaceWords((this.entries[c.entry] as Entry).label)));
    }
    // The names what was typed begins, when few enough share that beginning to list them all.
    const key = prefixKey(query);
    const begun = key.length < 3 ? null : this.prefixes.lookup(key, Math.max(max, PREFIX_SHARED_MAX));
    for (const b of begun ?? []) {
      const active = (this.entries[b.entry] as Entry).owner.active;
      put(b.entry, (PREFIX_BASE + (1 - PREFIX_BASE) * (key.length / b.key.length)) * (active ? 1 : INACTIVE_FACTOR));
    }
    return classify([...best.values()].sort((a, b) => b.score - a.score), max);
  }

  private addEntry(stored: StoredCompany, label: string, secondary: boolean, analyzed: AnalyzedName): void {
    const { core, owner, surfaces } = analyzed;
    const id = this.freeEntries.pop() ?? this.entries.length;
    const codes: number[] = [];
    // A repeated word ("Grenå Maskinstation Grenaa") is kept twice: the name is longer than its word set.
    const add = (token: string, kind: number): void => {
      const term = this.index.add(token, (id << POSTING_KIND_BITS) | kind);
      const surface = surfaces.get(token);
      if (surface !== undefined) this.index.addAlias(surface, term);
      codes.push((term << POSTING_KIND_BITS) | kind);
    };
    for (const t of core) add(t, this.areas.isOwnPlace(stored.area, t) && core.length > 1 ? KIND_PLACE : KIND_CORE);
    for (const t of owner) add(t, KIND_OWNER);
    this.entries[id] = { owner: stored, label, secondary };
    this.table.set(id, codes, stored.area, stored.active);
    this.prefixes.add(prefixKey(label), id);
    stored.entries.push(id);
    this.liveEntries++;
  }

  /**
   * The query's words, with an unknown word that splits into known ones ("hansentømrer") split. When the
   * first such word splits more than one way ("foliralinto": foli|ralinto or folira|linto), or is also one
   * typo from a known word ("itcafe": IT-cafe, or a misspelt Iscafe?), each reading is scored.
   */
  private readings(query: string): QueryToken[][] {
    const words = analyzeQuery(query).filter((t) => t.optional !== true || this.index.exact(t.text) !== undefined);
    const choices = words.map((t): QueryToken[][] => {
      const splits = this.index.exact(t.text) === undefined ? this.splitsOf(t) : [];
      if (splits.length === 0) return [[t]];
      return this.nearlyKnown(t.text) ? [...splits, [t]] : splits;
    });
    const varied = choices.findIndex((c) => c.length > 1);
    const reading = (pick: number): QueryToken[] =>
      choices.flatMap((c, i) => (i === varied ? c[pick] : c[0])).slice(0, MAX_QUERY_TOKENS);
    return varied < 0 ? [reading(0)] : choices[varied].slice(0, MAX_READINGS).map((_, pick) => reading(pick));
  }

  /** Query words with the vocabulary terms and places each may mean. */
  private prepare(words: QueryToken[]): PreparedToken[] {
    const prepared: PreparedToken[] = words.map((w, i) => ({
      text: w.text, located: w.located, terms: this.termsFor(w, i === words.length - 1), places: this.areas.match(w.text),
    }));
    // A known compound may still be meant apart ("tagfabrik" for "Tag-fabrik Andersen"): its parts are more meanings,
    // and a name holding both parts holds the whole word.
    prepared.forEach((p, i) => {
      if (this.index.exact(p.text) === undefined) return;
      const parts = this.splitsOf(words[i]).find((split) => split.length === 2)?.map((part) => this.index.exact(part.text) as number);
      if (parts === undefined) return;
      for (const term of parts) if (!p.terms.some((t) => t.term === term)) p.terms.push({ term, sim: VARIANT_FACTOR });
      p.parts = [parts[0], parts[1]];
    });
    // "Grenaa Auto Værksted" for "Grenaa Autoværksted": a known compound of two neighbours is one more
    // meaning of both (not a replacement: "Skov & Søn" must not become "Skovsøen").
    for (let i = 0; i + 1 < words.length; i++) {
      // With the linking letter Danish puts between the parts: "havn kiosk" → "havnekiosk".
      const term = ['', 'e', 's'].map((link) => this.index.exact(words[i].text + link + words[i + 1].text)).find((t) => t !== undefined);
      if (term === undefined) continue;
      for (const p of [prepared[i], prepared[i + 1]]) {
        p.terms.push({ term, sim: VARIANT_FACTOR });
        (p.joint ??= []).push(term);
      }
    }
    return prepared;
  }

  /** A word one typo from a known one ("steberliin") is that word misspelt, not two words joined ("steber" + "liin"). */
  private nearlyKnown(text: string): boolean {
    const oneTypo = editSimilarity(text.length, text.length, 1);
    return this.index.lookup(text, false).some((t) => t.sim >= oneTypo);
  }

  /**
   * "hansentømrer", "vvsfirma", "havnekiosk", "sorøejendomme", "ummarivs" for names that write them
   * apart: the known words each way the word splits. Tried on the word as typed too, since folding may
   * join letters across the parts ("sorø|ejendomme" folds to "sorojendomme").
   */
  private splitsOf(word: QueryToken): QueryToken[][] {
    // Each split point folds and looks up both halves: not for a pasted wall of text.
    if (word.text.length > TYPO_WORD_MAX) return [];
    const forms = word.light === undefined ? [word.text] : [word.text, word.light];
    // Without a linking letter first: "jual|sæby" is likelier than "jual|s|æby".
    for (const linked of [false, true]) {
      const found = new Map<string, string[]>();
      for (const form of forms) for (const parts of this.splitsAt(form, linked)) found.set(parts.join(' '), parts);
      if (found.size > 0) return [...found.values()].map((parts) => parts.map((text) => ({ text, located: word.located })));
    }
    return [];
  }

  private splitsAt(form: string, linked: boolean): string[][] {
    const out: string[][] = [];
    for (let i = form.length - SPLIT_MIN; i >= SPLIT_HEAD_MIN + (linked ? 1 : 0); i--) {
      // A linking "e" or "s" ("havnekiosk", "revisionsfirma") belongs to neither word.
      if (linked && !/[es]$/.test(form.slice(0, i))) continue;
      const head = foldText(form.slice(0, linked ? i - 1 : i));
      if (this.index.exact(head) === undefined) continue;
      const right = foldText(form.slice(i));
      // A legal form written onto the name ("stexiaps") is no word of it.
      if (!linked && isLegalWord(right)) out.push([head]);
      else if (this.index.exact(right) !== undefined) out.push([head, right]);
    }
    return out;
  }

  private termsFor(word: QueryToken, last: boolean): TermMatch[] {
    const cacheKey = `${last ? 1 : 0}${word.text}|${word.light ?? ''}|${word.whole ?? ''}`;
    const cached = this.termCache.get(cacheKey);
    if (cached !== undefined) return [...cached];
    if (this.termCache.size >= TERM_CACHE_SIZE) this.termCache.clear();
    const found = this.lookupTerms(word, last);
    this.termCache.set(cacheKey, found);
    return [...found];
  }

  private lookupTerms(word: QueryToken, last: boolean): TermMatch[] {
    const terms = this.index.lookup(word.text, last);
    // A typo next to a folded digraph ("Taa" for "Taxa" folds to "ta") is nearer in the unfolded form;
    // a misspelt word may hide its ending from the trade list ("dyrelinikken"): try the bare stems.
    const variants = new Set<string>(word.light === undefined ? [] : [word.light]);
    if (!terms.some((t) => t.sim === 1)) {
      // A misspelt word may look as if it had an ending ("pedseren" for "pedersen"): the whole word is a reading too.
      if (word.whole !== undefined) variants.add(word.whole);
      for (const form of [word.text, word.light ?? word.text]) {
        for (const base of definiteCandidates(form)) variants.add(base).add(foldText(base));
      }
    }
    variants.delete(word.text);
    if (variants.size === 0) return terms;
    const best = new Map(terms.map((t) => [t.term, t.sim]));
    for (const v of variants) {
      for (const t of this.index.lookup(v, false)) {
        const sim = t.sim * VARIANT_FACTOR;
        if ((best.get(t.term) ?? 0) < sim) best.set(t.term, sim);
      }
    }
    // A word cut short in the middle of the query, not only at the end.
    // Exact and typo look-ups of the word found nothing already: only its completions are left to try.
    if (best.size === 0 && !last) return this.index.begun(word.text);
    return [...best].map(([term, sim]) => ({ term, sim }));
  }

  private hit(id: number, score: number): MatchHit {
    const entry = this.entries[id] as Entry;
    const hit: MatchHit = { cvr: entry.owner.company.cvr, name: entry.owner.company.name, score: round(score) };
    if (entry.secondary) hit.matchedName = entry.label;
    return hit;
  }

  private searchCvr(cvr: string, limit: number): MatchOutcome {
    const cvrQuery: CvrQuery = { cvr, valid: isValidCvr(cvr), known: this.companies.has(cvr) };
    const known = this.companies.get(cvr);
    if (known !== undefined) {
      return { kind: 'cvr', cvrQuery, hits: [{ cvr, name: known.company.name, score: 1 }] };
    }
    // One wrong or two swapped digits always break the modulus-11 check (weights 2..7 are prime to 11),
    // so only an invalid number can be a one-slip typo of a known one: suggest those.
    const hits: MatchHit[] = [];
    if (!cvrQuery.valid) {
      for (const near of nearCvrs(cvr)) {
        const c = this.companies.get(near);
        if (c !== undefined && hits.length < limit) hits.push({ cvr: near, name: c.company.name, score: 0.5 });
      }
    }
    return { kind: 'none', cvrQuery, hits };
  }
}

function nameKey(analyzed: AnalyzedName): string {
  return `${analyzed.core.join(' ')} / ${analyzed.owner.join(' ')}`;
}

function nearCvrs(cvr: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < 8; i++) {
    for (let d = 0; d <= 9; d++) {
      const digit = String(d);
      if (digit !== cvr[i]) out.push(cvr.slice(0, i) + digit + cvr.slice(i + 1));
    }
    if (i < 7 && cvr[i] !== cvr[i + 1]) out.push(cvr.slice(0, i) + cvr[i + 1] + cvr[i] + cvr.slice(i + 2));
  }
  return out;
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
