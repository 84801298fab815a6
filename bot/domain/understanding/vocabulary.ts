/**
 * Word lists the phrase tables are built from. Written as readable phrases: text.ts folds æøå and
 * whitespace, so "været" also matches "vaeret" and "varet". Add new wordings here first.
 */
import { alt } from './text.js';

export const GREETING = alt('hej', 'hejsa', 'hejhej', 'hi', 'hello', 'hey', 'hallo', 'halløj', 'goddag', 'godmorgen',
  'god morgen', 'godaften', 'dav', 'davs');

/** Adverbs that soften a request and carry no meaning for it. */
export const SOFTENER = alt('lige', 'lige hurtigt', 'venligst', 'please', 'pls', 'plz');

/** Openings that only wrap the real request: greetings, "kan du ...", "do you know if ...". */
export const LEADING_FILLER = alt(
  GREETING, SOFTENER, '@?erhvervskoordinator', 'spørgsmål', 'hurtigt spørgsmål', 'quick question',
  `(?:kan|kunne|vil|gider) (?:du|i)(?: lige)?(?: ${alt('se', 'tjekke', 'checke', 'undersøge', 'finde ud af', 'fortælle mig',
    'fortælle', 'sige')})?(?: om)?`,
  'ved (?:du|i)(?: om)?', 'mon', '(?:tjek|tjekke|se) om', 'jeg vil gerne vide(?: om)?', 'jeg vil høre(?: om)?',
  'jeg spekulerer på(?: om)?', 'må jeg spørge(?: om)?',
  `(?:can|could|would|will) you(?: please)?(?: ${alt('check', 'see', 'find out', 'tell me', 'let me know')})?(?: (?:if|whether))?`,
  'do you know(?: (?:if|whether))?', 'i wonder(?: (?:if|whether))?', "(?:i'd|i would) like to know(?: (?:if|whether))?",
  'tell me (?:if|whether)', 'check (?:if|whether)',
);

/** A filler that turns what follows into a question ("ved du om X har frabedt sig kontakt" asks, it does not tell). */
export const ASKING_FILLER = /(?:^|\s)(?:om|if|whether|mon)$|^(?:ved|do you know|i wonder)/iu;

/** A whole message that only acknowledges ("OK Benzin" is a company, so "ok" is not a filler). */
export const ACKNOWLEDGEMENT = alt('ok', 'okay', 'tak', 'mange tak', 'thanks', 'thank you', 'ja', 'nej', 'yes', 'no',
  'super', 'fint', 'fedt', 'godt', 'perfekt', 'great', 'cool', 'nice');

/** Polite endings: "..., tak", "please", "for mig". */
export const TRAILING_FILLER = alt('tak', 'mange tak', 'tusind tak', 'på forhånd tak', 'please', 'pls', 'thanks',
  'thank you', 'thx', 'for mig', 'for me', 'venligst');

const DA_PERIOD = alt('dag', 'dage', 'uge', 'uger', 'måned', 'måneder', 'tid');
const EN_PERIOD = alt('day', 'days', 'week', 'weeks', 'month', 'months');

/** Words that make a lookup ask about recent contact only. Kept out of the company part. */
export const RECENCY = alt(
  'for nylig', 'for nyligt', 'nylig', 'nyligt', 'nylige', 'på det seneste', 'på det sidste', 'i den seneste tid',
  'i den sidste tid', 'den seneste tid', 'i dag', 'idag', 'i går', 'igår', 'i denne uge', 'denne uge', 'i sidste uge',
  'sidste uge', 'i denne måned', 'denne måned', 'i sidste måned', 'sidste måned',
  `(?:inden for |i )?(?:de|den) (?:seneste|sidste) (?:\\d+ |par |få )?${DA_PERIOD}`,
  // Not 'recent' alone: it opens company names ("Recent Solutions"); rules.ts reads it where it is an adjective.
  'recently', 'lately', 'of late', 'today', 'yesterday', 'this week', 'last week', 'this month', 'last month',
  `(?:in |within |over |during )?the (?:last|past) (?:\\d+ |few |couple of )?${EN_PERIOD}`,
);

/** Who might have made the contact, in questions: "har NOGEN kontaktet", "has ANYONE contacted". */
export const DA_WHO = alt('nogen', 'nogle', 'vi', 'du', 'i', 'man', 'nogen af os', 'nogen her', 'nogen andre');
export const EN_WHO = alt('anyone', 'anybody', 'someone', 'somebody', 'we', 'you', 'any of us', 'anyone else');

/** Danish perfect participles of making contact: "har nogen KONTAKTET X". */
export const DA_CONTACTED = alt(
  'kontaktet', 'talt med', 'snakket med', 'ringet til', 'ringet op til', 'ringet', 'skrevet til', 'skrevet med',
  'mailet med', 'mailet til', 'mailet', 'sendt mail til', 'besøgt', 'mødt', 'holdt møde med', 'haft møde med',
  'været i kontakt med', 'været i dialog med', 'været i forbindelse med', 'været hos', 'været ude hos',
  'haft kontakt med', 'haft kontakt til', 'haft fat i', 'fået fat i', 'henvendt sig til', 'rakt ud til',
);

/** Danish past tense: "hvem TALTE MED X". */
export const DA_CONTACTED_PAST = alt(
  'kontaktede', 'talte med', 'snakkede med', 'ringede til', 'ringede', 'skrev til', 'skrev med', 'mailede med',
  'mailede til', 'mailede', 'besøgte', 'mødtes med', 'mødte', 'var i kontakt med', 'var hos', 'havde kontakt med',
  'havde kontakt til', 'havde fat i', 'fik fat i',
);

/** Danish present: "hvem HAR KONTAKT MED X". */
export const DA_CONTACTS = alt('kontakter', 'taler med', 'snakker med', 'har kontakt med', 'har kontakt til',
  'er i kontakt med', 'er i dialog med', 'kender');

/** English, any tense after has/did/who: "did anyone CALL X", "who has TALKED TO X". */
export const EN_CONTACTED = alt(
  'contacted', 'contact', 'talked to', 'talked with', 'talk to', 'talk with', 'spoken to', 'spoken with', 'spoke to',
  'spoke with', 'speak to', 'speak with', 'called', 'call', 'phoned', 'phone', 'rung', 'rang', 'ring', 'emailed',
  'email', 'e-mailed', 'e-mail', 'mailed', 'visited', 'visit', 'met with', 'met', 'meet with', 'meet',
  'been in touch with', 'been in contact with', 'been talking to', 'gotten in touch with', 'got in touch with',
  'get in touch with', 'reached out to', 'reach out to', 'heard from', 'hear from', 'dealt with',
);

/** First words that make a message a sentence rather than a bare company name. */
export const SENTENCE_START = alt(
  'hvem', 'hvad', 'hvornår', 'hvor', 'hvorfor', 'hvordan', 'hvilke', 'hvilken', 'hvilket', 'who', 'what', 'when',
  'where', 'why', 'how', 'which', 'har', 'er', 'kan', 'skal', 'vil', 'må', 'bør', 'gør', 'is', 'are', 'has', 'have',
  'can', 'could', 'should', 'would', 'will', 'do', 'does', 'did', 'jeg', "i'm", "i've", 'vi', 'we', 'they',
  'tak', 'thanks', 'ja', 'nej', 'yes', 'no', 'vis', 'show', 'log', 'registrer', 'tjek', 'søg', 'kontakt',
  'kontakter', 'check', 'search', 'look', 'historik', 'history',
);

/** What a lookup can never be about: pronouns and question words left over from a phrase. */
export const NOT_A_COMPANY = alt('dem', 'ham', 'hende', 'den', 'det', 'nogen', 'noget', 'nogle', 'hvem', 'hvad',
  'alle', 'them', 'him', 'her', 'it', 'anyone', 'anybody', 'someone', 'somebody', 'who', 'what', 'all', 'everyone',
  'everybody', 'nobody', 'ingen');

/** Question words cannot open a company part: "HVILKE VIRKSOMHEDER har frabedt sig kontakt" asks for a list. */
export const QUESTION_WORD = alt('hvem', 'hvad', 'hvilke', 'hvilken', 'hvilket', 'who', 'what', 'which');

/**
 * What may follow the name without being part of it: a topic ("X ANGÅENDE praktik"; not "om"/"about",
 * which occur in names) or a second clause (", OG hvad sagde de?").
 */
export const TOPIC_MARKER = alt('angående', 'vedrørende', 'ang\\.', 'vedr\\.', 'regarding', 'concerning');
export const CLAUSE_MARKER = alt('og', 'men', 'eller', 'hvad', 'hvem', 'hvornår', 'and', 'but', 'or', 'what', 'who', 'when');

/** Words before the name that belong to the phrase, not the company: "kontaktet MED X", "FIRMAET X". */
export const NAME_PREFIX = alt('med', 'til', 'hos', 'om', 'på', 'with', 'to', 'about', 'firmaet', 'firma',
  'virksomheden', 'virksomhed', 'selskabet', 'the company', 'the firm', 'company');
