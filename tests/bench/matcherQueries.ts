/**
 * Deterministic bench queries for the company matcher: each is a company's name (or CVR) changed the
 * way staff actually type it, and the expected answer is that company.
 */
import { LOCAL_PLACES } from '../../bot/demo/companyNames.js';
import { Random } from '../../bot/demo/random.js';
import type { Company } from '../../bot/domain/company.js';
import { TRADES } from '../../bot/demo/trades.js';
import { analyzeName, foldLight, foldText, stripDefinite } from '../../bot/domain/matching/normalize.js';

export const QUERY_KINDS = [
  'exact', 'case', 'typo1', 'typo2', 'suffix', 'owner', 'translit', 'order', 'partial', 'town', 'binavn', 'cvr', 'mixed',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
  kind: QueryKind;
  text: string;
  /** CVR of the company the query was made from. */
  expected: string;
}

/** Roughly how often staff type each kind; every kind gets enough queries to show its miss rate. */
const KIND_WEIGHTS: Record<QueryKind, number> = {
  exact: 6, case: 6, typo1: 14, typo2: 9, suffix: 6, owner: 5, translit: 8, order: 6, partial: 10, town: 10,
  binavn: 6, cvr: 6, mixed: 8,
};

const SUFFIX_RE = /\s+(ApS|A\/S|I\/S|IVS|K\/S|P\/S)$/;
const OWNER_RE = /\s+v\/\s+(.+)$/;
const LEGAL_FORMS = ['ApS', 'A/S', 'I/S', 'IVS', 'K/S', 'P/S'];
const ALL_PLACES = new Set(Object.values(LOCAL_PLACES).flatMap((list) => list.map(([p]) => foldText(p))));
/** Trade words as the demo generator uses them, in matcher form ("Tandlægerne" → "tandlage"). */
const TRADE_WORDS = new Set(Object.values(TRADES).flat().flatMap((t) => [...t.words, ...(t.lead ?? [])])
  .flatMap((w) => w.split(/[\s-]+/)).filter((w) => w.length > 3).map(tradeKey));
function tradeKey(word: string): string {
  return stripDefinite(foldLight(word));
}

/** Danish keyboard rows with the usual stagger, for adjacent-key typos. */
const KEY_ROWS = ['qwertyuiopå', 'asdfghjklæø', 'zxcvbnm'];
const ROW_SHIFT = [0, 0.25, 0.75];
const NEIGHBOURS = new Map<string, string[]>();
KEY_ROWS.forEach((row, r) => [...row].forEach((key, i) => {
  const near: string[] = [];
  KEY_ROWS.forEach((other, r2) => [...other].forEach((k2, j) => {
    const dx = j + ROW_SHIFT[r2] - (i + ROW_SHIFT[r]);
    if (k2 !== key && Math.abs(r2 - r) <= 1 && Math.abs(dx) <= 1.01) near.push(k2);
  }));
  NEIGHBOURS.set(key, near);
}));

export function generateQueries(companies: readonly Company[], opts: { seed: number; count: number }): BenchQuery[] {
  const rng = Random.derive(opts.seed, 'matcher-queries');
  const withOwner = companies.filter((c) => OWNER_RE.test(c.name));
  const withBinavn = companies.filter((c) => c.secondaryNames.length > 0);
  let words: WordIndex | null = null;
  const wordIndex = (): WordIndex => (words ??= new WordIndex(companies));
  const kinds = Object.keys(KIND_WEIGHTS) as QueryKind[];
  const weights = kinds.map((k) => KIND_WEIGHTS[k]);
  const out: BenchQuery[] = [];
  while (out.length < opts.count) {
    const kind = rng.weighted(kinds, weights);
    const pool = kind === 'owner' ? withOwner : kind === 'binavn' ? withBinavn : companies;
    if (pool.length === 0) continue;
    const company = rng.pick(pool);
    const text = kind === 'partial' ? partial(rng, company, wordIndex()) : makeQuery(rng, kind, company);
    if (text !== null && text.trim() !== '') out.push({ kind, text, expected: company.cvr });
  }
  return out;
}

function makeQuery(rng: Random, kind: QueryKind, c: Company): string | null {
  // Staff rarely type the legal form, and often type in lower case: most kinds drop both at random.
  const casual = (s: string): string => {
    const t = rng.chance(0.6) ? s.replace(SUFFIX_RE, '') : s;
    return rng.chance(0.4) ? t.toLowerCase() : t;
  };
  switch (kind) {
    case 'exact': return c.name;
    case 'case': return rng.chance(0.5) ? c.name.toLowerCase() : c.name.toUpperCase();
    case 'typo1': return typos(rng, casual(c.name), 1);
    case 'typo2': return typos(rng, casual(c.name), 2);
    case 'suffix': return changeSuffix(rng, c.name);
    case 'owner': return casual(c.name.replace(OWNER_RE, ''));
    case 'translit': return transliterate(rng, casual(c.name));
    case 'order': return shuffleWords(rng, casual(c.name));
    case 'partial': return null;
    case 'town': return townQualified(rng, c);
    case 'binavn': {
      const alt = rng.pick(c.secondaryNames);
      return rng.chance(0.3) ? typos(rng, alt, 1) : casual(alt);
    }
    case 'cvr': return cvrForm(rng, c.cvr);
    case 'mixed': {
      let q: string | null = casual(c.name);
      const steps = rng.shuffle(['typo', 'translit', 'order', 'suffix']).slice(0, 2);
      for (const step of steps) {
        if (q === null) return null;
        q = step === 'typo' ? typos(rng, q, 1) : step === 'translit' ? transliterate(rng, q) ?? q
          : step === 'order' ? shuffleWords(rng, q) ?? q : changeSuffix(rng, q);
      }
      return q;
    }
  }
}

/** Up to `count` realistic typos, never in words of ≤ 3 letters, two in one word only if it is long. */
export function typos(rng: Random, text: string, count: number): string | null {
  const words = text.split(' ');
  const eligible = words.map((w, i) => ({ w, i })).filter(({ w }) => /^\p{L}{4,}$/u.test(w) && !LEGAL_FORMS.includes(w));
  if (eligible.length === 0) return null;
  const targets = rng.shuffle([...eligible]).slice(0, count).map(({ i }) => i);
  if (targets.length < count) {
    const long = eligible.find(({ w }) => w.length >= 8);
    if (long === undefined) return null;
    targets.push(long.i);
  }
  for (const i of targets) {
    let changed: string | null = null;
    for (let attempt = 0; attempt < 6 && changed === null; attempt++) {
      const candidate = typo(rng, words[i]);
      if (foldText(candidate) !== foldText(words[i])) changed = candidate;
    }
    if (changed === null) return null;
    words[i] = changed;
  }
  return words.join(' ');
}

function typo(rng: Random, word: string): string {
  const at = rng.int(1, word.length - 2);
  const ch = word[at];
  const op = rng.weighted(['adjacent', 'drop', 'double', 'swap'], [35, 25, 15, 25]);
  if (op === 'drop') return word.slice(0, at) + word.slice(at + 1);
  if (op === 'double') return word.slice(0, at) + ch + word.slice(at);
  if (op === 'swap') return word.slice(0, at) + word[at + 1] + ch + word.slice(at + 2);
  const near = NEIGHBOURS.get(ch.toLowerCase()) ?? [];
  if (near.length === 0) return word.slice(0, at) + word.slice(at + 1);
  const key = rng.pick(near);
  return word.slice(0, at) + (ch === ch.toUpperCase() ? key.toUpperCase() : key) + word.slice(at + 1);
}

function changeSuffix(rng: Random, name: string): string {
  const current = SUFFIX_RE.exec(name);
  if (current !== null && rng.chance(0.6)) return name.replace(SUFFIX_RE, '');
  const other = rng.pick(LEGAL_FORMS.filter((f) => current === null || f !== current[1]));
  return `${name.replace(SUFFIX_RE, '').replace(OWNER_RE, '')} ${other}`;
}

/** æ/ø/å spelled out (ae/oe/aa), or flattened (a/o/a, "Orum"), or "aa" written as å. */
function transliterate(rng: Random, text: string): string | null {
  if (!/[æøåÆØÅ]|aa|Aa/.test(text)) return null;
  const style = /[æøåÆØÅ]/.test(text) ? rng.pick(['digraph', 'plain']) : 'ring';
  if (style === 'ring') return text.replace(/aa/g, 'å').replace(/Aa/g, 'Å');
  const map: Record<string, string> = style === 'digraph'
    ? { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' }
    : { æ: 'a', ø: 'o', å: 'a', Æ: 'A', Ø: 'O', Å: 'A' };
  return text.replace(/[æøåÆØÅ]/g, (ch) => map[ch]);
}

function shuffleWords(rng: Random, text: string): string | null {
  const base = text.replace(OWNER_RE, '').replace(SUFFIX_RE, '');
  const words = base.split(' ');
  if (words.length < 2) return null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const shuffled = rng.shuffle([...words]).join(' ');
    if (shuffled !== base) return shuffled;
  }
  return null;
}

/**
 * What people remember of a longer name: without the initial ("C. Christensen Træfældning"), without
 * "og Entreprenør", without a middle word; or a long last word cut short, as when someone stops typing.
 * Only partials whose words still single the company out are used: someone who remembers part of a
 * name remembers the telling part. Partials that fit several companies are the unit tests' business
 * (the ambiguous outcome), not a ranking question.
 */
function partial(rng: Random, c: Company, words: WordIndex): string | null {
  const parts = c.name.replace(OWNER_RE, '').replace(SUFFIX_RE, '').split(' ');
  const options: string[] = [];
  if (parts.length >= 3) {
    parts.forEach((w, i) => {
      const joiner = /^(og|&)$/i.test(w);
      if (joiner && i + 1 < parts.length) options.push([...parts.slice(0, i), ...parts.slice(i + 2)].join(' '));
      else if (!joiner) options.push([...parts.slice(0, i), ...parts.slice(i + 1)].join(' '));
    });
  }
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && last.length >= 9) {
    options.push(`${parts.slice(0, -1).join(' ')} ${last.slice(0, rng.int(6, last.length - 3))}`.toLowerCase());
  }
  const distinctive = options.filter((o) => o.split(' ').length >= 2 && words.onlyHolder(o, c.cvr));
  return distinctive.length === 0 ? null : rng.pick(distinctive);
}

/**
 * Which companies hold all the words of a (partial) name; the last word may be cut short. A genitive
 * -s is ignored ("Olsens Musik" holds "Olsen Musik"), erring towards "not distinctive".
 */
class WordIndex {
  private readonly holders = new Map<string, Set<string>>();
  constructor(companies: readonly Company[]) {
    for (const c of companies) {
      for (const label of [c.name, ...c.secondaryNames]) {
        const { core, owner } = analyzeName(label, c.legalForm);
        for (const t of [...core, ...owner].map(wordKey)) {
          const set = this.holders.get(t);
          if (set === undefined) this.holders.set(t, new Set([c.cvr]));
          else set.add(c.cvr);
        }
      }
    }
  }

  holdersOf(text: string): Set<string> {
    const tokens = analyzeName(text).core.map(wordKey);
    const cut = wordKey(foldText(text.split(' ').pop() ?? ''));
    let common = new Set<string>();
    for (const [i, t] of tokens.entries()) {
      const exact = this.holders.get(t);
      const holders = new Set<string>(exact ?? []);
      if (exact === undefined && i === tokens.length - 1) {
        for (const [word, set] of this.holders) if (word.startsWith(cut)) for (const h of set) holders.add(h);
      }
      common = i === 0 ? holders : new Set([...common].filter((h) => holders.has(h)));
    }
    return common;
  }

  onlyHolder(text: string, cvr: string): boolean {
    const holders = this.holdersOf(text);
    return holders.size === 1 && holders.has(cvr);
  }
}

function wordKey(token: string): string {
  return token.length > 4 ? token.replace(/s$/, '') : token;
}

/**
 * "maskinstationen i Glesborg" for "Glesborg Maskinstation ApS": the trade word in its definite form
 * and the place from the name; names without a place become "<name> i <town>".
 */
function townQualified(rng: Random, c: Company): string | null {
  const words = c.name.replace(OWNER_RE, '').replace(SUFFIX_RE, '').split(' ');
  const placeAt = words.findIndex((w) => ALL_PLACES.has(foldText(w)));
  const trade = words.filter((w, i) => i !== placeAt && TRADE_WORDS.has(tradeKey(w)));
  if (placeAt >= 0 && trade.length > 0 && words.length <= 3) {
    const word = trade[trade.length - 1];
    const alreadyDefinite = tradeKey(word) !== foldText(word);
    const q = `${alreadyDefinite ? word : definite(word)} i ${words[placeAt]}`;
    return rng.chance(0.5) ? q.toLowerCase() : q;
  }
  if (c.address.town === null || words.some((w) => foldText(w) === foldText(c.address.town ?? ''))) return null;
  return `${words.join(' ')} i ${c.address.town}`;
}

const NEUTER = ['værksted', 'hus', 'firma', 'kontor', 'værft', 'apotek', 'hotel', 'center', 'marked', 'lager', 'anlæg', 'brug', 'værk'];

/** Danish definite singular of a trade word: -en, -et, -n after e, doubled consonant after short -ik/-el. */
export function definite(word: string): string {
  const w = word.toLowerCase();
  if (/eri$/.test(w) || NEUTER.some((n) => w.endsWith(n))) return /(ik|el)$/.test(w) ? `${word}${w.slice(-1)}et` : `${word}et`;
  if (/e$/.test(w)) return `${word}n`;
  if (/(ik|el)$/.test(w)) return `${word}${w.slice(-1)}en`;
  return `${word}en`;
}

function cvrForm(rng: Random, cvr: string): string {
  const spaced = cvr.replace(/(\d\d)(?=\d)/g, '$1 ');
  return rng.pick([cvr, `DK ${spaced}`, `DK${cvr}`, `DK-${cvr}`, spaced, `cvr ${cvr}`, `CVR-nr. ${cvr}`]);
}

/**
 * Names of companies outside the register (another seed), sometimes with a typo: the matcher should
 * not answer them. Names whose words some registered company holds all of are left out: "Grenaa
 * Murerforretning" is the registered "Grenaa Murerforretning v/ Michael Mikkelsen" for any user.
 */
export function generateNegativeQueries(others: readonly Company[], register: readonly Company[], seed: number, count: number): string[] {
  const rng = Random.derive(seed, 'matcher-negatives');
  const words = new WordIndex(register);
  const out: string[] = [];
  for (const c of others) {
    if (out.length >= count) break;
    const name = c.name.replace(OWNER_RE, '').replace(SUFFIX_RE, '');
    if (words.holdersOf(name).size > 0) continue;
    out.push(rng.chance(0.3) ? typos(rng, name, 1) ?? name : name);
  }
  return out;
}
