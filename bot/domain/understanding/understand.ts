/**
 * Turns a chat message into an Intent with phrase tables only: no LLM, no network, no Teams types.
 * Steps: strip markup, trim polite edges, then try the rule tables in order; a short message that
 * matches no phrase is taken as a bare company name or CVR number.
 */
import type { Intent } from './intent.js';
import { cleanQuery, cleanReason, dropRecency } from './query.js';
import { HELP_PATTERNS, RULES, type RuleKind } from './rules.js';
import { HAS_WORD_CHAR, leading, stripMentions, whole, within } from './text.js';
import {
  ACKNOWLEDGEMENT, ASKING_FILLER, LEADING_FILLER, SENTENCE_START, SOFTENER, TRAILING_FILLER,
} from './vocabulary.js';

/** Longer than this and matching no phrase, a message is chat, not a company name. */
export const MAX_BARE_WORDS = 12;

const LEADING_FILLER_RE = leading(LEADING_FILLER);
const TRAILING_FILLER_RE = new RegExp(`(?:^|[\\s,.!?]+)(?:${within(TRAILING_FILLER).source})$`, 'iu');
const TRAILING_PUNCTUATION = /[\s?!.,;:…\p{Extended_Pictographic}\u{fe0f}]+$/u;
const SOFTENERS = within(SOFTENER);
const ACKNOWLEDGEMENT_RE = whole(ACKNOWLEDGEMENT);
const SENTENCE_START_RE = leading(SENTENCE_START);

function isHelp(text: string): boolean {
  return HELP_PATTERNS.some((pattern) => pattern.test(text));
}

/** Drops trailing punctuation, emoji and "tak"/"please", in any order and number. */
function trimTail(text: string): string {
  let rest = text;
  let previous: string;
  do {
    previous = rest;
    rest = rest.replace(TRAILING_PUNCTUATION, '').replace(TRAILING_FILLER_RE, '');
  } while (rest !== previous);
  return rest;
}

/** Drops openings like "hej", "kan du se om", "do you know if"; `asked` tells whether one made it a question. */
function dropLeadingFillers(text: string): { text: string; asked: boolean } {
  let rest = text;
  let asked = false;
  for (let match = LEADING_FILLER_RE.exec(rest); match && match[0].length > 0; match = LEADING_FILLER_RE.exec(rest)) {
    asked ||= ASKING_FILLER.test(match[0].trim());
    rest = rest.slice(match[0].length).replace(/^[\s,.!:;]+/u, '');
  }
  return { text: rest, asked };
}

function fromRule(kind: RuleKind, groups: Record<string, string | undefined>, recent: boolean, asked: boolean): Intent | null {
  switch (kind) {
    case 'digestHere':
      return { kind: 'digestHere' };
    case 'logContact':
      return { kind: 'logContact', query: cleanQuery(groups.q) };
    case 'lookup': {
      const query = cleanQuery(groups.q);
      return query === null ? null : { kind: 'lookup', query, recent: recent || groups.recent !== undefined };
    }
    case 'history': {
      const query = cleanQuery(groups.q);
      return query === null ? null : { kind: 'history', query };
    }
    case 'optOut': {
      const query = groups.q === undefined ? null : cleanQuery(dropRecency(groups.q).text);
      if (query === null) return null;
      // Recording an opt-out is a write; a message phrased as a question only asks about one.
      if (asked) return { kind: 'lookup', query, recent };
      return { kind: 'optOut', query, reason: cleanReason(groups.reason) };
    }
  }
}

function bareLookup(text: string, recent: boolean): Intent | null {
  const words = text.split(' ').filter((word) => word.length > 0);
  if (words.length === 0 || words.length > MAX_BARE_WORDS || SENTENCE_START_RE.test(text)) return null;
  const query = cleanQuery(text);
  return query === null ? null : { kind: 'lookup', query, recent };
}

export function understand(text: string): Intent {
  const message = stripMentions(text);
  const unknown: Intent = { kind: 'unknown', text: message };
  const core = trimTail(message);
  if (isHelp(message) || isHelp(core)) return { kind: 'help' };
  if (ACKNOWLEDGEMENT_RE.test(core)) return unknown;

  const opened = dropLeadingFillers(core);
  const body = opened.text;
  if (isHelp(body)) return { kind: 'help' };
  if (!HAS_WORD_CHAR.test(body)) return unknown;
  const asked = opened.asked || /\?\s*$/u.test(message);
  // Opt-out reasons are the user's words, so only the other rules see the text without softeners and dates.
  const { text: plain, recent } = dropRecency(body.replace(SOFTENERS, ' '));

  for (const { kind, patterns } of RULES) {
    const subject = kind === 'optOut' ? body : plain;
    for (const pattern of patterns) {
      const match = pattern.exec(subject);
      const intent = match ? fromRule(kind, match.groups ?? {}, recent, asked) : null;
      if (intent) return intent;
    }
  }
  return bareLookup(plain, recent) ?? unknown;
}
