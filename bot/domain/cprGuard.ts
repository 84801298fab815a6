/**
 * Nothing the product stores may hold a CPR number (DOMAIN.md, "Personal data"): the youth unit and Children and
 * Family work with cases about citizens and children. A CPR number is ddmmyy-xxxx, or ten digits whose first six
 * form a date; the modulus-11 check is not used (numbers issued since 2007 need not pass it). A ten-digit number
 * named as a P-number ("P-nr. 1012345678") is a workplace, not a person, and is allowed; CVR numbers have eight.
 *
 * The text is normalised first, so look-alikes pasted from other systems are caught: Unicode NFKC (full-width
 * digits), zero-width characters and soft hyphens removed, every dash and space variant unified; the date's parts
 * may be separated by dots or spaces and the serial by a dash, dot, slash, underscore or space, with spaces around.
 */

const P_NUMBER_LABEL = /(?:p[\s.-]*(?:nr|nummer|number|enhed)\.?|produktionsenhed(?:en)?|pnr)[\s.:]*$/i;
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d\u02d7\u058a]/g;
const CPR = /(?<!\d)(\d{2})[ .]?(\d{2})[ .]?(\d{2}) ?[-./_ ]? ?(\d{4})(?!\d)/g;

export interface CprFinding { text: string; index: number }

/** The text as the guard reads it; exported so its tests can show what a look-alike becomes. */
export function normaliseForCprGuard(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(/\s/g, ' ');
}

/** The CPR-like numbers in a text; `index` is a position in the normalised text. */
export function findCprNumbers(raw: string): CprFinding[] {
  const text = normaliseForCprGuard(raw);
  const findings: CprFinding[] = [];
  for (const m of text.matchAll(CPR)) {
    const [whole, dd, mm, yy] = m;
    if (!isDate(Number(dd), Number(mm), Number(yy))) continue;
    // A bare ten-digit number named as a P-number is a workplace; anything written with separators never is.
    const bare = /^\d{10}$/.test(whole);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    if (bare && P_NUMBER_LABEL.test(before)) continue;
    findings.push({ text: whole, index: m.index ?? 0 });
  }
  return findings;
}

/** True when a text may not be stored because it seems to hold a CPR number. */
export function containsCpr(text: string): boolean {
  return findCprNumbers(text).length > 0;
}

function isDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Any century: a two-digit year is a leap year when divisible by 4 (2000 was one), which errs towards refusing.
  const days = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}
