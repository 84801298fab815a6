import type { Company } from './company.js';
import type { CallAssessment } from './contactRules.js';

/** A company offered for the user to pick: enough to tell namesakes apart. */
export interface CompanyOption {
  cvr: string;
  name: string;
  town: string | null;
}

/** The answer to "has anyone contacted X?": the cards render it, the look-up service computes it. */
export type LookupResult =
  | { kind: 'answer'; company: Company; assessment: CallAssessment; today: string }
  | { kind: 'choices'; query: string; options: CompanyOption[] }
  | { kind: 'none'; query: string; suggestions: CompanyOption[] }
  | { kind: 'unknownCvr'; cvr: string; valid: boolean };
