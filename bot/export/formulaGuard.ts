/**
 * A text cell that starts, after any leading white space, with = + - @ TAB or CR is one Excel or LibreOffice
 * may evaluate as a formula (CSV/formula injection: `\t=HYPERLINK(...)` in a plan note). Such a cell gets a
 * leading apostrophe, which both show as text. Numbers are never guarded: -3,5 stays a number.
 */
export function guardFormula(text: string): string {
  return /^[\s\u00a0\u200b\ufeff]*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
