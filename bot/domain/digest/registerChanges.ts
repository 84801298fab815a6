/**
 * The digest's count of what the CVR sync noticed last week ("7 nye virksomheder i kommunen"). Counts only:
 * the names are on the Registerændringer page, and a long list would crowd the card.
 */
import { copenhagenDay, type Locale } from '../danishTime.js';
import type { Period } from '../overview/types.js';
import { REGISTER_CHANGE_KINDS, type RegisterChange, type RegisterChangeKind } from '../registerChanges/changes.js';

export type RegisterChangeCounts = Record<RegisterChangeKind, number>;

/** Null when nothing changed: the section is then left out, like the proposals section. */
export function registerChangeCounts(changes: readonly RegisterChange[], period: Period): RegisterChangeCounts | null {
  const counts = Object.fromEntries(REGISTER_CHANGE_KINDS.map((k) => [k, 0])) as RegisterChangeCounts;
  let any = false;
  for (const c of changes) {
    const day = copenhagenDay(new Date(c.at));
    if (day < period.from || day > period.to) continue;
    counts[c.kind]++;
    any = true;
  }
  return any ? counts : null;
}

const LINES: Record<Locale, { heading: string; line: Record<RegisterChangeKind, (n: number, text: string) => string> }> = {
  da: {
    heading: 'Registerændringer fra CVR',
    line: {
      new: (n, x) => `${x} ${n === 1 ? 'ny virksomhed' : 'nye virksomheder'} i kommunen`,
      ceased: (n, x) => `${x} ${n === 1 ? 'virksomhed' : 'virksomheder'} ophørt`,
      movedIn: (n, x) => `${x} ${n === 1 ? 'virksomhed' : 'virksomheder'} flyttet til kommunen`,
      movedOut: (n, x) => `${x} ${n === 1 ? 'virksomhed' : 'virksomheder'} flyttet fra kommunen`,
      industry: (_n, x) => `${x} med ny branchekode`,
      protected: (_n, x) => `${x} har slået reklamebeskyttelse til`,
    },
  },
  en: {
    heading: 'Register changes from CVR',
    line: {
      new: (n, x) => `${x} new ${n === 1 ? 'company' : 'companies'} in the municipality`,
      ceased: (n, x) => `${x} ${n === 1 ? 'company' : 'companies'} ceased`,
      movedIn: (n, x) => `${x} ${n === 1 ? 'company' : 'companies'} moved into the municipality`,
      movedOut: (n, x) => `${x} ${n === 1 ? 'company' : 'companies'} moved out of the municipality`,
      industry: (_n, x) => `${x} with a new industry code`,
      protected: (_n, x) => `${x} switched advertising protection on`,
    },
  },
};

export function registerChangeSection(counts: RegisterChangeCounts, locale: Locale, format: (n: number) => string): { heading: string; lines: string[] } {
  const s = LINES[locale];
  return { heading: s.heading, lines: REGISTER_CHANGE_KINDS.filter((k) => counts[k] > 0).map((k) => s.line[k](counts[k], format(counts[k]))) };
}
