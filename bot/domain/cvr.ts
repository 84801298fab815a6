/** CVR and P-number rules (DOMAIN.md: "Company data"). */

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** True for an 8-digit CVR number without a leading 0 whose weighted digit sum is divisible by 11. */
export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += CVR_WEIGHTS[i] * Number(cvr[i]);
  return sum % 11 === 0;
}

/**
 * Reads a CVR number the way people write it: "DK 13 74 81 36", "dk-13748136", "13748136".
 * Returns the 8 digits, or null when what is left is not 8 digits (validity is checked separately).
 */
export function normalizeCvr(input: string): string | null {
  const compact = input.trim().replace(/^dk[\s-]*/i, '').replace(/[\s.-]/g, '');
  return /^\d{8}$/.test(compact) ? compact : null;
}

/**
 * P-numbers are checked for format only: some series were issued with wrong check digits,
 * so a modulus check would reject real ones.
 */
export function isValidPNumber(p: string): boolean {
  return /^\d{10}$/.test(p);
}

/** Computes the check digit that makes a 7-digit stem a valid CVR, or null when no digit can (sum ≡ 10). */
export function cvrCheckDigit(stem7: string): string | null {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += CVR_WEIGHTS[i] * Number(stem7[i]);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? null : String(digit);
}
