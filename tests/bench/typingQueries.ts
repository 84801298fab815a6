/**
 * The second, independent query generator: a model of how people type a company name into Teams,
 * written apart from matcherQueries.ts (own randomness, own keyboard model, own register in
 * typingNames.ts). Each category is one habit; "keystroke" is what type-ahead sends while typing.
 */
import { Prng, type TypingCompany } from './typingNames.js';

export const TYPING_KINDS = [
  'exact', 'keystroke', 'fatfinger', 'dropped', 'doubled', 'swapped', 'twotypos', 'wordorder', 'split', 'joined',
  'abbreviated', 'formspelt', 'noform', 'aeoeaa', 'town', 'binavn', 'owner',
] as const;
export type TypingKind = (typeof TYPING_KINDS)[number];

export interface TypingQuery {
  kind: TypingKind;
  text: string;
  expected: string;
}

/** A Danish keyboard (QWERTY with æøå right of l and p); neighbours are the keys touching a key. */
const ROWS = ['1234567890+', 'qwertyuiopå', 'asdfghjklæø', '<zxcvbnm,.-'];
const OFFSETS = [0, 0.5, 0.75, 0.25];
function neighbours(ch: string): string[] {
  const out: string[] = [];
  const r = ROWS.findIndex((row) => row.includes(ch));
  if (r < 0) return out;
  const x = ROWS[r].indexOf(ch) + OFFSETS[r];
  for (let r2 = Math.max(1, r - 1); r2 <= Math.min(ROWS.length - 1, r + 1); r2++) {
    [...ROWS[r2]].forEach((k, i) => {
      if (k !== ch && /\p{L}/u.test(k) && Math.abs(i + OFFSETS[r2] - x) < 1.3) out.push(k);
    });
  }
  return out;
}

const SPELT: Record<string, string> = {
  ApS: 'anpartsselskab', 'A/S': 'aktieselskab', 'I/S': 'interessentskab', 'P/S': 'partnerselskab', 'K/S': 'kommanditselskab', IVS: 'iværksætterselskab',
};
const FORM_RE = /\s+(ApS|A\/S|I\/S|IVS|K\/S|P\/S)$/;
const OWNER_RE = /\s+v\/\s.*$/;

/** How a hurried user writes the name: often lower case, usually without the legal form and owner. */
function casual(rng: Prng, name: string): string {
  let s = name.replace(OWNER_RE, '');
  if (rng.chance(0.7)) s = s.replace(FORM_RE, '');
  return rng.chance(0.6) ? s.toLowerCase() : s;
}

/** Letters inside words of at least `min` letters that a slip can hit (never the first letter). */
function slipSpots(text: string, min: number): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (m[0].length < min) continue;
    for (let i = 1; i < m[0].length; i++) out.push((m.index as number) + i);
  }
  return out;
}

type Slip = 'fat' | 'drop' | 'double' | 'swap';
function slip(rng: Prng, text: string, kind: Slip, min = 5): string | null {
  const spots = slipSpots(text, min).filter((i) => kind !== 'swap' || /\p{L}/u.test(text[i + 1] ?? ''));
  if (spots.length === 0) return null;
  const i = rng.pick(spots);
  const ch = text[i];
  if (kind === 'drop') return text.slice(0, i) + text.slice(i + 1);
  if (kind === 'double') return text.slice(0, i) + ch + text.slice(i);
  if (kind === 'swap') return text[i + 1] === ch ? null : text.slice(0, i) + text[i + 1] + ch + text.slice(i + 2);
  const near = neighbours(ch.toLowerCase());
  return near.length === 0 ? null : text.slice(0, i) + rng.pick(near) + text.slice(i + 1);
}

function abbreviate(rng: Prng, name: string): string | null {
  const options: Array<[RegExp, string]> = [
    [/Statsautoriseret Revisionspartnerselskab/i, rng.pick(['statsaut. revision', 'statsaut.', 'P/S', 'statsautoriseret'])],
    [/\s&\s/, ' og '], [/\sog\s/, ' & '], [/Statsautoriseret/i, 'statsaut.'], [/Autoriseret/i, 'aut.'],
    [/Tømrer- og /i, 'tømrer og '], [/Aktieselskab$/i, 'A/S'],
  ];
  const usable = options.filter(([re]) => re.test(name));
  if (usable.length === 0) return null;
  const [re, by] = rng.pick(usable);
  return name.replace(OWNER_RE, '').replace(re, by);
}

/** "Havnekiosk" → "havne kiosk" / "havn kiosk", "VVS-firma" → "vvs firma": a compound written apart. */
function split(rng: Prng, name: string, parts: readonly string[]): string | null {
  const base = casual(rng, name);
  if (/-/.test(base) && !/- og/.test(base) && rng.chance(0.5)) return base.replace(/(\p{L})-(\p{L})/u, '$1 $2');
  for (const part of parts) {
    const m = new RegExp(`(\\p{L}{3,})(e?)(${part})(?=\\s|$)`, 'iu').exec(base);
    if (m !== null && m[1].length >= 2) {
      const head = rng.chance(0.5) ? m[1] + m[2] : m[1];
      return base.slice(0, m.index) + head + ' ' + m[3] + base.slice(m.index + m[0].length);
    }
  }
  return null;
}

/** Two words run together ("hansen tømrer" → "hansentømrer") or a hyphen dropped ("vvs-firma" → "vvsfirma"). */
function join(rng: Prng, name: string): string | null {
  const base = casual(rng, name);
  if (/\p{L}-\p{L}/u.test(base)) return base.replace(/(\p{L})-(\p{L})/u, '$1$2');
  const words = base.split(' ');
  const at = words.findIndex((w, i) => i + 1 < words.length && w.length >= 3 && words[i + 1].length >= 3 && !/[&/]/.test(w + words[i + 1]));
  if (at < 0) return null;
  return [...words.slice(0, at), words[at] + words[at + 1].toLowerCase(), ...words.slice(at + 2)].join(' ');
}

function aeoeaa(rng: Prng, name: string): string | null {
  const s = casual(rng, name);
  if (!/[æøåÆØÅ]/.test(s)) return /aa/i.test(s) ? s.replace(/aa/g, 'å') : null;
  const spelt = rng.chance(0.5);
  return s.replace(/[æøåÆØÅ]/g, (c) => {
    const lower = c.toLowerCase();
    const out = spelt ? { æ: 'ae', ø: 'oe', å: 'aa' }[lower] as string : { æ: 'a', ø: 'o', å: 'a' }[lower] as string;
    return c === lower ? out : out[0].toUpperCase() + out.slice(1);
  });
}

/** A keystroke prefix of what the user types: at least 3 characters, cut anywhere (mid-word too). */
export function keystrokePrefix(rng: Prng, name: string): string {
  const typed = casual(rng, name);
  return typed.slice(0, rng.int(Math.min(3, typed.length), typed.length)).trimEnd();
}

const COMPOUND_ENDS = ['forretning', 'værksted', 'firma', 'service', 'handel', 'center', 'kiosk', 'butik', 'entreprise',
  'montage', 'udlejning', 'teknik', 'rådgivning', 'salon', 'klinik', 'fabrik', 'huset'];

function make(rng: Prng, kind: TypingKind, c: TypingCompany): string | null {
  switch (kind) {
    case 'exact': return rng.chance(0.5) ? c.name : c.name.toLowerCase();
    case 'keystroke': return keystrokePrefix(rng, c.name);
    case 'fatfinger': return slip(rng, casual(rng, c.name), 'fat', 4);
    case 'dropped': return slip(rng, casual(rng, c.name), 'drop');
    case 'doubled': return slip(rng, casual(rng, c.name), 'double', 4);
    case 'swapped': return slip(rng, casual(rng, c.name), 'swap');
    case 'twotypos': {
      const kinds: Slip[] = ['fat', 'drop', 'double', 'swap'];
      const once = slip(rng, casual(rng, c.name), rng.pick(kinds), 7);
      return once === null ? null : slip(rng, once, rng.pick(kinds), 7);
    }
    case 'wordorder': {
      const words = casual(rng, c.name).split(' ').filter((w) => !/^(og|&)$/i.test(w));
      if (words.length < 2) return null;
      const i = rng.int(0, words.length - 2);
      [words[i], words[i + 1]] = [words[i + 1], words[i]];
      return words.join(' ');
    }
    case 'split': return split(rng, c.name, COMPOUND_ENDS);
    case 'joined': return join(rng, c.name);
    case 'abbreviated': return abbreviate(rng, c.name);
    case 'formspelt': return c.form === '' || c.name.endsWith('selskab') ? null : `${c.name.replace(FORM_RE, '')} ${SPELT[c.form]}`.toLowerCase();
    case 'noform': return c.form === '' ? null : c.name.replace(FORM_RE, '');
    case 'aeoeaa': return aeoeaa(rng, c.name);
    case 'town': return c.town === null ? null : `${casual(rng, c.name)} i ${rng.chance(0.7) ? c.town.toLowerCase() : c.town}`;
    case 'binavn': return c.secondaryNames.length === 0 ? null : casual(rng, c.secondaryNames[0]);
    case 'owner': {
      const m = /v\/\s*(.+)$/.exec(c.name);
      return m === null ? null : rng.chance(0.5) ? `${c.name.replace(OWNER_RE, '')} v/ ${m[1]}`.toLowerCase() : c.name.replace(OWNER_RE, '');
    }
  }
}

/** `perKind` queries of every kind, each from a random (active) company whose name allows that habit. */
export function typingQueries(register: readonly TypingCompany[], seed: number, perKind: number): TypingQuery[] {
  const rng = new Prng(seed);
  const active = register.filter((c) => c.active !== false);
  const out: TypingQuery[] = [];
  for (const kind of TYPING_KINDS) {
    let made = 0;
    for (let tries = 0; made < perKind && tries < perKind * 400; tries++) {
      const c = rng.pick(active);
      const text = make(rng, kind, c);
      if (text === null || text.trim().length < 2) continue;
      out.push({ kind, text, expected: c.cvr });
      made++;
    }
  }
  return out;
}
