/**
 * The phrase tables: for each intent, the wordings that express it. Order matters: the first rule whose
 * pattern matches the whole message (and yields a usable company part) wins. `{q}` marks the company
 * part, `{reason}` an optional opt-out reason. Phrases are folded by text.ts (æøå, case, whitespace).
 */
import type { IntentKind } from './intent.js';
import { alt, whole } from './text.js';
import {
  DA_CONTACTED, DA_CONTACTED_PAST, DA_CONTACTS, DA_WHO, EN_CONTACTED, EN_WHO, GREETING,
} from './vocabulary.js';

/** Help and unknown are decided outside the table: help only as the whole message, unknown when nothing matched. */
export type RuleKind = Exclude<IntentKind, 'unknown' | 'help'>;

export interface Rule {
  readonly kind: RuleKind;
  readonly patterns: readonly RegExp[];
}

const CONJUNCTION = alt('fordi', 'da', 'idet', 'pga\\.?', 'på grund af', 'grundet', 'årsag:?', 'begrundelse:?',
  'because', 'since', 'as', 'due to', 'reason:?');

const PLACEHOLDERS: Readonly<Record<string, string>> = {
  '{q}': '(?<q>.+?)',
  // Greedy optional words in the phrase are tried first, so "vil ikke kontaktes mere" keeps "mere" out of the reason.
  '{reason}': `(?:(?:\\s*[,;:.(–—-]\\s*|\\s+)(?:${CONJUNCTION} )?(?<reason>.+?)\\)?)?`,
};

function compile(phrase: string): RegExp {
  return whole(phrase.replace(/\{q\}|\{reason\}/g, (slot) => PLACEHOLDERS[slot]));
}

function rule(kind: RuleKind, phrases: readonly string[]): Rule {
  return { kind, patterns: phrases.map(compile) };
}

const HELP_PHRASES = [
  '\\?',
  `${GREETING}(?:[\\s,!.]+${alt('hej', 'there', 'igen', 'again', 'alle', 'everyone', 'bot', 'erhvervskoordinator')})*`,
  `/?${alt('hjælp', 'hjælpe', 'help')}(?: ${alt('mig', 'me', 'please', 'tak')})?(?: ${alt('til', 'med', 'om', 'with', 'on', 'about')} .+)?`,
  `hvad kan (?:du|jeg|man)(?: ${alt('gøre', 'hjælpe med', 'hjælpe mig med', 'bruge dig til', 'spørge om', 'spørge dig om', 'skrive')})?`,
  'hvad (?:er|gør) du', 'hvem er du', `hvordan ${alt('virker du', 'virker det', 'fungerer du', 'bruger jeg dig', 'bruger man dig')}`,
  `what can (?:you|i|we)(?: ${alt('do', 'help with', 'help me with', 'ask', 'ask you', 'say')})?`,
  'what do you do', 'who are you', `how (?:do|does) ${alt('you work', 'i use you', 'i use this', 'this work', 'it work')}`,
  alt('kommandoer', 'commands', 'menu', 'vejledning', 'guide', 'manual', 'instruktioner', 'instructions', 'usage', 'info'),
];

const DIGEST = alt('digest', 'digesten', 'digestet', 'ugebrev', 'ugebrevet', 'ugeoversigt', 'ugeoversigten',
  'ugentlig oversigt', 'ugentlige oversigt', 'weekly digest', 'weekly summary', 'oversigt', 'oversigten', 'overblik',
  'overblikket');
const HERE = alt('her', 'hertil', 'i denne kanal', 'i den her kanal', 'i kanalen', 'i denne chat', 'i denne tråd',
  'til denne kanal', 'here', 'in here', 'in this channel', 'to this channel', 'in this chat');
const DIGEST_PHRASES = [
  `(?:${alt('send', 'sende', 'post', 'poste', 'del', 'vis', 'lav', 'put', 'show', 'share', 'deliver')} )?(?:${alt('the', 'a', 'ugens', 'det', 'den', 'en', 'et', 'weekly', 'ugentlige')} )?${DIGEST} ${HERE}`,
  `${alt('brug', 'use')} ${alt('denne kanal', 'den her kanal', 'kanalen', 'this channel', 'here')} ${alt('til', 'for')} (?:${alt('the', 'ugens', 'det', 'den')} )?${DIGEST}`,
  // Only the digest goes by these names, so the bare word is enough.
  alt('digest', 'ugebrev', 'ugebrevet', 'weekly digest'),
];

/** Questions about an opt-out are lookups; they must be tried before the opt-out statements swallow them. */
const OPT_OUT_QUESTION_PHRASES = [
  `har {q} ${alt('frabedt sig', 'frabedt sig kontakt', 'frabedt sig henvendelser', 'meldt fra', 'sagt nej til kontakt', 'sagt nej tak til kontakt')}`,
  'vil {q} ikke (?:længere )?kontaktes',
  `(?:has|have|did) {q} ${alt('opted out', 'opt out', 'declined contact', 'decline contact', 'asked not to be contacted', 'ask not to be contacted')}`,
];

const ADVERB = alt('nu', 'netop', 'lige', 'for nylig', 'i dag', 'også', 'just', 'now', 'recently', 'also', 'today');
const OPT_OUT_PHRASES = [
  `{q} (?:har )?(?:${ADVERB} )?frabe(?:dt|der) sig (?:${alt('al', 'yderligere', 'mere', 'flere')} )?${alt('kontakt', 'henvendelser', 'henvendelse', 'opkald', 'at blive kontaktet')}{reason}`,
  `{q} (?:${alt('vil', 'ønsker')}) ikke (?:${alt('længere', 'mere')} )?${alt('kontaktes', 'at blive kontaktet', 'blive kontaktet', 'have kontakt', 'have flere henvendelser', 'have henvendelser', 'have opkald', 'ringes op', 'kontakt', 'henvendelser')}(?: ${alt('mere', 'længere', 'af os', 'af kommunen')})?{reason}`,
  `{q} (?:${alt('skal', 'må')}) ikke (?:${alt('længere', 'mere')} )?kontaktes(?: ${alt('mere', 'længere', 'igen')})?{reason}`,
  `{q} har (?:${ADVERB} )?${alt('sagt nej til kontakt', 'sagt nej tak til kontakt', 'sagt nej til henvendelser', 'meldt fra', 'bedt om ikke at blive kontaktet', 'bedt om at blive fri for henvendelser')}{reason}`,
  `{q} (?:has |have )?(?:${ADVERB} )?${alt('opted out', 'opted out of contact', 'opted out of being contacted', 'declined contact', 'declined further contact', 'declined all contact', 'declined being contacted', 'asked not to be contacted', 'asked us not to contact them')}{reason}`,
  `{q} (?:${alt('does not', "doesn't", 'do not', "don't")}) want ${alt('to be contacted', 'contact', 'any contact', 'more contact', 'further contact', 'any more contact')}(?: ${alt('anymore', 'any more', 'again')})?{reason}`,
  `{q} (?:${alt('should not', "shouldn't", 'must not', 'may not')}) be contacted(?: ${alt('anymore', 'any more', 'again')})?{reason}`,
  `(?:${alt('opt out', 'opt-out', 'optout', 'fravalg', 'frabedelse')})(?: ${alt('for', 'fra', 'of')})? {q}`,
];

const HISTORY_WORD = alt('historik', 'historikken', 'historie', 'historien', 'kontakthistorik', 'kontakthistorikken',
  'kontaktlog', 'kontaktloggen', 'tidslinje', 'tidslinjen');
const HISTORY_PHRASES = [
  `(?:${alt('vis', 'se', 'hent', 'giv', 'find', 'søg')}(?: mig)?(?: ${alt('hele', 'den fulde', 'den', 'al')})? )?${HISTORY_WORD}(?: ${alt('for', 'på', 'om', 'med', 'over', 'hos')})? {q}`,
  `(?:${alt('vis', 'se', 'hent', 'list', 'find')}(?: mig)? )?${alt('alle', 'tidligere')} ${alt('kontakter', 'henvendelser', 'kontakterne', 'henvendelserne')} ${alt('med', 'til', 'for', 'hos', 'på')} {q}`,
  `(?:${alt('show', 'get', 'display', 'list', 'see', 'view')}(?: me)?(?: the)? )?(?:${alt('full', 'complete', 'contact', 'whole')} )?history(?: ${alt('for', 'of', 'with', 'on', 'at')})? {q}`,
  `(?:${alt('show', 'get', 'list', 'see')}(?: me)? )?${alt('all', 'previous', 'past', 'all previous')} (?:the )?${alt('contacts', 'interactions', 'contact')} ${alt('with', 'for', 'to', 'at')} {q}`,
];

const LOG_VERB = alt('log', 'logge', 'registrer', 'registrér', 'registrere', 'opret', 'oprette', 'noter', 'notér',
  'notere', 'tilføj', 'tilføje', 'gem', 'indtast', 'record', 'register', 'add', 'create', 'save', 'enter');
const LOG_NOUN = alt('kontakt', 'kontakten', 'henvendelse', 'henvendelsen', 'samtale', 'opkald', 'besøg', 'møde',
  'kontaktnotat', 'contact', 'call', 'visit', 'meeting', 'conversation', 'interaction');
const LOG_TARGET = `(?:(?:\\s*[:–—-])? (?:${alt('med', 'til', 'hos', 'på', 'for', 'with', 'to', 'at', 'about', 'om')} )?{q})?`;
const LOG_PHRASES = [
  `${LOG_VERB} (?:${alt('en', 'et', 'ny', 'nyt', 'a', 'an', 'new')} )*${LOG_NOUN}${LOG_TARGET}`,
  `${alt('ny', 'nyt', 'new')} ${LOG_NOUN}${LOG_TARGET}`,
  'log',
  `jeg har (?:netop )?${alt('talt med', 'snakket med', 'ringet til', 'kontaktet', 'besøgt', 'været hos', 'været ude hos', 'haft møde med', 'holdt møde med', 'skrevet til', 'mailet med')} {q}`,
  `jeg ${alt('talte med', 'snakkede med', 'ringede til', 'kontaktede', 'besøgte', 'mødtes med', 'var hos')} {q}`,
  `(?:i|i've|i have) (?:just )?${alt('talked to', 'talked with', 'spoke to', 'spoke with', 'spoken to', 'spoken with', 'called', 'phoned', 'contacted', 'visited', 'met with', 'emailed', 'been in touch with')} {q}`,
];

const BEEN_CONTACTED = alt('kontaktet', 'ringet op', 'besøgt', 'kontaktet af nogen', 'kontaktet af os',
  'kontaktet af kommunen');
const LOOKUP_PHRASES = [
  // Danish questions
  `har ${DA_WHO} (?:${alt('allerede', 'nogensinde', 'før')} )?${DA_CONTACTED} {q}`,
  `${DA_WHO} har (?:allerede )?${DA_CONTACTED} {q}`,
  `er der ${alt('nogen', 'nogle')} ${alt('der', 'som')} har ${DA_CONTACTED} {q}`,
  `${alt('har', 'er')} der været (?:${alt('nogen', 'noget')} )?${alt('kontakt', 'henvendelser', 'henvendelse', 'dialog')} ${alt('med', 'til', 'hos')} {q}`,
  `${alt('har', 'er')} ${alt('vi', 'i', 'nogen')} (?:i )?(?:nogen )?kontakt ${alt('med', 'til', 'hos')} {q}`,
  `er {q} (?:allerede )?${alt('blevet', 'været')} ${BEEN_CONTACTED}`,
  `{q} er (?:allerede )?${alt('blevet', 'været')} ${BEEN_CONTACTED}`,
  `hvem (?:${alt('der', 'som')} )?${alt('har', 'havde')} ${DA_CONTACTED} {q}`,
  `hvem (?:${alt('der', 'som')} )?${DA_CONTACTED_PAST} {q}`,
  `hvem (?:${alt('der', 'som')} )?${DA_CONTACTS} {q}`,
  `hvem ${alt('er', 'var')} ${alt('kontaktperson', 'kontaktansvarlig', 'ansvarlig')} ${alt('for', 'på', 'hos', 'til')} {q}`,
  `hvornår ${alt('har', 'havde')} ${DA_WHO} sidst ${DA_CONTACTED} {q}`,
  `hvornår ${alt('kontaktede', 'talte', 'snakkede', 'ringede', 'skrev', 'mailede', 'besøgte', 'mødte', 'var')} ${DA_WHO} sidst (?:${alt('med', 'til', 'i kontakt med', 'hos')} )?{q}`,
  `hvornår ${alt('blev', 'var')} {q} sidst ${alt('kontaktet', 'besøgt', 'i kontakt med os')}`,
  'hvornår er {q} sidst blevet kontaktet',
  // Danish commands
  'kontakt(?:er)? {q}',
  `${alt('tjek', 'tjekke', 'check', 'chek', 'tjek op på', 'undersøg')} {q}`,
  `slå {q} op`, 'slå op(?: på)? {q}', 'opslag(?: på)? {q}',
  `${alt('søg', 'søge', 'find', 'finde')}(?: ${alt('efter', 'på')})? {q}`,
  `${alt('info', 'information', 'oplysninger', 'detaljer', 'status')} ${alt('om', 'på', 'for')} {q}`,
  'hvad ved (?:vi|du|i) om {q}', 'fortæl(?: mig)? om {q}',
  // Follow-ups after an answer: "og X?", "hvad med X?"
  `(?:${alt('hvad', 'hvordan')} med|og) {q}`, `(?:${alt('what', 'how')} about|and) {q}`,
  // English
  `${alt('has', 'have', 'did')} ${EN_WHO} (?:${alt('already', 'ever')} )?${EN_CONTACTED} {q}`,
  `${EN_WHO} (?:${alt('has', 'have', 'had')} )?(?:already )?${EN_CONTACTED} {q}`,
  `who(?:${alt("'s", ' has', ' have', ' had')})? ${EN_CONTACTED} {q}`,
  `who(?: is|'s) ${alt('in touch', 'in contact', 'the contact', 'the contact person', 'responsible')} ${alt('with', 'for', 'at')} {q}`,
  `(?:${alt('has', 'was', 'is', 'have')}) {q} (?:already )?(?:been )?${alt('contacted', 'called', 'visited', 'reached', 'contacted by anyone', 'contacted by us')}`,
  `when ${alt('did', 'have', 'has')} ${EN_WHO} last ${EN_CONTACTED} {q}`,
  `when was {q} last ${alt('contacted', 'called', 'visited')}`,
  `when ${alt('were', 'was')} ${alt('we', 'you', 'they')} last in ${alt('touch', 'contact')} with {q}`,
  `(?:${alt('any', 'is there any', 'are there any', 'have we had any', 'did we have any')} )?(?<recent>recent )?${alt('contact', 'contacts', 'interaction', 'interactions')} ${alt('with', 'to', 'for')} {q}`,
  `${alt('is', 'are')} ${EN_WHO} ${alt('in touch', 'in contact')} with {q}`,
  `${alt('look up', 'lookup', 'look for', 'search for', 'search', 'find', 'check', 'check on', 'check up on')} {q}`,
  'look {q} up',
  `${alt('info', 'information', 'details', 'status')} ${alt('on', 'about', 'for')} {q}`,
  'what do (?:we|you) know about {q}', 'tell me about {q}',
];

/** Help is matched separately, against the whole message only. */
export const HELP_PATTERNS: readonly RegExp[] = HELP_PHRASES.map(compile);

export const RULES: readonly Rule[] = [
  rule('digestHere', DIGEST_PHRASES),
  rule('lookup', OPT_OUT_QUESTION_PHRASES),
  rule('optOut', OPT_OUT_PHRASES),
  rule('history', HISTORY_PHRASES),
  rule('logContact', LOG_PHRASES),
  rule('lookup', LOOKUP_PHRASES),
];
