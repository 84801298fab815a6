import type { OverviewResponse, SavedPlan } from '../contract/api.js';
import { flagText, reasonsText } from '../domain/planning/index.js';
import { bandLabel } from '../domain/employeeBand.js';
import { sectionByLetter } from '../domain/industries.js';
import { postalArea } from '../domain/norddjurs.js';
import { purposeName, unitNameOf, type Naming, type Unit } from '../domain/units.js';
import type { Sheet } from './table.js';

/** The plan and the overview as export sheets, headed in Danish (the coordinator's working language). */

function unitName(units: readonly Unit[], id: string): string {
  return unitNameOf(units, id, 'da');
}

export function planSheets(plan: SavedPlan, naming: Naming): Sheet[] {
  const { units } = naming;
  return [{
    title: plan.version > 1 ? `Plan ${plan.savedAt.slice(0, 10)} v${plan.version}` : `Plan ${plan.savedAt.slice(0, 10)}`,
    header: ['Virksomhed', 'CVR', 'Enhed', 'Person', 'Begrundelser', 'Reklamebeskyttet', 'Bemærkninger', 'Branche', 'Postnummer', 'Ansatte'],
    rows: plan.items.map((i) => [
      i.companyName, i.cvr, unitName(units, i.unit), i.person, reasonsText(i.reasons, 'da', naming),
      i.advertisingProtected ? 'Ja' : 'Nej', i.flags.map((f) => flagText(f, 'da')).join(', ') || null,
      i.section ? `${i.section} ${sectionByLetter(i.section)?.name ?? ''}`.trim() : null, i.area, bandLabel(i.employeeBand),
    ]),
  }];
}

export function overviewSheets(r: OverviewResponse, naming: Naming): Sheet[] {
  const { units } = naming;
  const o = r.overview;
  const h = o.headline;
  const coverage = (title: string, rows: typeof o.coverage.bySection): Sheet => ({
    title,
    header: ['Nøgle', 'Navn', 'Virksomheder', 'Kontaktet', 'Dækning %', 'Indeks', 'Få virksomheder'],
    rows: rows.map((c) => [c.key, c.label, c.companies, c.contacted, round(c.coveragePct), c.index === null ? null : round(c.index, 2), c.small ? 'Ja' : 'Nej']),
  });
  return [
    {
      title: 'Nøgletal',
      header: ['Nøgletal', 'Værdi'],
      rows: [
        ['Periode', `${r.period.from} – ${r.period.to}`],
        ['Enhed', r.unit ? unitName(units, r.unit) : 'Alle enheder'],
        ['Virksomheder i kommunen', h.companiesInMunicipality],
        ['Kontaktet i perioden', h.contactedInPeriod],
        ['Kontakter i perioden', h.contactsInPeriod],
        ['Dækning %', round(h.coveragePct)],
        ['Virksomheder med parallelle kontakter', h.parallelCompanies],
        ['Tavse virksomheder', h.silentCompanies],
        ['Aldrig kontaktet', h.neverContacted],
        ['Har frabedt sig kontakt', h.optedOutCompanies],
        ['Kontakter trods frabedt kontakt', h.breaches],
      ],
    },
    {
      title: 'A Parallelle kontakter',
      header: ['Virksomhed', 'CVR', 'Enhed', 'Medarbejder', 'Dato', 'Formål'],
      rows: o.parallel.flatMap((p) => p.contacts.map((c) => [
        p.name, p.cvr, unitName(units, c.unit), c.staffName, c.date, purposeName(naming.purposes, c.purpose, 'da'),
      ])),
    },
    {
      title: 'B Tavse virksomheder',
      header: ['Virksomhed', 'CVR', 'Seneste kontakt', 'Måneder uden kontakt', 'Branche', 'Postnummer', 'By', 'Ansatte', 'Reklamebeskyttet', 'Frabedt kontakt'],
      rows: o.silent.map((s) => [
        s.name, s.cvr, s.lastContactDate, s.monthsSilent, s.section, s.area, postalArea(s.area)?.town ?? null, bandLabel(s.employeeBand),
        s.advertisingProtected ? 'Ja' : 'Nej', s.optedOut ? 'Ja' : 'Nej',
      ]),
    },
    coverage('C Dækning brancher', o.coverage.bySection),
    coverage('C Dækning områder', o.coverage.byArea),
  ];
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
