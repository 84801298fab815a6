/** Norddjurs Kommune reference data (DOMAIN.md: "Norddjurs Kommune"). */

export const NORDDJURS_MUNICIPALITY_CODE = '707';
export const SYDDJURS_MUNICIPALITY_CODE = '706';

export interface PostalArea {
  code: string;
  town: string;
  /** Also used by Syddjurs (706): membership must come from kommunekode, not the postal code. */
  sharedWithSyddjurs: boolean;
  /** Smaller towns and places within the postal area, for matching "maskinstationen i Gjerrild". */
  places: string[];
}

export const NORDDJURS_POSTAL_AREAS: readonly PostalArea[] = [
  { code: '8500', town: 'Grenaa', sharedWithSyddjurs: false, places: ['Grenå', 'Gjerrild', 'Hemmed', 'Voer', 'Fornæs'] },
  { code: '8585', town: 'Glesborg', sharedWithSyddjurs: false, places: ['Bønnerup Strand', 'Bønnerup', 'Fjellerup'] },
  { code: '8586', town: 'Ørum Djurs', sharedWithSyddjurs: false, places: ['Ørum'] },
  { code: '8592', town: 'Anholt', sharedWithSyddjurs: false, places: [] },
  { code: '8950', town: 'Ørsted', sharedWithSyddjurs: false, places: ['Rougsø'] },
  { code: '8961', town: 'Allingåbro', sharedWithSyddjurs: false, places: ['Vivild'] },
  { code: '8444', town: 'Balle', sharedWithSyddjurs: true, places: [] },
  { code: '8550', town: 'Ryomgård', sharedWithSyddjurs: true, places: [] },
  { code: '8560', town: 'Kolind', sharedWithSyddjurs: true, places: [] },
  { code: '8570', town: 'Trustrup', sharedWithSyddjurs: true, places: ['Lyngså'] },
  { code: '8581', town: 'Nimtofte', sharedWithSyddjurs: true, places: [] },
  { code: '8963', town: 'Auning', sharedWithSyddjurs: true, places: ['Vester Alling', 'Gjesing'] },
];

export function postalArea(code: string | null): PostalArea | undefined {
  return code === null ? undefined : NORDDJURS_POSTAL_AREAS.find((a) => a.code === code);
}

/** Three-digit kommunekode ("707", "0707", 707 all give "707"), or null. */
export function normalizeMunicipalityCode(input: string | number | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  const digits = String(input).trim();
  if (!/^\d{1,4}$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 101 && n <= 999 ? String(n) : null;
}
