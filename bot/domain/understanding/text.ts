/** Text plumbing shared by the phrase tables: markup removal and the phrase-to-RegExp compiler. */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  shy: '',
};

function decodeEntity(_entity: string, body: string): string {
  const lower = body.toLowerCase();
  if (lower.startsWith('#')) {
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    // A malformed or out-of-range code point would throw in fromCodePoint; drop it like an unknown entity.
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return NAMED_ENTITIES[lower] ?? ' ';
}

/**
 * Removes Teams mention markup (the mentioned name too, it is never part of the request),
 * any other HTML tags and entities, and collapses whitespace.
 */
export function stripMentions(text: string): string {
  return text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    // Decoded after tag removal, so an escaped "&lt;b&gt;" typed by the user stays text.
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, ' ')
    .trim();
}

/** Non-capturing alternation, longest option first so "ringet til" is tried before "ringet". */
export function alt(...options: readonly string[]): string {
  return `(?:${[...options].sort((a, b) => b.length - a.length).join('|')})`;
}

// People type Danish letters as æøå, as ae/oe/aa, or drop them to a plain vowel on an English keyboard.
const FOLDS: Readonly<Record<string, string>> = { æ: '(?:æ|ae|a)', ø: '(?:ø|oe|o)', å: '(?:å|aa|a)' };

/** Turns a readable phrase into a regex source: folds æøå, lets any apostrophe and any run of whitespace match. */
export function phraseSource(phrase: string): string {
  return phrase
    .replace(/[æøå]/g, (letter) => FOLDS[letter])
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
}

// \b is ASCII-only in JS, so word edges are spelled out to treat æøå as letters.
const WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Matches the whole message. */
export function whole(phrase: string): RegExp {
  return new RegExp(`^(?:${phraseSource(phrase)})$`, 'iu');
}

/** Matches at the start of the message, ending on a word edge. */
export function leading(phrase: string): RegExp {
  return new RegExp(`^(?:${phraseSource(phrase)})${WORD_AFTER}`, 'iu');
}

/** Matches anywhere as whole words; global, for replace(). */
export function within(phrase: string): RegExp {
  return new RegExp(`${WORD_BEFORE}(?:${phraseSource(phrase)})${WORD_AFTER}`, 'giu');
}

export const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
