/** Cleans the company part (and an opt-out reason) cut out of a phrase. */
import { HAS_WORD_CHAR, leading, phraseSource, whole, within } from './text.js';
import { CLAUSE_MARKER, NAME_PREFIX, NOT_A_COMPANY, QUESTION_WORD, RECENCY, TOPIC_MARKER } from './vocabulary.js';

const EDGE_START = /^[\s:;,\-–—…]+/u;
const EDGE_END = /[\s:;,.!?\-–—…]+$/u;
const QUOTE_START = /^["'“”„«»‘’‚`´]+/u;
const QUOTE_END = /["'“”«»‘’`´]+$/u;
const PREFIX = leading(`${NAME_PREFIX}\\s*`);
// "CVR 13748136", "cvr-nr. 13748136", "p-nr: 1012345678": the label is not part of what to search for.
const NUMBER_LABEL = /^(?:cvr[\s.-]*(?:nr\.?|nummer|number|no\.?)?|p[\s.-]*(?:nr\.?|nummer|number|no\.?))[\s.:#-]*(?=\d)/iu;
const NOT_A_NAME = whole(NOT_A_COMPANY);
const OPENS_WITH_QUESTION = leading(QUESTION_WORD);
const TAIL = new RegExp(
  `(?:\\s*,\\s*${phraseSource(CLAUSE_MARKER)}|(?<![\\p{L}\\p{N}])${phraseSource(TOPIC_MARKER)})(?![\\p{L}\\p{N}]).*$`, 'iu');
const RECENCY_WORDS = within(RECENCY);

/** Removes recency words, reporting whether there were any. */
export function dropRecency(text: string): { text: string; recent: boolean } {
  let recent = false;
  const rest = text.replace(RECENCY_WORDS, () => {
    recent = true;
    return ' ';
  });
  return { text: rest.replace(/\s+/g, ' ').trim(), recent };
}

/**
 * Keeps only the company: no edge punctuation or quotes, no "med"/"firmaet"/"the company" before it.
 * Words inside the name stay ("Bageriet i Auning"), and a CVR number keeps the spacing it was written with.
 * Returns null when nothing name-like is left.
 */
export function cleanQuery(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  let query = raw.replace(/\s+/g, ' ').replace(TAIL, '');
  let previous: string;
  do {
    previous = query;
    query = query
      .replace(EDGE_START, '')
      .replace(EDGE_END, '')
      .replace(QUOTE_START, '')
      .replace(QUOTE_END, '')
      .replace(PREFIX, '');
  } while (query !== previous);
  query = query.replace(NUMBER_LABEL, '');
  return HAS_WORD_CHAR.test(query) && !NOT_A_NAME.test(query) && !OPENS_WITH_QUESTION.test(query) ? query : null;
}

/** The reason is the user's own words: only the edges are tidied. */
export function cleanReason(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const reason = raw.replace(/\s+/g, ' ').replace(EDGE_START, '').replace(EDGE_END, '')
    .replace(/^["“”„«»]+|["“”«»]+$/gu, '').trim();
  return HAS_WORD_CHAR.test(reason) ? reason : null;
}
