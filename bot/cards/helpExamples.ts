/**
 * The example questions the help card shows and the docs repeat, in one place: the first-hour test
 * (tests/http/firstHour.test.ts) asks each of them against the demo data through /api/messages and checks
 * the answer against the company named here, so an example that stops working fails a test instead of a
 * newcomer's first try. The companies are from the seeded demo set (bot/demo, seed 707), whose companies do
 * not depend on the date.
 */
export interface HelpExample {
  da: string;
  en: string;
  /** The demo company the answer must be about. */
  company: { cvr: string; name: string };
  /** The demo company has declined contact from every unit: the answer carries the red banner. */
  optedOut: boolean;
}

export const HELP_EXAMPLES: readonly HelpExample[] = [
  {
    da: 'har nogen kontaktet Bøgh & Mortensen Byg for nylig?', en: 'has anyone contacted Bøgh & Mortensen Byg recently?',
    company: { cvr: '22980432', name: 'Bøgh & Mortensen Byg I/S' }, optedOut: false,
  },
  {
    da: 'hvem har talt med Hedegaard Have og Anlæg?', en: 'who has talked to Hedegaard Have og Anlæg?',
    company: { cvr: '19730840', name: 'Hedegaard Have og Anlæg' }, optedOut: true,
  },
  {
    da: 'kontakt 10970180', en: 'check 10970180',
    company: { cvr: '10970180', name: 'Norddjurs Maskinstation og Entreprenør ApS' }, optedOut: false,
  },
  {
    da: 'Ronne Kvaegbrug', en: 'Ronne Kvaegbrug',
    company: { cvr: '15303891', name: 'Rønne Kvægbrug' }, optedOut: false,
  },
];

export function helpExamples(locale: 'da' | 'en'): string[] {
  return HELP_EXAMPLES.map((e) => e[locale]);
}
