/** DB07 (Dansk Branchekode 2007, NACE Rev. 2 with a Danish subdivision): 21 sections A–U. */

export interface IndustrySection {
  code: string;
  name: string;
  nameEn: string;
  /** Inclusive NACE division range (first two digits of the code). */
  divisions: [number, number];
}

export const INDUSTRY_SECTIONS: readonly IndustrySection[] = [
  { code: 'A', name: 'Landbrug, jagt, skovbrug og fiskeri', nameEn: 'Agriculture, forestry and fishing', divisions: [1, 3] },
  { code: 'B', name: 'Råstofindvinding', nameEn: 'Mining and quarrying', divisions: [5, 9] },
  { code: 'C', name: 'Fremstillingsvirksomhed', nameEn: 'Manufacturing', divisions: [10, 33] },
  { code: 'D', name: 'El-, gas- og fjernvarmeforsyning', nameEn: 'Electricity, gas and district heating supply', divisions: [35, 35] },
  { code: 'E', name: 'Vandforsyning, kloakvæsen, affaldshåndtering og forureningsbekæmpelse', nameEn: 'Water supply, sewerage, waste management and remediation', divisions: [36, 39] },
  { code: 'F', name: 'Bygge- og anlægsvirksomhed', nameEn: 'Construction', divisions: [41, 43] },
  { code: 'G', name: 'Engroshandel og detailhandel; reparation af motorkøretøjer og motorcykler', nameEn: 'Wholesale and retail trade; repair of motor vehicles', divisions: [45, 47] },
  { code: 'H', name: 'Transport og godshåndtering', nameEn: 'Transportation and storage', divisions: [49, 53] },
  { code: 'I', name: 'Overnatningsfaciliteter og restaurationsvirksomhed', nameEn: 'Accommodation and food service', divisions: [55, 56] },
  { code: 'J', name: 'Information og kommunikation', nameEn: 'Information and communication', divisions: [58, 63] },
  { code: 'K', name: 'Pengeinstitut- og finansvirksomhed, forsikring', nameEn: 'Financial and insurance activities', divisions: [64, 66] },
  { code: 'L', name: 'Fast ejendom', nameEn: 'Real estate activities', divisions: [68, 68] },
  { code: 'M', name: 'Liberale, videnskabelige og tekniske tjenesteydelser', nameEn: 'Professional, scientific and technical activities', divisions: [69, 75] },
  { code: 'N', name: 'Administrative tjenesteydelser og hjælpetjenester', nameEn: 'Administrative and support service activities', divisions: [77, 82] },
  { code: 'O', name: 'Offentlig administration, forsvar og socialsikring', nameEn: 'Public administration and defence', divisions: [84, 84] },
  { code: 'P', name: 'Undervisning', nameEn: 'Education', divisions: [85, 85] },
  { code: 'Q', name: 'Sundhed og socialvæsen', nameEn: 'Human health and social work', divisions: [86, 88] },
  { code: 'R', name: 'Kultur, forlystelser og sport', nameEn: 'Arts, entertainment and recreation', divisions: [90, 93] },
  { code: 'S', name: 'Andre serviceydelser', nameEn: 'Other service activities', divisions: [94, 96] },
  { code: 'T', name: 'Private husholdninger med ansat medhjælp', nameEn: 'Activities of households as employers', divisions: [97, 98] },
  { code: 'U', name: 'Ekstraterritoriale organisationer og organer', nameEn: 'Extraterritorial organisations and bodies', divisions: [99, 99] },
];

/** A six-digit DB07 code (e.g. "016100"), or null when the input is not one. */
export function normalizeIndustryCode(input: string): string | null {
  const digits = input.trim().replace(/[\s.]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** The section a six-digit code belongs to, by its NACE division; undefined for an unused division. */
export function sectionOfCode(code: string): IndustrySection | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const division = Number(code.slice(0, 2));
  return INDUSTRY_SECTIONS.find((s) => division >= s.divisions[0] && division <= s.divisions[1]);
}

export function sectionByLetter(letter: string): IndustrySection | undefined {
  return INDUSTRY_SECTIONS.find((s) => s.code === letter.toUpperCase());
}
