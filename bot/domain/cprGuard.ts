/**
 * Contact notes must never hold CPR numbers (DOMAIN.md, "Personal data"): the youth unit and Children and
 * Family work with cases about citizens and children. A CPR number is ddmmyy-xxxx, or ten digits whose first
 * six form a valid date. A ten-digit number named as a P-number ("P-nr. 1012345678") is a workplace, not a
 * person, and is allowed.
 */

const P_NUMBER_LABEL = /(?:p[\s.-]*(?:nr|nummer|number|enhed)\.?|produktionsenhed(?:en)?|pnr)[\s.:]*$/i;

export interface CprFinding { text: string; index: number }

export function findCprNumbers(text: string): CprFinding[] {
  const findings: CprFinding[] = [];
  const pattern = /(?<!\d)(\d{2})(\d{2})(\d{2})[\s-]?(\d{4})(?!\d)/g;
  for (const m of text.matchAll(pattern)) {
    const [whole, dd, mm, yy] = m;
    const separated = /[\s-]/.test(whole.slice(6, 7));
    if (!isDate(Number(dd), Number(mm), Number(yy))) continue;
    // A bare ten-digit number named as a P-number is a workplace; "ddmmyy-xxxx" is always refused.
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    if (!separated && P_NUMBER_LABEL.test(before)) continue;
    findings.push({ text: whole, index: m.index ?? 0 });
  }
  return findings;
}

function isDate(day: number, month: number, yy: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Any century: a two-digit year is a leap year when divisible by 4 (2000 was one), which errs towards refusing.
  const days = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}
