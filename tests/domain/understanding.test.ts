import assert from 'node:assert/strict';
import { MAX_BARE_WORDS, stripMentions, understand, type Intent } from '../../bot/domain/understanding/index.js';

const lookup = (query: string, recent = false): Intent => ({ kind: 'lookup', query, recent });
const history = (query: string): Intent => ({ kind: 'history', query });
const logContact = (query: string | null): Intent => ({ kind: 'logContact', query });
const optOut = (query: string, reason: string | null = null): Intent => ({ kind: 'optOut', query, reason });
const help: Intent = { kind: 'help' };
const digestHere: Intent = { kind: 'digestHere' };

const CASES: ReadonlyArray<readonly [string, Intent]> = [
  // Danish lookups
  ['har nogen kontaktet Grenaa Maskinstation for nylig?', lookup('Grenaa Maskinstation', true)],
  ['Har nogen kontaktet Grenaa Maskinstation?', lookup('Grenaa Maskinstation')],
  ['har vi kontaktet Djurs Vand', lookup('Djurs Vand')],
  ['har nogen været i kontakt med Bageriet i Auning?', lookup('Bageriet i Auning')],
  ['har nogen vaeret i kontakt med Bageriet i Auning', lookup('Bageriet i Auning')],
  ['er Maskinstationen i Glesborg blevet kontaktet for nylig?', lookup('Maskinstationen i Glesborg', true)],
  ['er Maskinstationen i Glesborg blevet kontaktet', lookup('Maskinstationen i Glesborg')],
  ['hvem har talt med Anholt Havn?', lookup('Anholt Havn')],
  ['Hvem har kontaktet Ørsted Tømrerforretning', lookup('Ørsted Tømrerforretning')],
  ['hvem har ringet til Vivild Auto', lookup('Vivild Auto')],
  ['hvornår har vi sidst talt med Allingåbro Smedie?', lookup('Allingåbro Smedie')],
  ['hvornaar har vi sidst talt med Allingaabro Smedie', lookup('Allingaabro Smedie')],
  ['kontakt Grenaa Havn', lookup('Grenaa Havn')],
  ['kontakter Grenaa Havn', lookup('Grenaa Havn')],
  ['tjek Fjellerup Camping', lookup('Fjellerup Camping')],
  ['slå Trustrup Tømrer op', lookup('Trustrup Tømrer')],
  ['slaa Trustrup Toemrer op', lookup('Trustrup Toemrer')],
  ['søg Gjerrild Kro', lookup('Gjerrild Kro')],
  ['soeg efter Gjerrild Kro', lookup('Gjerrild Kro')],
  ['info om Kattegatcentret', lookup('Kattegatcentret')],
  ['Kattegatcentret?', lookup('Kattegatcentret')],
  ['12345678', lookup('12345678')],
  ['DK 13 74 81 36', lookup('DK 13 74 81 36')],
  ['cvr 13748136', lookup('13748136')],
  ['HAR NOGEN KONTAKTET GRENAA MASKINSTATION', lookup('GRENAA MASKINSTATION')],
  ['hej, har nogen kontaktet firmaet Grenaa Maskinstation?', lookup('Grenaa Maskinstation')],
  ['kan du se om nogen har kontaktet Djurs Vand i denne uge?', lookup('Djurs Vand', true)],
  ['ved du om vi har talt med virksomheden Auning Bilcenter?', lookup('Auning Bilcenter')],
  ['mon nogen har ringet til Ørum Djurs Friskole', lookup('Ørum Djurs Friskole')],
  ['kan du lige tjekke Glesborg Maskinhandel', lookup('Glesborg Maskinhandel')],
  ['har nogen kontaktet "Djurs Vand" de seneste 14 dage?', lookup('Djurs Vand', true)],
  ['har nogen for nylig kontaktet Djurs Vand', lookup('Djurs Vand', true)],
  ['har nogen kontaktet Djurs Vand i dag!', lookup('Djurs Vand', true)],
  ['har nogen kontaktet Hansen & Søn ApS på det seneste', lookup('Hansen & Søn ApS', true)],
  ['Hjælpemiddelcentralen Djurs', lookup('Hjælpemiddelcentralen Djurs')],
  ['Kontakt Rengøring ApS', lookup('Rengøring ApS')],
  ['har Bageriet i Auning frabedt sig kontakt?', lookup('Bageriet i Auning')],
  ['ved du om Grenaa Glas har frabedt sig kontakt', lookup('Grenaa Glas')],
  // English lookups
  ['has anyone contacted Grenaa Shipping recently?', lookup('Grenaa Shipping', true)],
  ['Has anyone contacted Grenaa Shipping', lookup('Grenaa Shipping')],
  ['who has talked to Anholt Ferry?', lookup('Anholt Ferry')],
  ['who contacted the company Djurs Sommerland', lookup('Djurs Sommerland')],
  ['did anyone call Vivild Auto this week?', lookup('Vivild Auto', true)],
  ['look up Grenaa Shipping', lookup('Grenaa Shipping')],
  ['check Grenaa Shipping', lookup('Grenaa Shipping')],
  ['search Grenaa Shipping', lookup('Grenaa Shipping')],
  ['do you know if anyone has spoken to Djurs Vand lately?', lookup('Djurs Vand', true)],
  ['is anyone in contact with Grenaa Shipping', lookup('Grenaa Shipping')],
  ['any recent contact with Grenaa Shipping?', lookup('Grenaa Shipping', true)],
  ['Recent Solutions ApS', lookup('Recent Solutions ApS')],
  // Follow-ups and words after the name
  ['og Vivild Auto?', lookup('Vivild Auto')],
  ['hvad med Vivild Auto?', lookup('Vivild Auto')],
  ['what about Grenaa Shipping?', lookup('Grenaa Shipping')],
  ['har nogen kontaktet Grenaa Havn angående praktik?', lookup('Grenaa Havn')],
  ['har nogen kontaktet Grenaa Havn, og hvad sagde de?', lookup('Grenaa Havn')],
  ['has Grenaa Shipping been contacted?', lookup('Grenaa Shipping')],
  // Mentions and markup
  ['<at>Erhvervskoordinator</at> har nogen kontaktet Grenaa Maskinstation?', lookup('Grenaa Maskinstation')],
  ['<p><at>Erhvervskoordinator</at>&nbsp;hvem har talt med Hansen &amp; Søn?</p>', lookup('Hansen & Søn')],
  // History
  ['vis historik for Grenaa Maskinstation', history('Grenaa Maskinstation')],
  ['Vis hele historikken for Bageriet i Auning', history('Bageriet i Auning')],
  ['alle kontakter med Djurs Vand', history('Djurs Vand')],
  ['show history Grenaa Shipping', history('Grenaa Shipping')],
  ['show me the contact history for Grenaa Shipping.', history('Grenaa Shipping')],
  ['all contacts with Djurs Sommerland', history('Djurs Sommerland')],
  // Log contact
  ['log kontakt', logContact(null)],
  ['log kontakt med Grenaa Maskinstation', logContact('Grenaa Maskinstation')],
  ['registrer kontakt med Vivild Auto', logContact('Vivild Auto')],
  ['registrér en kontakt: Vivild Auto', logContact('Vivild Auto')],
  ['ny kontakt', logContact(null)],
  ['Ny kontakt med Anholt Havn', logContact('Anholt Havn')],
  ['log contact', logContact(null)],
  ['log contact with Grenaa Shipping', logContact('Grenaa Shipping')],
  ['jeg har lige talt med Gjerrild Kro', logContact('Gjerrild Kro')],
  ['I just called Grenaa Shipping', logContact('Grenaa Shipping')],
  // Opt-out
  ['Bageriet i Auning har frabedt sig kontakt', optOut('Bageriet i Auning')],
  ['Bageriet i Auning har frabedt sig kontakt, fordi de får for mange henvendelser',
    optOut('Bageriet i Auning', 'de får for mange henvendelser')],
  ['Grenaa Glas vil ikke kontaktes', optOut('Grenaa Glas')],
  ['Grenaa Glas vil ikke kontaktes mere pga. travlhed', optOut('Grenaa Glas', 'travlhed')],
  ['Grenaa Glas oensker ikke at blive kontaktet', optOut('Grenaa Glas')],
  ['Grenaa Shipping has opted out', optOut('Grenaa Shipping')],
  ['Grenaa Shipping declined contact because they are too busy', optOut('Grenaa Shipping', 'they are too busy')],
  ['Grenaa Shipping has opted out (too many calls)', optOut('Grenaa Shipping', 'too many calls')],
  ['Grenaa Havn har frabedt sig kontakt. De har for travlt.', optOut('Grenaa Havn', 'De har for travlt')],
  ['Grenaa Havn har lige frabedt sig kontakt: "for mange opkald"', optOut('Grenaa Havn', 'for mange opkald')],
  ["Grenaa Havn doesn't want to be contacted anymore", optOut('Grenaa Havn')],
  // Digest
  ['digest her', digestHere],
  ['post digest here', digestHere],
  ['send ugebrev her', digestHere],
  ['Send ugebrevet i denne kanal!', digestHere],
  // Help
  ['hjælp', help],
  ['Hjaelp!', help],
  ['help', help],
  ['?', help],
  ['hvad kan du?', help],
  ['What can you do?', help],
  ['hej', help],
  ['Hej!', help],
  ['hi there', help],
  ['<at>Erhvervskoordinator</at> hej', help],
  ['hej, hvad kan du', help],
];

const UNKNOWN: readonly string[] = [
  '',
  '   ',
  '???',
  '<at>Bot</at>',
  '<at>Erhvervskoordinator</at>&nbsp;',
  '...',
  'tak',
  'ok',
  'har nogen kontaktet',
  'hvem har talt med dem?',
  'jeg synes egentlig at vi burde holde et møde om hele den her sag snart',
  'hvad synes du om vejret',
  'hvilke virksomheder har frabedt sig kontakt?',
  'vis historik',
];

describe('understand', () => {
  for (const [text, expected] of CASES) {
    it(`${JSON.stringify(text)} → ${expected.kind}`, () => {
      assert.deepEqual(understand(text), expected);
    });
  }

  for (const text of UNKNOWN) {
    it(`${JSON.stringify(text)} → unknown`, () => {
      assert.equal(understand(text).kind, 'unknown');
    });
  }

  it('returns the message without markup as the unknown text', () => {
    assert.deepEqual(understand('<at>Bot</at> hvad synes du om vejret?'), {
      kind: 'unknown',
      text: 'hvad synes du om vejret?',
    });
  });

  it(`takes up to ${MAX_BARE_WORDS} unmatched words as a name, and no more`, () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `Ord${i}`).join(' ');
    assert.deepEqual(understand(words(MAX_BARE_WORDS)), lookup(words(MAX_BARE_WORDS)));
    assert.equal(understand(words(MAX_BARE_WORDS + 1)).kind, 'unknown');
  });

  it('asks rather than records when an opt-out is phrased as a question', () => {
    assert.deepEqual(understand('Grenaa Glas har frabedt sig kontakt?'), lookup('Grenaa Glas'));
  });

  it('does not treat words inside a company name as a trigger', () => {
    assert.deepEqual(understand('Digestion Consult ApS'), lookup('Digestion Consult ApS'));
    assert.deepEqual(understand('Historikergruppen Grenaa'), lookup('Historikergruppen Grenaa'));
    assert.deepEqual(understand('OK Benzin Grenaa'), lookup('OK Benzin Grenaa'));
  });
});

describe('stripMentions', () => {
  it('removes the mention and the name inside it', () => {
    assert.equal(stripMentions('<at>Erhvervskoordinator</at> hjælp'), 'hjælp');
    assert.equal(stripMentions('<at id="0">Erhvervs koordinator</at>  log   kontakt'), 'log kontakt');
  });

  it('removes other tags and decodes entities', () => {
    assert.equal(stripMentions('<div><p>Hansen&nbsp;&amp;&nbsp;S&#248;n</p></div>'), 'Hansen & Søn');
    assert.equal(stripMentions('a&lt;b&gt;c &quot;x&quot; &#x41;'), 'a<b>c "x" A');
  });

  it('collapses whitespace and trims', () => {
    assert.equal(stripMentions('  har\n\tnogen \u200bkontaktet   X  '), 'har nogen kontaktet X');
  });
});
