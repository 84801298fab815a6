/** Fictional Norddjurs companies, reproducible from a seed. */
import type { Company } from '../domain/company.js';
import { cvrCheckDigit } from '../domain/cvr.js';
import { EMPLOYEE_BANDS } from '../domain/employeeBand.js';
import { NORDDJURS_MUNICIPALITY_CODE, NORDDJURS_POSTAL_AREAS, SYDDJURS_MUNICIPALITY_CODE } from '../domain/norddjurs.js';
import {
  buildBaseName, LOCAL_PLACES, NAME_SUFFIX_FORMS, normalizedNameKey, personName, REGIONAL_PLACES,
} from './companyNames.js';
import { Random, WeightedTable } from './random.js';
import { SECTION_WEIGHTS, TRADES, type FormMix, type SizeMix, type Trade } from './trades.js';

export interface GenerateCompaniesOptions {
  seed: number;
  count: number;
}

/** Share of companies per postal area: Grenaa holds about half the municipality's businesses. */
const AREA_WEIGHTS: Readonly<Record<string, number>> = {
  '8500': 50, '8963': 10, '8961': 8, '8585': 7, '8950': 7, '8586': 5, '8570': 3, '8581': 2, '8592': 1.2,
  '8444': 1, '8550': 1, '8560': 1,
};

/**
 * Chance that a company in a shared postal area is registered in Syddjurs (706). The three areas whose
 * towns lie in Syddjurs lean that way; overall this gives about 3 % outside the municipality.
 */
const SYDDJURS_SHARE: Readonly<Record<string, number>> = {
  '8444': 0.4, '8550': 0.4, '8560': 0.4, '8963': 0.12, '8570': 0.12, '8581': 0.12,
};

const FORM_MIXES: Readonly<Record<FormMix, ReadonlyArray<readonly [string, number]>>> = {
  farm: [['Enkeltmandsvirksomhed', 58], ['I/S', 16], ['ApS', 21], ['A/S', 2], ['K/S', 1], ['IVS', 1]],
  fish: [['Enkeltmandsvirksomhed', 45], ['I/S', 30], ['ApS', 22], ['A/S', 3]],
  craft: [['Enkeltmandsvirksomhed', 36], ['ApS', 50], ['A/S', 6], ['I/S', 4], ['IVS', 3], ['P/S', 1]],
  shop: [['Enkeltmandsvirksomhed', 44], ['ApS', 43], ['A/S', 4], ['I/S', 6], ['IVS', 3]],
  prof: [['Enkeltmandsvirksomhed', 28], ['ApS', 50], ['P/S', 10], ['I/S', 6], ['A/S', 4], ['IVS', 2]],
  corp: [['ApS', 80], ['A/S', 14], ['IVS', 3], ['K/S', 2], ['P/S', 1]],
  prop: [['ApS', 58], ['K/S', 10], ['I/S', 9], ['A/S', 8], ['Enkeltmandsvirksomhed', 14], ['P/S', 1]],
  energy: [['I/S', 45], ['K/S', 15], ['ApS', 28], ['A/S', 12]],
  care: [['Enkeltmandsvirksomhed', 62], ['ApS', 30], ['I/S', 6], ['IVS', 2]],
};

/** Weights over "unknown" followed by the CVR bands in EMPLOYEE_BANDS order. */
const SIZE_MIXES: Readonly<Record<SizeMix, readonly number[]>> = {
  micro: [8, 48, 18, 16, 6, 3, 1, 0.2, 0, 0, 0, 0],
  small: [6, 24, 14, 24, 16, 9, 5, 1.3, 0.5, 0.2, 0, 0],
  medium: [5, 10, 6, 15, 18, 18, 16, 7, 3, 1.5, 0.4, 0.1],
};

const STREETS: readonly string[] = [
  'Hovedgaden', 'Storegade', 'Torvet', 'Østergade', 'Vestergade', 'Nørregade', 'Søndergade', 'Stationsvej',
  'Kirkevej', 'Skolevej', 'Møllevej', 'Industrivej', 'Havnevej', 'Bygaden', 'Engvej', 'Markvej', 'Skovvej',
  'Strandvej', 'Bakkevej', 'Lindevej', 'Åvej', 'Præstegårdsvej', 'Kærvej', 'Søvej', 'Fælledvej', 'Mejerivej',
  'Smedevej', 'Håndværkervej', 'Erhvervsvej', 'Gl. Landevej', 'Lyngvej', 'Klitvej', 'Fyrvej', 'Græsmarken',
  'Rønnebærvej', 'Bøgevej', 'Ahornvej', 'Hybenvej', 'Mosevej', 'Vængevej',
];

interface Area {
  code: string;
  town: string;
  /** Places for names; the harbour names only for trades that live by the sea. */
  places: WeightedTable<string>;
  coastalPlaces: WeightedTable<string>;
  roads: string[];
}

function buildAreas(): WeightedTable<Area> {
  return new WeightedTable(NORDDJURS_POSTAL_AREAS.map((a) => {
    const local = LOCAL_PLACES[a.code] ?? [[a.town, 1] as const];
    const inland = local.filter(([p]) => !p.endsWith(' Havn'));
    const localWeight = local.reduce((s, [, w]) => s + w, 0);
    // Regional names ("Djurs", "Kattegat") take about a fifth of the place-based names everywhere.
    const regionalWeight = REGIONAL_PLACES.reduce((s, [, w]) => s + w, 0);
    const regional = REGIONAL_PLACES.map(([p, w]) => [p, (w / regionalWeight) * localWeight * 0.25] as const);
    const roads = inland.map(([p]) => `${p.split(' ').pop() ?? p}vej`);
    const area: Area = {
      code: a.code,
      town: a.town,
      places: new WeightedTable([...inland, ...regional]),
      coastalPlaces: new WeightedTable([...local, ...regional]),
      roads: [...new Set(roads)],
    };
    return [area, AREA_WEIGHTS[a.code] ?? 1] as const;
  }));
}

function buildTrades(): WeightedTable<Trade> {
  const entries: [Trade, number][] = [];
  for (const [section, share] of Object.entries(SECTION_WEIGHTS)) {
    const trades = TRADES[section] ?? [];
    const total = trades.reduce((s, t) => s + t.weight, 0);
    for (const t of trades) entries.push([t, (share * t.weight) / total]);
  }
  return new WeightedTable(entries);
}

/** Hands out unique, valid CVR numbers in the range real ones mostly use (10000000–45999999). */
class CvrIssuer {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Random) {}

  next(): string {
    for (;;) {
      const stem = String(this.rng.int(1_000_000, 4_599_999));
      const check = cvrCheckDigit(stem);
      if (check === null) continue;
      const cvr = stem + check;
      if (this.used.has(cvr)) continue;
      this.used.add(cvr);
      return cvr;
    }
  }
}

class PNumberIssuer {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Random) {}

  next(): string {
    for (;;) {
      const p = `10${String(this.rng.int(0, 99_999_999)).padStart(8, '0')}`;
      if (!this.used.has(p)) {
        this.used.add(p);
        return p;
      }
    }
  }
}

/** Keeps every name and secondary name unique under normalizedNameKey. */
class NameBook {
  private readonly used = new Set<string>();
  private readonly numbered = new Map<string, number>();

  tryTake(name: string): boolean {
    const key = normalizedNameKey(name);
    if (key === '' || this.used.has(key)) return false;
    this.used.add(key);
    return true;
  }

  /** A plausible distinguishing part when random draws keep colliding: "& Søn", the town, then a number. */
  takeDistinct(base: string, personal: boolean, town: string): string {
    if (personal && this.tryTake(`${base} & Søn`)) return `${base} & Søn`;
    if (!base.includes(town) && this.tryTake(`${base} ${town}`)) return `${base} ${town}`;
    let n = this.numbered.get(base) ?? 2;
    while (!this.tryTake(`${base} ${n}`)) n++;
    this.numbered.set(base, n + 1);
    return `${base} ${n}`;
  }
}

const NAME_ATTEMPTS = 12;

export function generateCompanies(opts: GenerateCompaniesOptions): Company[] {
  const rng = Random.derive(opts.seed, 'companies');
  const nameRng = Random.derive(opts.seed, 'company-names');
  const cvrs = new CvrIssuer(Random.derive(opts.seed, 'cvr'));
  const pNumbers = new PNumberIssuer(Random.derive(opts.seed, 'p-numbers'));
  const areas = buildAreas();
  const trades = buildTrades();
  const forms = new Map(Object.entries(FORM_MIXES).map(([k, v]) => [k, new WeightedTable(v)]));
  const bandChoices = [null, ...EMPLOYEE_BANDS.map((b) => b.id)];
  const sizes = new Map(Object.entries(SIZE_MIXES).map(([k, w]) => [k, new WeightedTable(w.map((x, i) => [i, x] as const))]));
  const names = new NameBook();
  const companies: Company[] = [];

  for (let i = 0; i < opts.count; i++) {
    const area = areas.pick(rng);
    const trade = trades.pick(rng);
    const legalForm = forms.get(trade.forms)?.pick(rng) ?? 'ApS';
    const syddjurs = rng.chance(SYDDJURS_SHARE[area.code] ?? 0);
    const places = trade.coastal ? area.coastalPlaces : area.places;

    let base = '';
    let taken = false;
    let personal = false;
    for (let attempt = 0; attempt < NAME_ATTEMPTS && !taken; attempt++) {
      ({ base, personal } = buildBaseName(nameRng, trade, legalForm, places));
      taken = names.tryTake(base);
    }
    if (!taken) base = names.takeDistinct(base, personal, area.town);

    const suffix = (NAME_SUFFIX_FORMS as readonly string[]).includes(legalForm) ? ` ${legalForm}` : '';
    const owner = suffix === '' && !personal && nameRng.chance(0.3) ? ` v/ ${personName(nameRng)}` : '';

    const secondaryNames: string[] = [];
    if (rng.chance(0.08)) {
      const wanted = rng.chance(0.25) ? 2 : 1;
      for (let attempt = 0; attempt < 8 && secondaryNames.length < wanted; attempt++) {
        const alt = buildBaseName(nameRng, trade, legalForm, places).base;
        if (names.tryTake(alt)) secondaryNames.push(alt);
      }
    }

    let bandIndex = sizes.get(trade.size)?.pick(rng) ?? 0;
    // A/S needs more capital and is used by larger firms; sole proprietorships rarely pass 20 employees.
    if (legalForm === 'A/S' && bandIndex > 0) bandIndex = Math.min(bandChoices.length - 1, bandIndex + rng.int(1, 2));
    if (legalForm === 'Enkeltmandsvirksomhed' && bandIndex > 5) bandIndex = rng.int(2, 5);
    const employeeBand = bandChoices[bandIndex];

    const workplaces = bandIndex >= 5 && rng.chance(0.25) ? rng.int(2, 4) : rng.chance(0.02) ? 2 : 1;
    const pNums: string[] = [];
    for (let k = 0; k < workplaces; k++) pNums.push(pNumbers.next());

    companies.push({
      cvr: cvrs.next(),
      pNumbers: pNums,
      name: base + suffix + owner,
      secondaryNames,
      legalForm,
      industryCode: trade.code,
      industryCodeVersion: rng.chance(0.03) ? 'DB25' : 'DB07',
      address: {
        street: streetAddress(rng, area),
        postalCode: area.code,
        town: area.town,
        municipalityCode: syddjurs ? SYDDJURS_MUNICIPALITY_CODE : NORDDJURS_MUNICIPALITY_CODE,
      },
      employeeBand,
      advertisingProtected: rng.chance(0.12),
      status: rng.chance(0.02) ? 'OPHØRT' : 'NORMAL',
      inMunicipality: !syddjurs,
      fictional: true,
    });
  }
  return companies;
}

function streetAddress(rng: Random, area: Area): string {
  const street = area.roads.length > 0 && rng.chance(0.3) ? rng.pick(area.roads) : rng.pick(STREETS);
  // House numbers cluster low, as in small towns; a few have a letter.
  const number = 1 + Math.floor(rng.next() ** 2 * 140);
  return `${street} ${number}${rng.chance(0.08) ? rng.pick(['A', 'B', 'C']) : ''}`;
}
