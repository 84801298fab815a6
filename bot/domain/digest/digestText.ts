/** The digest in words for one language: a title, a subtitle and headed sections of lines, ready for a card. */
import { copenhagenDay, formatDay, formatDaysAgo, type Locale } from '../danishTime.js';
import { formatIndex } from '../planning/index.js';
import { STATUS_NAMES } from '../proposals.js';
import { unitNameOf, type Unit, type UnitId } from '../units.js';
import { DIGEST_STRINGS } from './digestStrings.js';
import { FEEDBACK_COMPARISON_WEEKS } from './buildDigest.js';
import { registerChangeSection } from './registerChanges.js';
import type { Digest, NewOptOut } from './types.js';

export type DigestSectionId = 'contacts' | 'parallel' | 'optOuts' | 'silent' | 'coverage' | 'feedback' | 'plan' | 'proposals' | 'register';

export interface DigestSectionText { id: DigestSectionId; heading: string; lines: string[] }

export interface DigestText {
  title: string;
  /** The reported week's days, e.g. "23.–29. november 2026". */
  subtitle: string;
  sections: DigestSectionText[];
}

export interface DigestTextOptions {
  /** Companies listed by name per section before "… og N mere" (default 5). */
  maxListed?: number;
}

const counts: Record<Locale, Intl.NumberFormat> = { da: new Intl.NumberFormat('da-DK'), en: new Intl.NumberFormat('en-GB') };
const ratings: Record<Locale, Intl.NumberFormat> = {
  da: new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** "1.234" / "1,234". */
export function formatCount(n: number, locale: Locale): string {
  return counts[locale].format(n);
}

/** Always one decimal, "4,0" rather than "4", so a column of averages lines up. */
export function formatRating(average: number, locale: Locale): string {
  return ratings[locale].format(average);
}

/** "23.–29. november 2026" within a month, else both days in full. */
export function formatWeekSpan(from: string, to: string, locale: Locale): string {
  if (from.slice(0, 7) !== to.slice(0, 7)) return `${formatDay(from, locale)} – ${formatDay(to, locale)}`;
  const first = Number(from.slice(8, 10));
  return locale === 'da' ? `${first}.–${formatDay(to, locale)}` : `${first}–${formatDay(to, locale)}`;
}

export function digestText(d: Digest, units: readonly Unit[], locale: Locale, options: DigestTextOptions = {}): DigestText {
  const s = DIGEST_STRINGS[locale];
  const max = options.maxListed ?? 5;
  const count = (n: number): { n: number; text: string } => ({ n, text: formatCount(n, locale) });
  const unit = (id: UnitId): string => unitNameOf(units, id, locale);
  const company = (name: string | null, cvr: string): string => (name === null ? `CVR ${cvr}` : `${name} (${cvr})`);
  const listed = <T>(items: readonly T[], line: (item: T) => string): string[] => {
    const lines = items.slice(0, max).map(line);
    if (items.length > max) lines.push(s.more(count(items.length - max)));
    return lines;
  };
  const scope = (o: NewOptOut): string => (o.scope.kind === 'all' ? s.allUnits : o.scope.units.map(unit).join(', '));
  const average = (a: number | null): string | null => (a === null ? null : formatRating(a, locale));

  const sections: DigestSectionText[] = [
    {
      id: 'contacts', heading: s.headings.contacts,
      lines: [...d.contactsByUnit.map((r) => s.unitContacts(unit(r.unit), count(r.contacts))), s.total(count(d.totalContacts))],
    },
    {
      id: 'parallel', heading: s.headings.parallel,
      lines: [
        s.parallelCount(count(d.parallel.length)),
        ...listed(d.parallel, (p) => s.parallelCase(company(p.name, p.cvr), p.units.map(unit).join(', '), count(p.closestDays))),
      ],
    },
    {
      id: 'optOuts', heading: s.headings.optOuts,
      lines: [s.optOutCount(count(d.newOptOuts.length)), ...listed(d.newOptOuts, (o) => s.optOut(company(o.companyName, o.cvr), scope(o), o.revoked))],
    },
    {
      id: 'silent', heading: s.headings.silent,
      lines: [
        s.silentCount(count(d.newlySilent.length)),
        ...listed(d.newlySilent, (c) => s.silent(company(c.name, c.cvr), c.lastContactDate === null ? '–' : formatDay(c.lastContactDate, locale), c.optedOut)),
      ],
    },
    { id: 'coverage', heading: s.headings.coverage, lines: coverageLines(d, locale, count) },
    {
      id: 'feedback', heading: s.headings.feedback,
      lines: [
        s.ratingLastWeek(average(d.feedback.lastWeek.average), count(d.feedback.lastWeek.count)),
        s.ratingBefore(FEEDBACK_COMPARISON_WEEKS, average(d.feedback.previousWeeks.average), count(d.feedback.previousWeeks.count)),
        ...d.feedback.notes.map((n) => s.note(n.note, n.companyName ?? `CVR ${n.cvr}`, unit(n.unit), n.rating)),
      ],
    },
    {
      id: 'plan', heading: s.headings.plan,
      lines: d.plan === null ? [s.noPlan] : [
        s.plan(formatDay(copenhagenDay(new Date(d.plan.savedAt)), locale), count(d.plan.items), count(d.plan.claimed), count(d.plan.done)),
        ...d.plan.byUnit.filter((r) => r.items > 0).map((r) => s.planUnit(unit(r.unit), count(r.items), count(r.claimed), count(r.done))),
      ],
    },
  ];
  // Only when something is open: an empty proposals section every week would teach readers to skip it.
  if (d.proposals !== null) {
    const open = d.proposals;
    const lines = [
      s.proposalCount(count(open.count)),
      ...open.oldest.map((p) => s.proposal(p.title, STATUS_NAMES[p.status][locale].toLowerCase(), formatDaysAgo(p.ageDays, locale))),
    ];
    if (open.count > open.oldest.length) lines.push(s.more(count(open.count - open.oldest.length)));
    sections.push({ id: 'proposals', heading: s.headings.proposals, lines });
  }
  if (d.registerChanges !== null) sections.push({ id: 'register', ...registerChangeSection(d.registerChanges, locale, (n) => formatCount(n, locale)) });
  return { title: s.title(d.reportedWeek.week), subtitle: formatWeekSpan(d.period.from, d.period.to, locale), sections };
}

function coverageLines(d: Digest, locale: Locale, count: (n: number) => { n: number; text: string }): string[] {
  const s = DIGEST_STRINGS[locale];
  const label = (r: { key: string; label: string; labelEn: string }): string => (locale === 'da' ? r.label : r.labelEn);
  const lines = [
    ...d.coverageGaps.sections.map((r) => s.sectionGap(`${r.key} ${label(r)}`, formatIndex(r.index ?? 0, locale), count(r.contacted), count(r.companies))),
    ...d.coverageGaps.areas.map((r) => s.areaGap(label(r), formatIndex(r.index ?? 0, locale), count(r.contacted), count(r.companies))),
  ];
  return lines.length > 0 ? lines : [s.noGaps];
}
