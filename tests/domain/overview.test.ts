import assert from 'node:assert/strict';
import { uniformWindows } from '../../bot/domain/strategy/index.js';
import type { OptOut } from '../../bot/domain/contact.js';
import { dayContact as contact, sectionCompany as company } from '../support/domainFixtures.js';
import { buildOverview, monthsBefore, sortSilent, wholeMonthsBetween, type Overview } from '../../bot/domain/overview/index.js';
import { findParallel } from '../../bot/domain/overview/parallel.js';




function optOut(id: string, cvr: string, scope: OptOut['scope'], date: string, revokedAt: string | null = null): OptOut {
  return {
    id, cvr, pNumber: null, scope, reason: 'r', source: 'telefon', date, registeredAt: `${date}T10:00:00Z`, registeredBy: 'x',
    revokedAt, revokedBy: revokedAt ? 'y' : null, revokeReason: revokedAt ? 'z' : null,
  };
}

/*
 * Seven counted companies (C1–C4, C7–C9); C5 is outside Norddjurs, C6 has ceased.
 * Period 2025-12-16..2026-03-16 (90 days), window 30 days, silence after 12 months.
 */
const today = '2026-03-16';
const period = { from: '2025-12-16', to: today };
const companies = [
  company('10000001', 'A', '8500', 'ANTAL_10_19'),
  company('10000002', 'A', '8500', 'ANTAL_2_4'),
  company('10000003', 'J', '8592', 'ANTAL_0_0'),
  company('10000004', 'J', '8592', null),
  company('10000005', 'A', '8963', 'ANTAL_5_9', { inMunicipality: false, address: { street: null, postalCode: '8963', town: null, municipalityCode: '706' } }),
  company('10000006', 'A', '8500', 'ANTAL_1_1', { status: 'OPHØRT' }),
  company('10000007', 'F', '8500', 'ANTAL_50_99'),
  company('10000008', 'F', '8500', 'ANTAL_20_49'),
  company('10000009', 'G', '8961', 'ANTAL_5_9'),
];
const contacts = [
  contact('k01', '10000001', 'jobcenter', '2026-01-10'),
  contact('k02', '10000001', 'unge', '2026-01-25'),
  contact('k03', '10000001', 'skole', '2026-03-01'), // 35 days after unge: not part of the collision
  contact('k04', '10000002', 'erhverv', '2025-12-20'),
  contact('k05', '10000002', 'erhverv', '2026-01-05'), // after the erhverv-only opt-out: a breach
  contact('k06', '10000002', 'jobcenter', '2025-11-30'), // 20 days before k04, but before the period
  contact('k07', '10000004', 'erhverv', '2025-02-01'),
  contact('k08', '10000005', 'jobcenter', '2026-02-01'),
  contact('k09', '10000005', 'erhverv', '2026-02-03'),
  contact('k10', '10000007', 'skole', '2025-03-16'), // exactly 12 months: not more than 12
  contact('k12', '10000008', 'skole', '2025-03-15'),
  contact('k13', '10000009', 'unge', '2026-01-20'), // while the since-revoked opt-out stood: a breach
  contact('k14', '10000009', 'erhverv', '2026-02-20'), // 31 days after k13, and after the revocation
];
const optOuts = [
  optOut('o1', '10000002', { kind: 'units', units: ['erhverv'] }, '2025-12-25'),
  optOut('o3', '10000009', { kind: 'all' }, '2025-12-01', '2026-02-10T09:00:00Z'),
  optOut('o4', '10000003', { kind: 'all' }, '2025-10-01'),
];

function overview(unit: string | null = null): Overview {
  return buildOverview({ companies, contacts, optOuts, period, today, unit, windows: uniformWindows(30), silenceMonths: 12 });
}

describe('overview: headline', () => {
  it('counts companies, contacts, parallel, silent, opt-outs, breaches and coverage for all units', () => {
    assert.deepEqual(overview().headline, {
      companiesInMunicipality: 7, contactedInPeriod: 3, contactsInPeriod: 9, parallelCompanies: 2, silentCompanies: 3,
      neverContacted: 1, optedOutCompanies: 2, breaches: 2, coveragePct: (3 / 7) * 100,
    });
  });

  it('counts only the filtered unit\'s contacts, opt-outs and breaches', () => {
    assert.deepEqual(overview('unge').headline, {
      companiesInMunicipality: 7, contactedInPeriod: 2, contactsInPeriod: 2, parallelCompanies: 1, silentCompanies: 5,
      neverContacted: 5, optedOutCompanies: 1, breaches: 1, coveragePct: (2 / 7) * 100,
    });
  });

  it('gives an empty municipality zeros rather than NaN', () => {
    const o = buildOverview({ companies: [], contacts: [], optOuts: [], period, today, windows: uniformWindows(30), silenceMonths: 12 });
    assert.equal(o.headline.coveragePct, 0);
    assert.deepEqual(o.coverage, { bySection: [], byArea: [] });
  });
});

describe('overview A: parallel contacts', () => {
  it('finds companies two units contacted within the window inside the period, newest collision first', () => {
    const p = overview().parallel;
    assert.deepEqual(p.map((x) => x.cvr), ['10000005', '10000001']);
    const c1 = p[1];
    assert.deepEqual(c1.contacts.map((x) => [x.contactId, x.unit, x.date]), [['k02', 'unge', '2026-01-25'], ['k01', 'jobcenter', '2026-01-10']]);
    assert.deepEqual(c1.units, ['jobcenter', 'unge']);
    assert.equal(c1.spanDays, 15);
    assert.equal(c1.closestDays, 15);
    assert.equal(c1.counted, true);
    assert.equal(c1.contacts[0].staffName, 'unge-person');
  });

  it('shows companies outside the municipality, marked as not counted', () => {
    const c5 = overview().parallel[0];
    assert.equal(c5.counted, false);
    assert.equal(c5.closestDays, 2);
  });

  it('keeps 31 days apart, one unit alone, and contacts before the period out', () => {
    const cvrs = overview().parallel.map((x) => x.cvr);
    assert.ok(!cvrs.includes('10000009'), '31 days apart with a 30-day window');
    assert.ok(!cvrs.includes('10000002'), 'one unit in the period; the other unit was before it');
  });

  it('with a unit filter, lists only cases the unit took part in, with the other units\' contacts', () => {
    const p = overview('unge').parallel;
    assert.deepEqual(p.map((x) => x.cvr), ['10000001']);
    assert.deepEqual(p[0].units, ['jobcenter', 'unge']);
    assert.deepEqual(overview('skole').parallel, []);
  });

  it('takes the nearest contact by another unit on either side', () => {
    const list = [contact('a', 'x', 'erhverv', '2026-01-01'), contact('b', 'x', 'unge', '2026-02-10'), contact('c', 'x', 'erhverv', '2026-02-15')];
    const found = findParallel(list, uniformWindows(30));
    assert.deepEqual(found?.contacts.map((c) => c.id), ['b', 'c']);
    assert.equal(found?.closestDays, 5);
    assert.equal(findParallel([list[0], list[2]], uniformWindows(30)), null, 'one unit is never parallel');
  });
});

describe('overview B: long silence', () => {
  it('lists counted companies silent for more than N months or never contacted, longest first', () => {
    const s = overview().silent;
    assert.deepEqual(s.map((x) => [x.cvr, x.lastContactDate, x.monthsSilent]), [
      ['10000003', null, null], ['10000004', '2025-02-01', 13], ['10000008', '2025-03-15', 12],
    ]);
    assert.deepEqual([s[0].section, s[0].area, s[0].employeeBand, s[0].optedOut], ['J', '8592', 'ANTAL_0_0', true]);
    assert.equal(s[1].optedOut, false);
  });

  it('sorts by size, industry, area and silence in either direction', () => {
    const s = overview().silent;
    const order = (key: 'size' | 'industry' | 'area' | 'silence', dir: 'asc' | 'desc'): string[] => sortSilent(s, key, dir).map((x) => x.cvr.slice(-1));
    assert.deepEqual(order('size', 'desc'), ['8', '3', '4']);
    assert.deepEqual(order('size', 'asc'), ['4', '3', '8']);
    assert.deepEqual(order('industry', 'asc'), ['8', '3', '4']);
    assert.deepEqual(order('area', 'asc'), ['8', '3', '4']);
    assert.deepEqual(order('silence', 'desc'), ['3', '4', '8']);
    assert.deepEqual(order('silence', 'asc'), ['8', '4', '3']);
    assert.deepEqual(s.map((x) => x.cvr.slice(-1)), ['3', '4', '8'], 'the input is left as it was');
  });

  it('counts months as calendar months, clamped at month end', () => {
    assert.equal(monthsBefore('2026-03-31', 1), '2026-02-28');
    assert.equal(monthsBefore('2024-02-29', 12), '2023-02-28');
    assert.equal(monthsBefore('2026-01-15', 13), '2024-12-15');
    assert.equal(wholeMonthsBetween('2025-03-16', today), 12);
    assert.equal(wholeMonthsBetween('2025-03-17', today), 11);
    assert.equal(wholeMonthsBetween('2025-01-31', '2025-02-28'), 1);
    assert.equal(wholeMonthsBetween(today, '2026-01-01'), 0);
  });
});

describe('overview C: coverage', () => {
  it('gives companies, contacted, coverage % and index per section, register order, small rows flagged', () => {
    const rows = overview().coverage.bySection.map((r) => [r.key, r.companies, r.contacted, r.coveragePct, r.index, r.small]);
    assert.deepEqual(rows, [
      ['A', 2, 2, 100, 7 / 3, true], ['F', 2, 0, 0, 0, true], ['G', 1, 1, 100, 7 / 3, true], ['J', 2, 0, 0, 0, true],
    ]);
    assert.equal(overview().coverage.bySection[0].label, 'Landbrug, jagt, skovbrug og fiskeri');
  });

  it('gives the same per postal area, labelled with the town', () => {
    const rows = overview().coverage.byArea;
    assert.deepEqual(rows.map((r) => [r.key, r.companies, r.contacted]), [['8500', 4, 2], ['8592', 2, 0], ['8961', 1, 1]]);
    assert.ok(Math.abs((rows[0].index ?? 0) - 7 / 6) < 1e-12);
    assert.equal(rows[1].label, '8592 Anholt');
  });

  it('counts only the filtered unit\'s contacts', () => {
    const rows = overview('unge').coverage.bySection.map((r) => [r.key, r.contacted]);
    assert.deepEqual(rows, [['A', 1], ['F', 0], ['G', 1], ['J', 0]]);
  });

  it('marks rows of ten companies or more as not small, and has no index when nobody was contacted', () => {
    const many = Array.from({ length: 10 }, (_, i) => company(String(20000000 + i), 'J', '8500', null));
    const o = buildOverview({ companies: many, contacts: [], optOuts: [], period, today, windows: uniformWindows(30), silenceMonths: 12 });
    assert.deepEqual(o.coverage.bySection.map((r) => [r.key, r.small, r.index]), [['J', false, null]]);
  });
});

describe('overview: breaches', () => {
  it('lists contacts made after an opt-out covering the unit, also while a since-revoked one stood', () => {
    const b = overview().breaches;
    assert.deepEqual(b.map((x) => [x.contactId, x.optOutId, x.unit]), [['k13', 'o3', 'unge'], ['k05', 'o1', 'erhverv']]);
  });

  it('does not count the opt-out day itself, other units, or contacts after the revocation', () => {
    const extra = [
      contact('x1', '10000002', 'erhverv', '2025-12-25'), contact('x2', '10000002', 'jobcenter', '2026-01-06'),
      contact('x3', '10000009', 'jobcenter', '2026-02-10'),
    ];
    const o = buildOverview({ companies, contacts: [...contacts, ...extra], optOuts, period, today, windows: uniformWindows(30), silenceMonths: 12 });
    assert.deepEqual(o.breaches.map((x) => x.contactId), ['k13', 'k05']);
  });
});
