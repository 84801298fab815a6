import assert from 'node:assert/strict';
import { buildDigest, digestText, formatCount, formatRating, formatWeekSpan, type Digest, type DigestText } from '../../bot/domain/digest/index.js';
import type { SilentCompany } from '../../bot/domain/overview/index.js';
import { DEFAULT_UNITS } from '../../bot/domain/units.js';
import { digestInput, proposals } from './digestFixtures.js';
import { registerChangeCounts, registerChangeSection } from '../../bot/domain/digest/registerChanges.js';
import type { RegisterChange } from '../../bot/domain/registerChanges/changes.js';

const lines = (t: DigestText, id: string): string[] => t.sections.find((s) => s.id === id)?.lines ?? [];

describe('digest: text', () => {
  const d = buildDigest(digestInput());
  const da = digestText(d, DEFAULT_UNITS, 'da');
  const en = digestText(d, DEFAULT_UNITS, 'en');

  it('titles the card with the reported week and its days', () => {
    assert.equal(da.title, 'Ugens overblik – uge 48');
    assert.equal(da.subtitle, '23.–29. november 2026');
    assert.equal(en.title, 'Weekly overview – week 48');
    assert.equal(en.subtitle, '23–29 November 2026');
    assert.equal(formatWeekSpan('2026-11-30', '2026-12-06', 'da'), '30. november 2026 – 6. december 2026');
    assert.deepEqual(da.sections.map((s) => s.heading), [
      'Kontakter pr. enhed', 'Parallelle kontakter', 'Nye frabedelser af kontakt', 'Tavse virksomheder',
      'Underrepræsenterede brancher og områder', 'Virksomhedernes vurdering', 'Kontaktplanen',
    ]);
  });

  it('lists open proposals with status and age in a section of their own, and has no such section when none is open', () => {
    const withLog = buildDigest(digestInput({ proposals, proposalCount: 2 }));
    const daLog = digestText(withLog, DEFAULT_UNITS, 'da');
    assert.equal(daLog.sections.at(-1)?.heading, 'Forslag til justeringer');
    assert.deepEqual(lines(daLog, 'proposals'), [
      'Åbne forslag: 3',
      'Én indgang til Firma 01 – ny, oprettet for 28 dage siden',
      'Skoleområdet overtager Åben Skole-kontakterne – besluttet, oprettet for 10 dage siden',
      '… og 1 mere',
    ]);
    assert.deepEqual(lines(digestText(withLog, DEFAULT_UNITS, 'en'), 'proposals').slice(0, 2), [
      'Open proposals: 3', 'Én indgang til Firma 01 – new, created 28 days ago',
    ]);
    assert.ok(!da.sections.some((s) => s.id === 'proposals'));
    const closedOnly = buildDigest(digestInput({ proposals: proposals.filter((p) => p.status === 'afvist' || p.status === 'gennemfoert') }));
    assert.ok(!digestText(closedOnly, DEFAULT_UNITS, 'da').sections.some((s) => s.id === 'proposals'));
  });

  it('words contacts per unit with the unit\'s short name, singular and plural', () => {
    assert.deepEqual(lines(da, 'contacts'), [
      'Erhverv: 1 kontakt', 'Jobcentret: 3 kontakter', 'Ungeindsatsen: 3 kontakter', 'Børn og familie: 0 kontakter',
      'Skoleområdet: 1 kontakt', 'kultur: 1 kontakt', 'I alt: 9 kontakter',
    ]);
    assert.equal(lines(en, 'contacts')[1], 'Jobcentre: 3 contacts');
  });

  it('words parallel contacts, opt-outs and new silence', () => {
    assert.deepEqual(lines(da, 'parallel'), ['Virksomheder kontaktet af flere enheder: 1', 'Firma 01 (10000001): Jobcentret, Ungeindsatsen – 2 dage imellem']);
    assert.deepEqual(lines(da, 'optOuts'), [
      'Virksomheder, der har frabedt sig kontakt: 2',
      'Firma 09 (10000009): alle enheder',
      'Firma 02 (10000002): Jobcentret, Skoleområdet (siden tilbagekaldt)',
    ]);
    assert.deepEqual(lines(da, 'silent'), [
      'Tavse virksomheder siden sidste uge: 3',
      'Firma 01 (20000001): sidste kontakt 22. november 2025',
      'Firma 07 (20000007): sidste kontakt 25. november 2025 – har frabedt sig kontakt',
      'Firma 02 (20000002): sidste kontakt 28. november 2025',
    ]);
    assert.equal(lines(en, 'silent')[0], 'Companies silent since last week: 3');
  });

  it('gives ratings with a decimal comma, and the companies\' notes', () => {
    assert.deepEqual(lines(da, 'feedback'), [
      'Sidste uge: 3,7 af 5 (3 vurderinger)',
      'De 4 uger før: 3,5 af 5 (2 vurderinger)',
      '»Hurtigt svar« – Firma 03, Erhverv (5/5)',
      '»God dialog« – Firma 02, Jobcentret (4/5)',
    ]);
    assert.equal(lines(en, 'feedback')[0], 'Last week: 3.7 of 5 (3 ratings)');
  });

  it('gives the plan\'s progress, units without items left out', () => {
    assert.deepEqual(lines(da, 'plan'), [
      'Planen fra 25. november 2026: 7 virksomheder, 2 taget, 3 kontaktet',
      'Erhverv: 1 af 2 kontaktet, 0 taget',
      'Jobcentret: 1 af 2 kontaktet, 1 taget',
      'Ungeindsatsen: 1 af 2 kontaktet, 0 taget',
      'Skoleområdet: 0 af 1 kontaktet, 1 taget',
    ]);
  });

  it('has a line for every empty part', () => {
    const empty = digestText(buildDigest({ ...digestInput(), companies: [], contacts: [], optOuts: [], plans: [] }), DEFAULT_UNITS, 'da');
    assert.deepEqual(lines(empty, 'parallel'), ['Virksomheder kontaktet af flere enheder: 0']);
    assert.deepEqual(lines(empty, 'coverage'), ['Ingen brancher eller områder skiller sig ud.']);
    assert.deepEqual(lines(empty, 'feedback'), ['Ingen vurderinger sidste uge', 'Ingen vurderinger de 4 uger før']);
    assert.deepEqual(lines(empty, 'plan'), ['Der er ikke gemt nogen plan endnu.']);
  });

  it('formats large counts and long lists the Danish way', () => {
    assert.equal(formatCount(1234, 'da'), '1.234');
    assert.equal(formatCount(1234, 'en'), '1,234');
    assert.equal(formatRating(4, 'da'), '4,0');
    assert.equal(formatRating(4.25, 'da'), '4,3');
    const silent: SilentCompany[] = Array.from({ length: 7 }, (_, i) => ({
      cvr: `4000000${i}`, name: `Tavs ${i}`, section: null, area: null, employeeBand: null, advertisingProtected: false, optedOut: false,
      lastContactDate: '2025-11-24', monthsSilent: 12,
    }));
    const big: Digest = { ...d, totalContacts: 1234, newlySilent: silent };
    const t = digestText(big, DEFAULT_UNITS, 'da', { maxListed: 5 });
    assert.equal(lines(t, 'contacts').at(-1), 'I alt: 1.234 kontakter');
    assert.equal(lines(t, 'silent').length, 1 + 5 + 1);
    assert.equal(lines(t, 'silent').at(-1), '… og 2 mere');
  });

  it('words coverage gaps with section letter, index and counts', () => {
    const gap = {
      key: 'F', label: 'Bygge og anlæg', labelEn: 'Construction', companies: 20, contacted: 2, coveragePct: 10, index: 0.4, small: false,
    };
    const area = { key: '8500', label: '8500 Grenaa', labelEn: '8500 Grenaa', companies: 30, contacted: 6, coveragePct: 20, index: 0.05, small: false };
    const t = digestText({ ...d, coverageGaps: { sections: [gap], areas: [area] } }, DEFAULT_UNITS, 'da');
    assert.deepEqual(lines(t, 'coverage'), [
      'Branche F Bygge og anlæg: indeks 0,4 (2 af 20 kontaktet)',
      'Område 8500 Grenaa: indeks 0,05 (6 af 30 kontaktet)',
    ]);
    assert.equal(lines(digestText({ ...d, coverageGaps: { sections: [gap], areas: [] } }, DEFAULT_UNITS, 'en'), 'coverage')[0],
      'Industry F Construction: index 0.4 (2 of 20 contacted)');
  });
});

describe('digest: register changes from CVR', () => {
  const change = (kind: RegisterChange['kind'], at: string, cvr: string): RegisterChange => ({ kind, cvr, name: `Virksomhed ${cvr}`, at, before: null, after: null, advertisingProtected: false });
  // Week 49 of 2026 reports on week 48: 23–29 November (Copenhagen days).
  const period = { from: '2026-11-23', to: '2026-11-29' };

  it('counts last week\'s changes by kind and words them ("7 nye virksomheder i kommunen")', () => {
    const changes = [
      ...Array.from({ length: 7 }, (_, i) => change('new', '2026-11-25T09:00:00Z', `4000000${i}`)),
      change('ceased', '2026-11-29T23:30:00Z', '50000000'), // Monday 30 Nov 00:30 in Copenhagen: this week, not last
      change('ceased', '2026-11-22T23:30:00Z', '50000001'), // Monday 23 Nov 00:30 in Copenhagen: counted
      change('protected', '2026-11-24T12:00:00Z', '50000002'),
    ];
    const counts = registerChangeCounts(changes, period)!;
    assert.deepEqual(counts, { new: 7, ceased: 1, movedIn: 0, movedOut: 0, industry: 0, protected: 1 });
    const da = registerChangeSection(counts, 'da', String);
    assert.deepEqual(da.lines, ['7 nye virksomheder i kommunen', '1 virksomhed ophørt', '1 har slået reklamebeskyttelse til']);
    assert.equal(registerChangeSection({ ...counts, ceased: 0, protected: 0, new: 1 }, 'en', String).lines[0], '1 new company in the municipality');
    const text = digestText({ ...buildDigest(digestInput()), registerChanges: counts }, DEFAULT_UNITS, 'da');
    assert.deepEqual(text.sections.at(-1), { id: 'register', heading: 'Registerændringer fra CVR', lines: da.lines });
  });

  it('leaves the section out when nothing changed', () => {
    assert.equal(registerChangeCounts([change('new', '2026-11-10T09:00:00Z', '40000000')], period), null);
  });
});
