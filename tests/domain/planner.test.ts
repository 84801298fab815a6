import assert from 'node:assert/strict';
import type { OptOut } from '../../bot/domain/contact.js';
import { dayContact as contact, sectionCompany as company } from '../support/domainFixtures.js';
import { defaultPerUnitMax, generatePlan, reasonText, SCORE, type PlanInput, type PlanItem } from '../../bot/domain/planning/index.js';
import { DEFAULT_UNITS } from '../../bot/domain/units.js';

const today = '2026-03-16';



function optOut(id: string, cvr: string, scope: OptOut['scope'], revokedAt: string | null = null): OptOut {
  return {
    id, cvr, pNumber: null, scope, reason: 'r', source: 'telefon', date: '2025-06-01', registeredAt: '2025-06-01T10:00:00Z',
    registeredBy: 'x', revokedAt, revokedBy: revokedAt ? 'y' : null, revokeReason: revokedAt ? 'z' : null,
  };
}

function plan(over: Partial<PlanInput>): PlanItem[] {
  return generatePlan({
    companies: [], contacts: [], optOuts: [], today, windowDays: 30, silenceMonths: 12, units: DEFAULT_UNITS, size: 40,
    perUnitMax: 100, ...over,
  });
}

const cvrs = (p: readonly PlanItem[]): string[] => p.map((i) => i.cvr);

describe('planner: who is never suggested', () => {
  const companies = [
    company('10000001', 'A', '8500', 'ANTAL_20_49'),
    company('10000002', 'A', '8500', 'ANTAL_20_49'),
    company('10000003', 'A', '8500', 'ANTAL_20_49', { inMunicipality: false }),
    company('10000004', 'A', '8500', 'ANTAL_20_49', { status: 'OPHØRT' }),
    company('10000005', 'A', '8500', 'ANTAL_20_49'),
    company('10000006', 'A', '8500', 'ANTAL_20_49'),
  ];

  it('skips an active all-units opt-out, but not a revoked one', () => {
    const optOuts = [optOut('o1', '10000001', { kind: 'all' }), optOut('o2', '10000002', { kind: 'all' }, '2025-09-01T10:00:00Z')];
    const p = plan({ companies: companies.slice(0, 2), optOuts });
    assert.deepEqual(cvrs(p), ['10000002']);
  });

  it('never gives a company to a unit it declined, and says which units it declined', () => {
    const optOuts = [optOut('o1', '10000001', { kind: 'units', units: ['skole', 'jobcenter'] })];
    const p = plan({ companies: [companies[0]], optOuts });
    assert.equal(p[0].unit, 'unge', 'company internships: the best fit left after Skoleområdet and the jobcentre');
    assert.deepEqual(p[0].optedOutUnits, ['jobcenter', 'skole']);
    assert.ok(p[0].flags.includes('partialOptOut'));
    const all = ['erhverv', 'jobcenter', 'unge', 'boern-familie', 'skole'];
    assert.deepEqual(plan({ companies: [companies[0]], optOuts: [optOut('o2', '10000001', { kind: 'units', units: all })] }), []);
  });

  it('leaves out companies outside the municipality and ceased ones', () => {
    assert.deepEqual(cvrs(plan({ companies: companies.slice(2, 5) })), ['10000005']);
  });

  it('skips companies any unit contacted within the window, even with a follow-up due', () => {
    const contacts = [
      contact('k1', '10000005', 'erhverv', '2023-01-10'), contact('k2', '10000005', 'jobcenter', '2026-02-14', { followUpDate: '2026-03-20' }),
      contact('k3', '10000006', 'erhverv', '2023-01-10'), contact('k4', '10000006', 'jobcenter', '2026-02-13', { followUpDate: '2026-03-20' }),
    ];
    assert.deepEqual(cvrs(plan({ companies: companies.slice(4), contacts })), ['10000006'], '30 days ago is within, 31 is not');
  });

  it('leaves alone companies that are neither silent nor due', () => {
    const contacts = [contact('k1', '10000005', 'erhverv', '2025-10-01')];
    assert.deepEqual(plan({ companies: [companies[4]], contacts }), []);
  });
});

describe('planner: reasons and flags', () => {
  it('flags reklamebeskyttede companies but still suggests them', () => {
    const p = plan({ companies: [company('10000001', 'A', '8500', null, { advertisingProtected: true })] });
    assert.equal(p[0].advertisingProtected, true);
    assert.deepEqual(p[0].flags, ['advertisingProtected']);
  });

  it('names the silence, and the unit and person that had the last good contact', () => {
    const contacts = [
      contact('k1', '10000001', 'unge', '2024-12-01', { rating: 5, staffName: 'Camilla' }),
      contact('k2', '10000001', 'skole', '2025-01-20', { rating: 2, outcome: 'Ikke interesseret' }),
      contact('k3', '10000001', 'erhverv', '2024-06-01', { outcome: 'Møde holdt' }),
    ];
    const p = plan({ companies: [company('10000001', 'A', '8500', 'ANTAL_20_49')], contacts });
    assert.deepEqual(p[0].reasons, [
      { code: 'silent', months: 13, lastDate: '2025-01-20' },
      { code: 'lastGoodContact', unit: 'unge', date: '2024-12-01', rating: 5 },
    ]);
    assert.deepEqual([p[0].unit, p[0].person], ['unge', 'Camilla']);
  });

  it('gives a due follow-up to the unit that agreed it, and ignores one missed long ago', () => {
    const companies = [company('10000001', 'A', '8500', 'ANTAL_2_4'), company('10000002', 'A', '8500', 'ANTAL_2_4')];
    const contacts = [
      contact('k1', '10000001', 'skole', '2026-01-20', { followUpDate: '2026-03-20', staffName: 'Karina' }),
      contact('k2', '10000002', 'skole', '2025-11-01', { followUpDate: '2025-12-01' }),
    ];
    const p = plan({ companies, contacts });
    assert.deepEqual(cvrs(p), ['10000001']);
    assert.deepEqual(p[0].reasons, [{ code: 'followUpDue', unit: 'skole', date: '2026-03-20' }]);
    assert.deepEqual([p[0].unit, p[0].person], ['skole', 'Karina']);
  });

  it('names under-covered sections and areas with their index, and ranks them first', () => {
    // A/8500: 21 companies, 20 contacted; J/8592: 10 companies, 2 contacted. Municipality: 22 of 31.
    const a = Array.from({ length: 21 }, (_, i) => company(String(11000000 + i), 'A', '8500', 'ANTAL_0_0'));
    const j = Array.from({ length: 10 }, (_, i) => company(String(12000000 + i), 'J', '8592', 'ANTAL_0_0'));
    const contacts = [...a.slice(0, 20), ...j.slice(0, 2)].map((c, i) => contact(`k${i}`, c.cvr, 'erhverv', '2025-12-01'));
    const p = plan({ companies: [...a, ...j], contacts, size: 9 });
    const index = (2 / 10) / (22 / 31);
    assert.deepEqual(cvrs(p), [...j.slice(2).map((c) => c.cvr), a[20].cvr]);
    assert.deepEqual(p[0].reasons, [
      { code: 'neverContacted' },
      { code: 'sectionUnderCovered', section: 'J', index },
      { code: 'areaUnderCovered', area: '8592', index },
      { code: 'unitFit', unit: 'erhverv', purpose: 'erhvervsservice', employeeBand: 'ANTAL_0_0' },
    ]);
    assert.equal(p[0].score, Math.round((SCORE.neverContacted + 2 * SCORE.underCovered * (1 - index)) * 100) / 100);
    assert.deepEqual(p[8].reasons.map((r) => r.code), ['neverContacted', 'unitFit']);
    assert.equal(p[8].person, null);
  });

  it('names a person only while on the roster given', () => {
    const contacts = [contact('k1', '10000001', 'unge', '2024-12-01', { rating: 5, staffName: 'Camilla', staffId: 'u-1' })];
    const companies = [company('10000001', 'A', '8500', 'ANTAL_20_49')];
    assert.equal(plan({ companies, contacts, staff: [{ unit: 'unge', displayName: 'Camilla', id: 'u-1' }] })[0].person, 'Camilla');
    assert.equal(plan({ companies, contacts, staff: [{ unit: 'unge', displayName: 'Jonas', id: 'u-2' }] })[0].person, null);
  });
});

describe('planner: load and determinism', () => {
  const big = Array.from({ length: 20 }, (_, i) => company(String(13000000 + i), 'A', '8500', 'ANTAL_20_49'));

  it('caps each unit at ceil(size / units) × 1.5 and hands the rest to the next best fit', () => {
    assert.equal(defaultPerUnitMax(10, 5), 3);
    assert.equal(defaultPerUnitMax(40, 5), 12);
    const p = plan({ companies: big, size: 10, perUnitMax: undefined });
    assert.deepEqual(load(p), { skole: 3, jobcenter: 3, unge: 3, erhverv: 1 });
    assert.ok(p.every((i) => !i.flags.includes('overCap')));
    assert.deepEqual(load(plan({ companies: big, size: 10, perUnitMax: 2 })), { skole: 2, jobcenter: 2, erhverv: 2, unge: 2, 'boern-familie': 2 });
  });

  it('goes over the cap only when no other unit can take the company', () => {
    const small = Array.from({ length: 8 }, (_, i) => company(String(14000000 + i), 'A', '8500', 'ANTAL_0_0'));
    const p = plan({ companies: small, size: 5, perUnitMax: undefined });
    assert.deepEqual(load(p), { erhverv: 5 });
    assert.deepEqual(p.map((i) => i.flags.includes('overCap')), [false, false, true, true, true]);
  });

  it('gives the same plan whatever order the input comes in', () => {
    const contacts = big.slice(0, 5).map((c, i) => contact(`k${i}`, c.cvr, i % 2 ? 'unge' : 'skole', '2024-11-0' + (i + 1), { rating: 4 }));
    const a = plan({ companies: big, contacts, size: 12, perUnitMax: undefined });
    const b = plan({ companies: [...big].reverse(), contacts: [...contacts].reverse(), size: 12, perUnitMax: undefined });
    assert.deepEqual(a, b);
    assert.equal(a.length, 12);
  });

  it('returns nothing for a plan of size 0 or without units', () => {
    assert.deepEqual(plan({ companies: big, size: 0 }), []);
    assert.deepEqual(plan({ companies: big, units: [] }), []);
  });
});

function load(p: readonly PlanItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of p) out[i.unit] = (out[i.unit] ?? 0) + 1;
  return out;
}

describe('planner: companies the CVR sync found new', () => {
  const companies = [
    company('10000001', 'A', '8500', 'ANTAL_20_49'),
    company('10000002', 'A', '8500', 'ANTAL_20_49'),
    company('10000003', 'A', '8500', 'ANTAL_20_49', { advertisingProtected: true }),
  ];

  it('offers a new company first with "ny virksomhed – byd velkommen", but never a reklamebeskyttet one', () => {
    const p = plan({ companies, newCompanies: new Set(['10000002', '10000003']) });
    assert.equal(p[0].cvr, '10000002');
    assert.deepEqual(p[0].reasons.slice(0, 2).map((r) => r.code), ['newCompany', 'neverContacted']);
    assert.equal(reasonText(p[0].reasons[0], 'da'), 'ny virksomhed – byd velkommen');
    const protectedItem = p.find((i) => i.cvr === '10000003');
    assert.ok(!protectedItem?.reasons.some((r) => r.code === 'newCompany'), 'reklamebeskyttet: no welcome');
  });
});
