/**
 * Text normalisation for company names and the way staff type them. Exported for the company matcher
 * and for phrase understanding, so both agree on what "the same name" means.
 */

/** Letters a Danish keyboard user may write in several ways, mapped to their plain vowel. */
const LETTER_MAP: Record<string, string> = { æ: 'a', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower case, æ/ø/å and accents to plain letters; the digraphs "ae"/"oe"/"aa" are left as typed. */
export function foldLight(input: string): string {
  const lower = input.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const mapped = lower.replace(/[æøåäöüß]/g, (c) => LETTER_MAP[c]);
  return NON_ASCII.test(mapped) ? mapped.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : mapped;
}

function foldDigraphs(light: string): string {
  if (light.indexOf('aa') < 0 && light.indexOf('ae') < 0 && light.indexOf('oe') < 0) return light;
  return light.replace(/aa|ae/g, 'a').replace(/oe/g, 'o');
}

/**
 * Lower-case, æ/ø/å and their spelled-out forms (ae/oe/aa) folded to one plain vowel, accents
 * dropped: "Grenå"/"Grenaa"/"Grena", "Ørum"/"Oerum"/"Orum" and "Værksted"/"Vaerksted"/"Varksted"
 * meet. Folding to the plain vowel (not to the digraph) is what makes lazy "Allingabro" meet too.
 * Punctuation is kept: callers decide what it means.
 */
export function foldText(input: string): string {
  return foldDigraphs(foldLight(input));
}

/** Written with a slash these can only be legal forms; without one, "as"/"is" may be words (is = ice). */
const LEGAL_SLASH = /(^|[^a-z0-9æøå])[aikp]\s*\/\s*s(?![a-z0-9æøå])/g;
const LEGAL_SLASH_ONCE = new RegExp(LEGAL_SLASH.source);
const LEGAL_ANYWHERE = new Set([
  'aps', 'ivs', 'amba', 'fmba', 'smba', 'anpartsselskab', 'aktieselskab', 'interessentskab', 'kommanditselskab',
  'partnerselskab', 'ivarksatterselskab', 'andelsselskab', 'enkeltmandsvirksomhed', 'holdingselskab',
].map(foldText));
/** Legal forms only when last and slash-less typing is likely; "Enslev Is" is an ice cream shop. */
const LEGAL_TRAILING = new Set(['as', 'is', 'ks', 'ps']);
/** The spelt-out forms, which also end longer words: "Revisionspartnerselskab", "Holdinganpartsselskab". */
const FORM_WORDS: ReadonlyMap<string, string> = new Map([
  ['aps', 'aps'], ['anpartsselskab', 'aps'], ['aktieselskab', 'as'], ['interessentskab', 'is'], ['kommanditselskab', 'ks'],
  ['partnerselskab', 'ps'], ['ivs', 'ivs'], ['ivarksatterselskab', 'ivs'], ['amba', 'amba'], ['fmba', 'fmba'], ['smba', 'smba'],
].map(([w, code]) => [foldText(w), code]));
const LONG_FORMS = [...FORM_WORDS.keys()].filter((w) => w.length > 8);

/** The legal form a folded word names or ends in ("revisionspartnerselskab" → "ps"), if any. */
function formOfWord(word: string): string | undefined {
  const direct = FORM_WORDS.get(word);
  if (direct !== undefined) return direct;
  for (const form of LONG_FORMS) if (word.length > form.length + 2 && word.endsWith(form)) return FORM_WORDS.get(form);
  return undefined;
}

export function isLegalWord(word: string): boolean {
  return LEGAL_ANYWHERE.has(word) || formOfWord(word) !== undefined;
}

/**
 * The legal form named in a name, a register's form field or a query ("A/S", "aps", "partnerselskab",
 * a final slash-less "as"), as a short code ("as", "aps", "ps"…), or null. Typed, it helps choose
 * between otherwise equal names.
 */
export function legalFormOf(text: string): string | null {
  const lower = text.toLowerCase();
  let slashed: string | null = null;
  for (const m of lower.matchAll(LEGAL_SLASH)) slashed = `${m[0].replace(/[^aikp]/g, '').slice(-1)}s`;
  if (slashed !== null) return slashed;
  const all = words(lower);
  for (let i = all.length - 1; i >= 0; i--) {
    const form = formOfWord(all[i].folded);
    if (form !== undefined) return form;
  }
  const last = all[all.length - 1];
  return all.length > 1 && LEGAL_TRAILING.has(last.folded) ? last.folded : null;
}

/** Titles that qualify a trade ("Statsautoriseret Revisionspartnerselskab"): found when typed, barely missed when not. */
const DESCRIPTORS = new Set(['statsautoriseret', 'autoriseret', 'registreret', 'godkendt']);
/** Abbreviations as written in names and typed: "statsaut.", "aut. el-installatør". */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|[^a-z])statsaut\b\.?/g, '$1statsautoriseret '], [/(^|[^a-z])aut\./g, '$1autoriseret '], [/(^|[^a-z])reg\./g, '$1registreret '],
];

/** Small words that carry no identity; "og"/"&" vary freely ("Jensen & Søn" = "Jensen og Søn"). */
const STOPWORDS = new Set(['og', 'af', 'for', 'til', 'med', 'hos', 'the', 'and', 'of', 'v', 'co']);
/** Words that turn what follows into a place: "maskinstationen i Glesborg", "kroen på Anholt". */
const LOCATION_MARKERS = new Set(['i', 'pa', 'fra', 'ved']);

/**
 * Generic trade words whose definite form ("maskinstationen", "bageriet", "smeden") staff use when they
 * mean one particular business. Matched as word endings so compounds ("autoværkstedet") are covered.
 * Both names and queries go through the same stripping, so a rare wrong strip only merges two forms.
 */
const TRADE_STEMS = new Set([
  'station', 'værksted', 'sted', 'eri', 'bager', 'slagter', 'smed', 'smedie', 'tømrer', 'snedker', 'murer', 'maler',
  'elektriker', 'installatør', 'frisør', 'salon', 'klinik', 'apotek', 'kro', 'hotel', 'restaurant', 'café',
  'pizzeria', 'grill', 'bar', 'butik', 'mand', 'entreprenør', 'gartner', 'planteskole', 'mølle', 'bryghus',
  'revisor', 'advokat', 'kontor', 'tegnestue', 'fabrik', 'værft', 'havn', 'camping', 'center', 'hus',
  'forretning', 'udlejning', 'firma', 'skole', 'optiker', 'garage', 'tank', 'kiosk', 'mekaniker', 'mester',
  'gård', 'landbrug', 'værk', 'service', 'transport', 'marked', 'lager', 'læge', 'fysioterapi', 'fysioterapeut',
  'psykolog', 'arkitekt', 'ingeniør', 'kæde', 'brugs', 'handel', 'handler', 'byg', 'montør', 'stue', 'pension',
].map(foldText));
const STEM_MIN = 3;

const definiteCache = new Map<string, string>();
const DEFINITE_CACHE_SIZE = 600_000;

/**
 * "maskinstationen" → "maskinstation", "klinikken" → "klinik", "møllen" → "molle". Takes a light-folded
 * (or folded) token and returns it folded. Endings are found before the digraphs are folded, or
 * "firmaet" would become "firmat" and hide its ending.
 */
export function stripDefinite(token: string): string {
  // Every definite ending (and "centret") ends in n, t or e: other words need no look-up at all.
  const last = token.charCodeAt(token.length - 1);
  if (token.length < 5 || (last !== 110 && last !== 116 && last !== 101)) return foldDigraphs(token);
  const cached = definiteCache.get(token);
  if (cached !== undefined) return cached;
  const result = foldDigraphs(definiteBase(token) ?? token);
  // Large enough for the words of the whole national register, so a full load reads each word once.
  if (definiteCache.size > DEFINITE_CACHE_SIZE) definiteCache.clear();
  definiteCache.set(token, result);
  return result;
}

/** Singular definite (-en, -et, -n after a vowel) and plural definite (-erne, -rne after e). */
const DEFINITE_ENDINGS: ReadonlyArray<readonly [ending: string, afterVowel: boolean]> = [
  ['erne', false], ['rne', true], ['en', false], ['et', false], ['n', true],
];

/** Bases a word with a definite ending may have, longest ending first, whether or not it is a trade word. */
export function definiteCandidates(token: string): string[] {
  const out: string[] = [];
  for (const [ending, afterVowel] of DEFINITE_ENDINGS) {
    if (!token.endsWith(ending) || token.length - ending.length < 3) continue;
    const base = token.slice(0, -ending.length);
    if (afterVowel && !/[aeiouy]$/.test(base)) continue;
    out.push(base);
    // The final consonant doubles before the ending: klinik → klinikken, hotel → hotellet.
    if (base.length > 3 && base[base.length - 1] === base[base.length - 2]) out.push(base.slice(0, -1));
  }
  return out;
}

function definiteBase(token: string): string | null {
  if (token.endsWith('centret')) return `${token.slice(0, -7)}center`;
  for (const base of definiteCandidates(token)) if (endsWithStem(foldDigraphs(base))) return base;
  // Agent nouns: "fiskehandleren", "cykelsmederen" — any -eren is a definite -er.
  return token.length >= 7 && token.endsWith('eren') ? token.slice(0, -2) : null;
}

/** Trade stems by their last two letters: a word is checked against the few that could end it. */
const STEMS_BY_END = new Map<string, string[]>();
for (const stem of TRADE_STEMS) {
  if (stem.length < STEM_MIN) continue;
  const list = STEMS_BY_END.get(stem.slice(-2)) ?? [];
  list.push(stem);
  STEMS_BY_END.set(stem.slice(-2), list);
}

function endsWithStem(word: string): boolean {
  const stems = STEMS_BY_END.get(word.slice(-2));
  return stems !== undefined && stems.some((stem) => word.endsWith(stem));
}

/** True when a folded token is a generic trade word (or a compound ending in one). */
export function isTradeWord(token: string): boolean {
  return endsWithStem(stripDefinite(token));
}

/** A word as typed (light-folded, see foldLight) and fully folded, for the word lists. */
interface Word {
  light: string;
  folded: string;
}

const APOSTROPHE = /['’´`]/;
const APOSTROPHES = /['’´`]/g;
const ABBREVIATION = /^([a-z0-9]\.)+[a-z0-9]?\.?$/;

/** Splits lower-cased text into words (abbreviations written out); abbreviations ("a.m.b.a.", "a.p.") lose their dots and stay one word. */
function words(text: string): Word[] {
  const out: Word[] = [];
  const unslashed = text.includes('/') ? text.replace(LEGAL_SLASH, '$1 ').replace(/c\/o/g, ' ') : text;
  let light = foldLight(APOSTROPHE.test(unslashed) ? unslashed.replace(APOSTROPHES, '') : unslashed);
  if (light.includes('aut') || light.includes('reg.')) for (const [re, by] of ABBREVIATIONS) light = light.replace(re, by);
  for (const chunk of light.split(/\s+/)) {
    const parts = chunk.includes('.') && ABBREVIATION.test(chunk) ? [chunk.replace(/\./g, '')] : chunk.split(/[^a-z0-9]+/);
    for (const t of parts) if (t !== '') out.push({ light: t, folded: foldDigraphs(t) });
  }
  return out;
}

const NO_SURFACES: ReadonlyMap<string, string> = new Map();

export interface AnalyzedName {
  /** The name proper: folded, without legal form, stopwords or definite endings. */
  core: string[];
  /** The person in "… v/ Jens Nielsen": optional when searching, but found when typed. */
  owner: string[];
  /** Folded words as written, for tokens whose ending was stripped ("tandlage" → "tandlagerne"). */
  surfaces: ReadonlyMap<string, string>;
}

/** Breaks a company name into matchable tokens. `legalForm` tells whether a final "IS"/"AS" is the form or a word. */
export function analyzeName(name: string, legalForm?: string): AnalyzedName {
  const lowered = name.toLowerCase();
  const split = lowered.includes('/') ? /(^|[^a-z0-9æøå])v\s*\/\s*/.exec(lowered) : null;
  const corePart = split === null ? lowered : lowered.slice(0, split.index + split[1].length);
  const ownerPart = split === null ? '' : lowered.slice(split.index + split[0].length);
  const formKey = legalForm === undefined ? '' : foldText(legalForm).replace(/[^a-z0-9]/g, '');
  // Most names strip no ending: their map is the shared empty one (a full load makes 800,000 names).
  let found: Map<string, string> | null = null;
  const clean = (part: string): string[] => {
    const kept = words(part).filter((w) => !STOPWORDS.has(w.folded) && !LOCATION_MARKERS.has(w.folded) && !isLegalWord(w.folded));
    // "Kattegat Transport IS" ends in its form; "Kattegat Is I/S" had its form (with slash) removed already.
    const slashed = part.includes('/') && LEGAL_SLASH_ONCE.test(part);
    if (!slashed && kept.length > 1 && kept[kept.length - 1].folded === formKey) kept.pop();
    return kept.map((w) => {
      const stripped = stripDefinite(w.light);
      if (w.folded !== stripped) (found ??= new Map()).set(stripped, w.folded);
      return stripped;
    });
  };
  const named = clean(corePart);
  const core = named.filter((t) => !DESCRIPTORS.has(t));
  const owner = [...(core.length === 0 ? [] : named.filter((t) => DESCRIPTORS.has(t))), ...clean(ownerPart)];
  if (core.length === 0) core.push(...named);
  // A name that is nothing but its owner ("v/ Jens Nielsen") is searched by that name.
  const surfaces = found ?? NO_SURFACES;
  return core.length === 0 ? { core: owner, owner: [], surfaces } : { core, owner, surfaces };
}

/** Canonical key of a name: equal keys mean staff would consider the names the same. */
export function normalizeName(name: string, legalForm?: string): string {
  const { core, owner } = analyzeName(name, legalForm);
  return owner.length === 0 ? core.join(' ') : `${core.join(' ')} v ${owner.join(' ')}`;
}

export interface QueryToken {
  /** Folded and without definite ending, as name tokens are. */
  text: string;
  /**
   * The same word before the digraphs were folded, when that differs. Typos meet folding badly:
   * "huae" (for "huse") folds to "hua", two edits away; the unfolded form is one.
   */
  light?: string;
  /** The folded word with its ending, when `text` lost one ("pedseren" → "pedser" may be a misspelt "pedersen"). */
  whole?: string;
  /** Came after "i"/"på"/"fra"/"ved": likely a town, which may be the company's address rather than its name. */
  located: boolean;
  /** A final "AS"/"IS"/"KS"/"PS": the legal form typed without its slash, unless the register has such a word. */
  optional?: boolean;
}

/** Tokens of a free-text name query, in typed order. */
export function analyzeQuery(query: string): QueryToken[] {
  const out: QueryToken[] = [];
  let located = false;
  const tokens = words(query.toLowerCase()).filter((w) => !isLegalWord(w.folded));
  tokens.forEach((w, i) => {
    if (LOCATION_MARKERS.has(w.folded)) {
      located = true;
      return;
    }
    if (STOPWORDS.has(w.folded)) return;
    const token: QueryToken = { text: stripDefinite(w.light), located };
    if (w.folded !== w.light) token.light = w.light;
    if (token.text !== w.folded) token.whole = w.folded;
    if (i === tokens.length - 1 && i > 0 && LEGAL_TRAILING.has(w.folded)) token.optional = true;
    out.push(token);
  });
  return out;
}
