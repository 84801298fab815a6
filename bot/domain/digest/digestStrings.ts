/** Every word of the weekly digest card, per language. Numbers arrive formatted for the language. */
import type { Locale } from '../danishTime.js';

/** Numbers already formatted; `n` is the raw count, for singular/plural. */
interface Count { n: number; text: string }

export interface DigestStrings {
  title: (week: number) => string;
  headings: {
    contacts: string; parallel: string; optOuts: string; silent: string; coverage: string; feedback: string; plan: string; proposals: string;
  };
  unitContacts: (unit: string, c: Count) => string;
  total: (c: Count) => string;
  parallelCount: (c: Count) => string;
  parallelCase: (company: string, units: string, closestDays: Count) => string;
  optOutCount: (c: Count) => string;
  allUnits: string;
  optOut: (company: string, scope: string, revoked: boolean) => string;
  silentCount: (c: Count) => string;
  silent: (company: string, lastDate: string, optedOut: boolean) => string;
  sectionGap: (label: string, index: string, contacted: Count, companies: Count) => string;
  areaGap: (label: string, index: string, contacted: Count, companies: Count) => string;
  noGaps: string;
  ratingLastWeek: (average: string | null, c: Count) => string;
  ratingBefore: (weeks: number, average: string | null, c: Count) => string;
  note: (note: string, company: string, unit: string, rating: number) => string;
  plan: (savedDay: string, items: Count, claimed: Count, done: Count) => string;
  planUnit: (unit: string, items: Count, claimed: Count, done: Count) => string;
  noPlan: string;
  proposalCount: (c: Count) => string;
  /** `age` from formatDaysAgo: "i dag", "for 5 dage siden". */
  proposal: (title: string, status: string, age: string) => string;
  more: (c: Count) => string;
}

const plural = (c: Count, one: string, many: string): string => `${c.text} ${c.n === 1 ? one : many}`;

export const DIGEST_STRINGS: Record<Locale, DigestStrings> = {
  da: {
    title: (week) => `Ugens overblik – uge ${week}`,
    headings: {
      contacts: 'Kontakter pr. enhed', parallel: 'Parallelle kontakter', optOuts: 'Nye frabedelser af kontakt',
      silent: 'Tavse virksomheder', coverage: 'Underrepræsenterede brancher og områder', feedback: 'Virksomhedernes vurdering',
      plan: 'Kontaktplanen', proposals: 'Forslag til justeringer',
    },
    unitContacts: (unit, c) => `${unit}: ${plural(c, 'kontakt', 'kontakter')}`,
    total: (c) => `I alt: ${plural(c, 'kontakt', 'kontakter')}`,
    parallelCount: (c) => `Virksomheder kontaktet af flere enheder: ${c.text}`,
    parallelCase: (company, units, d) => `${company}: ${units} – ${d.n === 0 ? 'samme dag' : `${plural(d, 'dag', 'dage')} imellem`}`,
    optOutCount: (c) => `Virksomheder, der har frabedt sig kontakt: ${c.text}`,
    allUnits: 'alle enheder',
    optOut: (company, scope, revoked) => `${company}: ${scope}${revoked ? ' (siden tilbagekaldt)' : ''}`,
    silentCount: (c) => `Tavse virksomheder siden sidste uge: ${c.text}`,
    silent: (company, last, optedOut) => `${company}: sidste kontakt ${last}${optedOut ? ' – har frabedt sig kontakt' : ''}`,
    sectionGap: (label, index, contacted, companies) => `Branche ${label}: indeks ${index} (${contacted.text} af ${companies.text} kontaktet)`,
    areaGap: (label, index, contacted, companies) => `Område ${label}: indeks ${index} (${contacted.text} af ${companies.text} kontaktet)`,
    noGaps: 'Ingen brancher eller områder skiller sig ud.',
    ratingLastWeek: (avg, c) => (avg === null ? 'Ingen vurderinger sidste uge' : `Sidste uge: ${avg} af 5 (${plural(c, 'vurdering', 'vurderinger')})`),
    ratingBefore: (weeks, avg, c) => (avg === null ? `Ingen vurderinger de ${weeks} uger før` : `De ${weeks} uger før: ${avg} af 5 (${plural(c, 'vurdering', 'vurderinger')})`),
    note: (note, company, unit, rating) => `»${note}« – ${company}, ${unit} (${rating}/5)`,
    plan: (day, items, claimed, done) => `Planen fra ${day}: ${plural(items, 'virksomhed', 'virksomheder')}, ${claimed.text} taget, ${done.text} kontaktet`,
    planUnit: (unit, items, claimed, done) => `${unit}: ${done.text} af ${items.text} kontaktet, ${claimed.text} taget`,
    noPlan: 'Der er ikke gemt nogen plan endnu.',
    proposalCount: (c) => `Åbne forslag: ${c.text}`,
    proposal: (title, status, age) => `${title} – ${status}, oprettet ${age}`,
    more: (c) => `… og ${c.text} mere`,
  },
  en: {
    title: (week) => `Weekly overview – week ${week}`,
    headings: {
      contacts: 'Contacts by unit', parallel: 'Parallel contacts', optOuts: 'New opt-outs', silent: 'Silent companies',
      coverage: 'Under-represented industries and areas', feedback: "Companies' ratings", plan: 'The contact plan',
      proposals: 'Proposals for adjustments',
    },
    unitContacts: (unit, c) => `${unit}: ${plural(c, 'contact', 'contacts')}`,
    total: (c) => `Total: ${plural(c, 'contact', 'contacts')}`,
    parallelCount: (c) => `Companies contacted by several units: ${c.text}`,
    parallelCase: (company, units, d) => `${company}: ${units} – ${d.n === 0 ? 'same day' : `${plural(d, 'day', 'days')} apart`}`,
    optOutCount: (c) => `Companies that declined contact: ${c.text}`,
    allUnits: 'all units',
    optOut: (company, scope, revoked) => `${company}: ${scope}${revoked ? ' (since revoked)' : ''}`,
    silentCount: (c) => `Companies silent since last week: ${c.text}`,
    silent: (company, last, optedOut) => `${company}: last contact ${last}${optedOut ? ' – has declined contact' : ''}`,
    sectionGap: (label, index, contacted, companies) => `Industry ${label}: index ${index} (${contacted.text} of ${companies.text} contacted)`,
    areaGap: (label, index, contacted, companies) => `Area ${label}: index ${index} (${contacted.text} of ${companies.text} contacted)`,
    noGaps: 'No industry or area stands out.',
    ratingLastWeek: (avg, c) => (avg === null ? 'No ratings last week' : `Last week: ${avg} of 5 (${plural(c, 'rating', 'ratings')})`),
    ratingBefore: (weeks, avg, c) => (avg === null ? `No ratings in the ${weeks} weeks before` : `The ${weeks} weeks before: ${avg} of 5 (${plural(c, 'rating', 'ratings')})`),
    note: (note, company, unit, rating) => `“${note}” – ${company}, ${unit} (${rating}/5)`,
    plan: (day, items, claimed, done) => `The plan of ${day}: ${plural(items, 'company', 'companies')}, ${claimed.text} claimed, ${done.text} contacted`,
    planUnit: (unit, items, claimed, done) => `${unit}: ${done.text} of ${items.text} contacted, ${claimed.text} claimed`,
    noPlan: 'No plan has been saved yet.',
    proposalCount: (c) => `Open proposals: ${c.text}`,
    proposal: (title, status, age) => `${title} – ${status}, created ${age}`,
    more: (c) => `… and ${c.text} more`,
  },
};
