/** CVR employee size bands (ANTAL_0_0, ANTAL_1_1, ANTAL_2_4, ... ANTAL_1000_999999). */

export interface EmployeeBand { id: string; min: number; max: number | null; label: string }

export const EMPLOYEE_BANDS: readonly EmployeeBand[] = [
  { id: 'ANTAL_0_0', min: 0, max: 0, label: '0' },
  { id: 'ANTAL_1_1', min: 1, max: 1, label: '1' },
  { id: 'ANTAL_2_4', min: 2, max: 4, label: '2–4' },
  { id: 'ANTAL_5_9', min: 5, max: 9, label: '5–9' },
  { id: 'ANTAL_10_19', min: 10, max: 19, label: '10–19' },
  { id: 'ANTAL_20_49', min: 20, max: 49, label: '20–49' },
  { id: 'ANTAL_50_99', min: 50, max: 99, label: '50–99' },
  { id: 'ANTAL_100_199', min: 100, max: 199, label: '100–199' },
  { id: 'ANTAL_200_499', min: 200, max: 499, label: '200–499' },
  { id: 'ANTAL_500_999', min: 500, max: 999, label: '500–999' },
  { id: 'ANTAL_1000_999999', min: 1000, max: null, label: '1000+' },
];

export function bandForHeadcount(n: number): EmployeeBand {
  return EMPLOYEE_BANDS.find((b) => n >= b.min && (b.max === null || n <= b.max)) ?? EMPLOYEE_BANDS[0];
}

/**
 * Parses a headcount ("12"), a CVR band ("ANTAL_10_19", "ANTAL_1000_"), a plain range ("10-19", "10–19")
 * or an open top ("1000+"). The top band is spelled differently across CVR products, so ranges are read
 * generically and mapped to the band that holds their lower bound. Returns the band id, null for empty
 * input, or undefined when the text cannot be read.
 */
export function parseEmployeeBand(input: string): string | null | undefined {
  const t = input.trim();
  if (t === '') return null;
  if (/^\d+$/.test(t)) return bandForHeadcount(Number(t)).id;
  const m = /^(?:ANTAL_)?(\d+)\s*(?:[_–-]\s*(\d*)|\+)?$/i.exec(t);
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = m[2] ? Number(m[2]) : null;
  if (max !== null && max < min) return undefined;
  return bandForHeadcount(min).id;
}

/** Sort key so that size can order lists (bigger later); unknown sorts first. */
export function bandRank(id: string | null): number {
  const i = EMPLOYEE_BANDS.findIndex((b) => b.id === id);
  return i;
}

export function bandLabel(id: string | null): string | null {
  return EMPLOYEE_BANDS.find((b) => b.id === id)?.label ?? null;
}
