/**
 * A company register for the independent matcher bench, made from its own word lists and patterns
 * (never the demo data's), so the matcher cannot have been tuned to how these names look. The patterns
 * follow what the Danish CVR register holds: owner and trade, place and trade, compounds, hyphenated
 * trades ("Tømrer- og Snedkerforretning"), firms with "& Søn", revisors' partnerselskaber, "v/ owner",
 * made-up brand names, binavne and ophørte companies.
 */
import type { MatchableCompany } from '../../bot/domain/matching/companyMatcher.js';

/** mulberry32: small, fast, seedable; separate from the demo generator's Random on purpose. */
export class Prng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
}

const FIRST = ('Anders Birgitte Carsten Dorthe Erik Frederik Gitte Henrik Inge Jakob Karina Lasse Mads Nanna Ole Pia '
  + 'Rasmus Susanne Thomas Ulla Vibeke Allan Bjarne Christian Dennis Ejnar Flemming Gunnar Hanne Ib Jytte Kim Lone '
  + 'Morten Niels Palle Rikke Søren Tove Uffe Vagn Åse Ærtebølle Øjvind Bent Connie Dan Elin Finn Grethe Heidi Jørgen '
  + 'Kirsten Leif Mette Nikolaj Preben Randi Signe Torben Yvonne Bodil Claus Esben Frida Gorm Holger Ida Jens').split(' ');
const LAST = ('Hansen Pedersen Nielsen Jensen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen '
  + 'Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Frederiksen '
  + 'Søgaard Bruun Kjær Lund Holm Dalgaard Skovgaard Bækgaard Østergaard Vestergaard Nørgaard Bach Juhl Lauridsen '
  + 'Damgaard Hvidt Brøndum Kirkegaard Mølgaard Ravn Storm Krogh Vinther Hedegaard Fogh Lykke Thygesen Overgaard '
  + 'Friis Brandt Winther Ebbesen Fisker Gram Iversen Toft Ladefoged Svendsen Bisgaard Højer Kamp Mørch').split(' ');
const PLACES = ('Hammel Ebeltoft Rønde Kolind Ryomgård Trustrup Pederstrup Fjellerup Hornslet Mørke Kalø Rosmus '
  + 'Balle Tirstrup Voer Randers Viborg Skive Struer Lemvig Holstebro Herning Silkeborg Skanderborg Odder Horsens '
  + 'Vejle Kolding Haderslev Aabenraa Tønder Esbjerg Varde Ribe Grindsted Billund Give Brande Ikast Thisted Hanstholm '
  + 'Løgstør Aars Hobro Mariager Hadsund Terndrup Skørping Støvring Brønderslev Hjørring Frederikshavn Sæby Skagen '
  + 'Læsø Samsø Tunø Endelave Fanø Rømø Anholt Bogense Otterup Kerteminde Nyborg Svendborg Faaborg Assens Middelfart '
  + 'Ærøskøbing Marstal Rudkøbing Nakskov Maribo Nykøbing Stege Præstø Næstved Ringsted Sorø Slagelse Korsør Kalundborg '
  + 'Holbæk Roskilde Køge Hillerød Helsingør Hundested Frederiksværk Gilleleje Hørsholm Birkerød Bjæverskov Vordingborg '
  + 'Djursland Mols Himmerland Vendsyssel Salling Thy Fyn Sjælland Limfjord Kattegat Skagerrak Vesterhav').split(' ');
/** Trade stems that take a compound ending ("Tømrerforretning", "Autoværksted"), as Danish writes them. */
const TRADES = ('Tømrer Snedker Murer Maler VVS El Auto Bil Cykel Blomster Frisør Tag Kloak Anlæg Gartner Revision '
  + 'Advokat Tandlæge Fysioterapi Ejendoms Bygge Transport Vognmands Maskin Smede Bager Slagter Grill Pizza Rengørings '
  + 'Data IT Reklame Foto Musik Tekstil Møbel Køkken Gulv Vindue Glas Isolerings Kran Skilte Tryk Rejse Hunde Heste '
  + 'Fiske Landbrugs Havne Skovs Sejl Dykker Optik Ur Guld Sko Tøj Vin Kaffe Is Spejl Lys Varme Ventilations Jord '
  + 'Beton Stål Træ Plast Emballage Regnskabs Rådgivnings Ingeniør Arkitekt Låse Alarm Solcelle Vand').split(' ');
const ENDINGS = ('forretning værksted firma service handel center huset kompagniet kiosk butik entreprise montage '
  + 'udlejning teknik rådgivning gården salon klinik fabrik lager import cafe').split(' ');
/** Brand syllables for made-up names ("Norvika", "Balvendo"): the bulk of a real register is such names. */
const SYLLABLES = ('nor vik a bal ven do kar sol mar lin to ra dan ise ber go fle xi ko ma tri el sta mo lu pe '
  + 'ska gen ro ti va ne ha un de by ste li ar fo ju ka bo ri al in or um ol').split(' ');

export type FormCode = 'ApS' | 'A/S' | 'I/S' | 'IVS' | 'K/S' | 'P/S' | '';
/** Register spelling of each form, and the share of companies with it. */
const FORMS: ReadonlyArray<readonly [FormCode, string, number]> = [
  ['ApS', 'Anpartsselskab', 45], ['A/S', 'Aktieselskab', 10], ['I/S', 'Interessentskab', 6], ['IVS', 'Iværksætterselskab', 3],
  ['P/S', 'Partnerselskab', 3], ['K/S', 'Kommanditselskab', 2], ['', 'Enkeltmandsvirksomhed', 31],
];
const FORM_TOTAL = FORMS.reduce((a, f) => a + f[2], 0);

function pickForm(rng: Prng): readonly [FormCode, string, number] {
  let r = rng.next() * FORM_TOTAL;
  for (const f of FORMS) if ((r -= f[2]) < 0) return f;
  return FORMS[0];
}

function cap(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/** Joins compound parts the Danish way: "Havn" + "kiosk" → "Havnekiosk" when the first takes a linking e. */
function compound(rng: Prng, first: string, second: string): string {
  const link = /[^aeiouyæøå]$/i.test(first) && first.length <= 5 && rng.chance(0.3) ? 'e' : '';
  return /^[A-ZÆØÅ]{2,}$/.test(first) ? `${first}-${second}` : cap(first.toLowerCase() + link + second);
}

function brand(rng: Prng): string {
  let s = '';
  for (let n = rng.int(2, 3); n > 0; n--) s += rng.pick(SYLLABLES);
  return cap(s);
}

function baseName(rng: Prng, form: FormCode): string {
  const trade = (): string => compound(rng, rng.pick(TRADES), rng.pick(ENDINGS));
  switch (rng.int(0, 13)) {
    case 0: case 1: return `${rng.pick(LAST)} ${trade()}`;
    case 2: case 3: return `${rng.pick(PLACES)} ${trade()}`;
    case 4: return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    case 5: return `${rng.pick(LAST)} & ${rng.chance(0.5) ? 'Søn' : rng.pick(LAST)}`;
    case 6: return `${rng.pick(PLACES)} ${rng.pick(TRADES)}- og ${trade()}`;
    case 7: return `${rng.pick(['VVS', 'EL', 'IT', 'Auto', 'Tag'])}-${rng.pick(ENDINGS)} ${rng.pick(LAST)}`;
    case 8: return form === 'P/S' || rng.chance(0.2)
      ? `${rng.pick(PLACES)} Revision Statsautoriseret Revisionspartnerselskab`
      : `${rng.pick(PLACES)} ${rng.pick(['Revision', 'Advokater', 'Ejendomme', 'Holding'])}`;
    case 9: return `${brand(rng)} ${rng.chance(0.5) ? trade() : rng.pick(PLACES)}`;
    case 10: case 11: return rng.chance(0.5) ? brand(rng) : `${brand(rng)} ${brand(rng)}`;
    case 12: return `${rng.pick(FIRST)}s ${trade()}`;
    default: return `${rng.pick(LAST)}s ${trade()} ${rng.pick(PLACES)}`;
  }
}

function cvrFor(rng: Prng, taken: Set<string>): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [rng.int(1, 9), ...Array.from({ length: 6 }, () => rng.int(0, 9))];
    const sum = digits.reduce((a, d, i) => a + d * weights[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check === 10) continue;
    const cvr = digits.join('') + String(check);
    if (!taken.has(cvr)) {
      taken.add(cvr);
      return cvr;
    }
  }
}

export interface TypingCompany extends MatchableCompany {
  form: FormCode;
}

/** `count` companies with distinct names (folded, case-blind): two equal names cannot be told apart by any matcher. */
export function typingRegister(seed: number, count: number): TypingCompany[] {
  const rng = new Prng(seed);
  const names = new Set<string>();
  const cvrs = new Set<string>();
  const out: TypingCompany[] = [];
  while (out.length < count) {
    const [form, formName] = pickForm(rng);
    let name = baseName(rng, form);
    if (form === '' && rng.chance(0.25)) name += ` v/ ${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    if (form !== '' && !name.endsWith('selskab')) name += ` ${form}`;
    const key = name.toLowerCase();
    if (names.has(key)) continue;
    names.add(key);
    const secondaryNames = rng.chance(0.08) ? [`${rng.pick(LAST)} ${compound(rng, rng.pick(TRADES), rng.pick(ENDINGS))}`] : [];
    const at = rng.int(0, PLACES.length - 1);
    const town = PLACES[at];
    out.push({
      cvr: cvrFor(rng, cvrs), name, secondaryNames, legalForm: form === '' ? formName : form, form,
      town, postalCode: String(1000 + ((at * 6151) % 8900)), active: !rng.chance(0.05),
    });
  }
  return out;
}
