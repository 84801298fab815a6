/**
 * Name parts and name building for fictional Norddjurs companies. Names are made from local places,
 * Danish surnames, farm names and trade words, with æ, ø and å on purpose: the name matcher is tested
 * on them.
 */
import { Random, WeightedTable } from './random.js';
import type { Trade } from './trades.js';

/** Places used in names and roads, by postal code, with how often each is used. */
export const LOCAL_PLACES: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  '8500': [['Grenaa', 10], ['Grenå', 2], ['Gjerrild', 2], ['Hemmed', 1], ['Voer', 1], ['Fornæs', 1], ['Rimsø', 1],
    ['Ålsrode', 1], ['Enslev', 1], ['Ginnerup', 1], ['Bredstrup', 0.5], ['Grenaa Havn', 1]],
  '8585': [['Glesborg', 3], ['Bønnerup', 2], ['Bønnerup Strand', 2], ['Fjellerup', 2], ['Fjellerup Strand', 1]],
  '8586': [['Ørum', 3], ['Ørum Djurs', 2], ['Stenvad', 1], ['Fannerup', 1]],
  '8592': [['Anholt', 4], ['Anholt Havn', 1]],
  '8950': [['Ørsted', 3], ['Rougsø', 2], ['Kastbjerg', 1], ['Udbyhøj', 1], ['Hevring', 1]],
  '8961': [['Allingåbro', 3], ['Vivild', 2], ['Nørager', 1]],
  '8963': [['Auning', 3], ['Vester Alling', 1], ['Øster Alling', 1], ['Gjesing', 1], ['Fausing', 1]],
  '8570': [['Trustrup', 3], ['Lyngså', 1], ['Ramten', 1]],
  '8581': [['Nimtofte', 3], ['Tøstrup', 1]],
  '8444': [['Balle', 1]],
  '8550': [['Ryomgård', 1]],
  '8560': [['Kolind', 1]],
};

/** Names of the wider area, used by companies anywhere in the municipality. */
export const REGIONAL_PLACES: ReadonlyArray<readonly [string, number]> = [
  ['Djurs', 3], ['Djursland', 2], ['Kattegat', 2], ['Norddjurs', 2], ['Djurslands', 1], ['Østdjurs', 0.5],
];

export const SURNAMES: readonly string[] = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Madsen', 'Kristensen', 'Mikkelsen', 'Nørgaard', 'Bach', 'Holm', 'Dahl', 'Lund', 'Olsen',
  'Thomsen', 'Poulsen', 'Johansen', 'Knudsen', 'Møller', 'Mortensen', 'Jakobsen', 'Frederiksen', 'Østergaard',
  'Vestergaard', 'Søndergaard', 'Kjær', 'Damgaard', 'Bøgh', 'Skov', 'Bjerre', 'Friis', 'Lauridsen', 'Krogh',
  'Mølgaard', 'Kjærgaard', 'Brøndum', 'Bækgaard', 'Ravn', 'Juhl', 'Ebbesen', 'Toft', 'Fisker', 'Højgaard',
  'Aagaard', 'Fogh', 'Haahr', 'Brødsgaard', 'Kirkegaard', 'Vinther', 'Bisgaard', 'Hald', 'Iversen',
  'Overgaard', 'Lykke', 'Sommer', 'Kjeldsen', 'Bønløkke', 'Dalsgaard', 'Thygesen', 'Mørk', 'Hedegaard',
  'Søgaard', 'Rønne', 'Kløve', 'Nygaard', 'Ærenlund', 'Holst', 'Gregersen', 'Svendsen', 'Enevoldsen',
];

export const FIRST_NAMES: readonly string[] = [
  'Jens', 'Ole', 'Per', 'Søren', 'Niels', 'Hans', 'Lars', 'Anders', 'Peter', 'Henrik', 'Morten', 'Rasmus',
  'Mads', 'Jesper', 'Michael', 'Thomas', 'Kim', 'Bo', 'Jørgen', 'Bent', 'Poul', 'Kristian', 'Claus', 'Torben',
  'Finn', 'Steen', 'Erik', 'Bjørn', 'Jørn', 'Knud', 'Aage', 'Anne', 'Mette', 'Hanne', 'Lone', 'Susanne',
  'Pia', 'Birgitte', 'Karina', 'Helle', 'Tina', 'Camilla', 'Louise', 'Maria', 'Sanne', 'Gitte', 'Jytte',
  'Bodil', 'Kirsten', 'Lærke', 'Søs', 'Åse', 'Bjørg', 'Signe', 'Frederik', 'Emil', 'Julie', 'Ida',
];

/** Farm names: a farm business is usually called after its farm. */
export const FARM_NAMES: readonly string[] = [
  'Nørregaard', 'Østergaard', 'Vestergaard', 'Søndergaard', 'Bakkegaard', 'Lundgaard', 'Skovgaard', 'Engholm',
  'Højgaard', 'Møllegaard', 'Kærgaard', 'Damgaard', 'Kirkegaard', 'Bøgholm', 'Ålund', 'Ørnbjerg',
  'Lyngbygaard', 'Fuglsang', 'Rosenlund', 'Solbakken', 'Havgaard', 'Krogsgaard', 'Stensbjerg', 'Egelund',
  'Bøgelund', 'Lindholm', 'Søholm', 'Mosegaard', 'Tranebjerg', 'Hedegaard', 'Bjerregaard', 'Næsgaard',
  'Åstrupgaard', 'Kildegaard', 'Toftegaard', 'Birkelund', 'Ellemose', 'Rønnebjerg', 'Strandgaard',
  'Fjordgaard', 'Kystgaard', 'Elmegaard', 'Græsbjerg', 'Ågaarden', 'Højbjerg', 'Skovlyst', 'Bækkelund',
];

/** Invented names shops, cafés and care businesses use. */
export const FANCY_NAMES: readonly string[] = [
  'Nordlys', 'Kystens', 'Havblik', 'Solsikken', 'Fyrtårnet', 'Klitten', 'Lærkereden', 'Mågen', 'Ravnen',
  'Egetræet', 'Bøgely', 'Strandly', 'Åbrinken', 'Højlund', 'Kæret', 'Bølgen', 'Ankeret', 'Tangen', 'Lyngen',
  'Svalereden', 'Mælkebøtten', 'Skovsøen', 'Fjordblik', 'Solstrålen', 'Æblehaven', 'Kløverengen',
  'Rønnebærret', 'Stjernen', 'Havets', 'Fjordens', 'Skovens', 'Markens', 'Klitrosen', 'Sandslottet',
  'Tusindfryd', 'Blåbæret', 'Hyldeblomsten', 'Perlen', 'Østersøen', 'Ådalen',
];

/** Letters that start Danish given names, for names like "JH Byg" and "K. Madsen VVS". */
const INITIALS = 'ABCEFHJKLMNOPRST';

/** Legal forms written after the name; sole proprietorships carry none. */
export const NAME_SUFFIX_FORMS = ['ApS', 'A/S', 'I/S', 'IVS', 'K/S', 'P/S'] as const;

/**
 * The comparison key names must be unique under: lower case, æ/ø/å spelled out, the legal suffix and a
 * trailing "v/ <owner>" removed, "&" read as "og", everything but letters and digits dropped. Stricter
 * than a matcher's normalisation, so names unique here are unique there too.
 */
export function normalizedNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/é/g, 'e')
    .replace(/\s+v\/\s.*$/, '')
    .replace(/\s+(aps|a\/s|i\/s|ivs|k\/s|p\/s|enkeltmandsvirksomhed)$/, '')
    .replace(/\s*&\s*/g, ' og ')
    .replace(/[^a-z0-9]/g, '');
}

export function personName(rng: Random): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
}

function initial(rng: Random): string {
  return INITIALS[Math.floor(rng.next() * INITIALS.length)];
}

type Style = 'place' | 'surname' | 'surnameGenitive' | 'initialSurname' | 'initials' | 'farm' | 'fancy'
  | 'leadPlace' | 'leadFancy' | 'title' | 'partners' | 'andSon';

export interface BuiltName {
  base: string;
  /** Built on an owner's name: "& Søn" reads naturally as a distinguishing part. */
  personal: boolean;
}

/** Which name patterns a trade supports, and how common each is. */
function styleTable(trade: Trade, legalForm: string): WeightedTable<Style> {
  const leads = trade.lead ?? [];
  const entries: [Style, number][] = [
    ['place', 30], ['surname', 14], ['surnameGenitive', 5], ['initialSurname', 7], ['andSon', 1.5],
  ];
  if (trade.initials) entries.push(['initials', 7]);
  if (trade.farm) entries.push(['farm', 18]);
  if (trade.fancy) entries.push(['fancy', 9]);
  if (leads.length > 0) entries.push(['leadPlace', 12]);
  if (trade.fancy && leads.some((l) => !l.endsWith(' i'))) entries.push(['leadFancy', 6]);
  if (trade.title && legalForm !== 'I/S') entries.push(['title', 8]);
  if (legalForm === 'I/S' || legalForm === 'K/S' || legalForm === 'P/S') entries.push(['partners', 14]);
  return new WeightedTable(entries);
}

const styleCache = new Map<string, WeightedTable<Style>>();

/** One candidate name without legal suffix, for a company of `trade` whose local places are `places`. */
export function buildBaseName(rng: Random, trade: Trade, legalForm: string, places: WeightedTable<string>): BuiltName {
  const cacheKey = `${trade.code}|${trade.words[0]}|${legalForm}`;
  let styles = styleCache.get(cacheKey);
  if (!styles) {
    styles = styleTable(trade, legalForm);
    styleCache.set(cacheKey, styles);
  }
  const word = rng.pick(trade.words);
  switch (styles.pick(rng)) {
    case 'place':
      return { base: `${places.pick(rng)} ${word}`, personal: false };
    case 'surname':
      return { base: `${rng.pick(SURNAMES)} ${word}`, personal: true };
    case 'surnameGenitive':
      return { base: `${genitive(rng.pick(SURNAMES))} ${word}`, personal: true };
    case 'initialSurname':
      return { base: `${initial(rng)}. ${rng.pick(SURNAMES)} ${word}`, personal: true };
    case 'andSon':
      return { base: `${initial(rng)}. ${rng.pick(SURNAMES)} & Søn`, personal: false };
    case 'initials':
      return { base: `${initial(rng)}${initial(rng)} ${word}`, personal: false };
    case 'farm':
      return { base: `${rng.pick(FARM_NAMES)} ${word}`, personal: false };
    case 'fancy':
      return { base: `${rng.pick(FANCY_NAMES)} ${word}`, personal: false };
    case 'leadPlace': {
      const lead = rng.pick(trade.lead ?? []);
      return { base: `${lead} ${places.pick(rng)}`, personal: false };
    }
    case 'leadFancy': {
      const lead = rng.pick((trade.lead ?? []).filter((l) => !l.endsWith(' i')));
      return { base: `${lead} ${rng.pick(FANCY_NAMES)}`, personal: false };
    }
    case 'title':
      return { base: `${rng.pick(trade.title ?? [])} ${personName(rng)}`, personal: true };
    case 'partners': {
      const a = rng.pick(SURNAMES);
      let b = rng.pick(SURNAMES);
      if (b === a) b = rng.pick(FARM_NAMES);
      return { base: `${a} & ${b} ${word}`, personal: false };
    }
  }
}

function genitive(surname: string): string {
  return /[sxz]$/.test(surname) ? `${surname}'` : `${surname}s`;
}
