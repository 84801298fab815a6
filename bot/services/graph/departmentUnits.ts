/**
 * From the department (or office) Entra ID holds for a person to the unit they log contacts for. Department
 * names are typed by HR in many spellings ("Arbejdsmarkedsafdelingen", "Jobcenter Norddjurs", "Boern og
 * familie"), so a rule matches when the text contains one of its words, case-insensitively.
 */
import type { UnitId } from '../../domain/units.js';

export interface DepartmentRule {
  unit: UnitId;
  /** Matched as case-insensitive substrings; the first rule with a match wins. */
  contains: readonly string[];
}

/** Order matters: "Erhverv og Arbejdsmarked" is the jobcentre's, so the jobcentre's rule comes before Erhverv. */
export const DEFAULT_DEPARTMENT_RULES: readonly DepartmentRule[] = [
  { unit: 'jobcenter', contains: ['arbejdsmarked', 'jobcenter'] },
  { unit: 'unge', contains: ['unge'] },
  { unit: 'boern-familie', contains: ['børn og familie', 'boern'] },
  { unit: 'skole', contains: ['skole'] },
  { unit: 'erhverv', contains: ['erhverv'] },
];

function fold(text: string): string {
  return text.toLocaleLowerCase('da-DK').normalize('NFC');
}

export function unitForDepartment(text: string | null | undefined, rules: readonly DepartmentRule[] = DEFAULT_DEPARTMENT_RULES): UnitId | null {
  if (!text) return null;
  const folded = fold(text);
  for (const rule of rules) if (rule.contains.some((word) => word.trim() !== '' && folded.includes(fold(word.trim())))) return rule.unit;
  return null;
}

/**
 * Rules from a setting: "jobcenter=Arbejdsmarked,Jobcenter;unge=Unge". Throws with the offending part, so a
 * typo stops start-up instead of quietly giving everyone no unit.
 */
export function parseDepartmentRules(text: string): DepartmentRule[] {
  const rules: DepartmentRule[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const eq = part.indexOf('=');
    const unit = eq > 0 ? part.slice(0, eq).trim() : '';
    const words = eq > 0 ? part.slice(eq + 1).split(',').map((w) => w.trim()).filter((w) => w !== '') : [];
    if (unit === '' || words.length === 0) throw new Error(`department rule "${part}" must look like unit=word,word`);
    rules.push({ unit, contains: words });
  }
  if (rules.length === 0) throw new Error('no department rules given');
  return rules;
}
