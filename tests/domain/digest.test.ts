import assert from 'node:assert/strict';
import type { Company } from '../../bot/domain/company.js';
import type { Contact } from '../../bot/domain/contact.js';
import { buildDigest } from '../../bot/domain/digest/index.js';
import { DEFAULT_UNITS } from '../../bot/domain/units.js';
import { company, contact, digestInput, newerPlan, olderPlan, proposals } from './digestFixtures.js';

describe('digest: building the week', () => {
  const d = buildDigest(digestInput());

  it('reports on the week before its own', () => {
    assert.equal(d.weekKey, '2026-W49');
    assert.deepEqual(d.reportedWeek, { key: '2026-W48', year: 2026, week: 48 });
    assert.deepEqual(d.period, { from: '2026-11-23', to: '2026-11-29' });
  });

  it('counts last week\'s contacts per unit, with a row for every unit and units seen only in the journal last', () => {
    assert.deepEqual(d.contactsByUnit, [
      { unit: 'erhverv', contacts: 1 },
      { unit: 'jobcenter', contacts: 3 },
      { unit: 'unge', contacts: 3 },
      { unit: 'boern-familie', contacts: 0 },
      { unit: 'skole', contacts: 1 },
      { unit: 'kultur', contacts: 1 },
    ]);
    assert.equal(d.totalContacts, 9);
  });

  it('finds parallel contacts among last week\'s contacts only', () => {
    // 10000002 also had a school contact on the Sunday before the week: outside the period, so no case.
    assert.equal(d.parallel.length, 1);
    const [p] = d.parallel;
    assert.equal(p.cvr, '10000001');
    assert.deepEqual(p.units, ['jobcenter', 'unge']);
    assert.equal(p.closestDays, 2);
    assert.deepEqual(p.contacts.map((c) => c.contactId), ['c02', 'c01']);
  });

  it('lists opt-outs registered last week by their Copenhagen day, revoked ones marked', () => {
    assert.deepEqual(d.newOptOuts.map((o) => [o.cvr, o.scope.kind, o.revoked]), [
      ['10000009', 'all', false], // 23:30Z on Sunday 22 November is Monday in Copenhagen
      ['10000002', 'units', true],
    ]);
    assert.equal(d.newOptOuts[1].companyName, 'Firma 02');
  });

  it('lists companies whose silence crossed 12 months during last week, and only those', () => {
    assert.deepEqual(d.newlySilent.map((s) => [s.cvr, s.lastContactDate, s.optedOut]), [
      ['20000001', '2025-11-22', false],
      ['20000007', '2025-11-25', true],
      ['20000002', '2025-11-28', false],
    ]);
  });

  it('averages last week\'s ratings against the four weeks before, ignoring ratings off the scale', () => {
    assert.equal(d.feedback.lastWeek.count, 3);
    assert.ok(Math.abs((d.feedback.lastWeek.average ?? 0) - 11 / 3) < 1e-9);
    assert.deepEqual(d.feedback.previousWeeks, { count: 2, average: 3.5 });
    assert.deepEqual(d.feedback.notes.map((n) => [n.cvr, n.note, n.rating, n.unit]), [
      ['10000003', 'Hurtigt svar', 5, 'erhverv'],
      ['10000002', 'God dialog', 4, 'jobcenter'],
    ]);
    assert.equal(buildDigest(digestInput({ noteCount: 1 })).feedback.notes.length, 1);
  });

  it('reports the newest plan\'s progress: claimed, and done by the item\'s unit after the save', () => {
    assert.ok(d.plan);
    assert.equal(d.plan.planId, 'p2');
    assert.deepEqual([d.plan.items, d.plan.claimed, d.plan.done], [7, 2, 3]);
    assert.deepEqual(d.plan.byUnit, [
      { unit: 'erhverv', items: 2, claimed: 0, done: 1 },
      { unit: 'jobcenter', items: 2, claimed: 1, done: 1 },
      { unit: 'unge', items: 2, claimed: 0, done: 1 },
      { unit: 'boern-familie', items: 0, claimed: 0, done: 0 },
      { unit: 'skole', items: 1, claimed: 1, done: 0 },
    ]);
    assert.equal(buildDigest(digestInput({ plans: [olderPlan, newerPlan] })).plan?.planId, 'p2');
    assert.equal(buildDigest(digestInput({ claims: undefined })).plan?.claimed, 0);
  });

  it('names the open proposals, longest waiting first, with their age; closed ones are left out', () => {
    const withLog = buildDigest(digestInput({ proposals }));
    assert.equal(withLog.proposals?.count, 3);
    assert.deepEqual(withLog.proposals?.oldest.map((p) => [p.id, p.status, p.ageDays]), [
      ['pr-new', 'ny', 28], ['pr-decided', 'besluttet', 10], ['pr-review', 'under-behandling', 0],
    ]);
    assert.deepEqual(buildDigest(digestInput({ proposals, proposalCount: 1 })).proposals?.oldest.map((p) => p.id), ['pr-new']);
    assert.equal(buildDigest(digestInput({ proposals: proposals.filter((p) => p.status === 'afvist' || p.status === 'gennemfoert') })).proposals, null);
    assert.equal(d.proposals, null, 'no log, nothing open');
  });

  it('has zero rows and nulls for an empty week', () => {
    const empty = buildDigest({ ...digestInput(), companies: [], contacts: [], optOuts: [], plans: [], claims: undefined });
    assert.deepEqual(empty.contactsByUnit.map((r) => r.contacts), [0, 0, 0, 0, 0]);
    assert.equal(empty.totalContacts, 0);
    assert.deepEqual(empty.feedback.lastWeek, { count: 0, average: null });
    assert.deepEqual(empty.coverageGaps, { sections: [], areas: [] });
    assert.equal(empty.plan, null);
  });

  it('reports on 2026-W53 from the first digest of 2027', () => {
    const ny = buildDigest({ ...digestInput(), weekKey: '2027-W01', contacts: [contact('n1', '10000001', 'erhverv', '2027-01-03')] });
    assert.deepEqual(ny.reportedWeek, { key: '2026-W53', year: 2026, week: 53 });
    assert.deepEqual(ny.period, { from: '2026-12-28', to: '2027-01-03' });
    assert.equal(ny.totalContacts, 1);
  });
});

describe('digest: coverage gaps', () => {
  /*
   * 63 counted companies. Contacted in the 12 months 29 November 2025 – 29 November 2026: sections (10 each)
   * A 5, F 1, G 0, H 3, I 2, J 10, and C (3 companies: small) 1 on the period's first day: 22 of 63.
   * Index = (contacted / 10) / (22 / 63): A 1.43, F 0.2864, G 0, H 0.859, I 0.5727, J 2.86.
   * Areas: A, F, G in 8500 (6 of 30: 0.57); H, I, J in 8961 (15 of 30: 1.43); C in 8592 (small).
   */
  const spec: [string, string, string, number, number][] = [
    ['A', '011100', '8500', 10, 5], ['F', '412000', '8500', 10, 1], ['G', '471100', '8500', 10, 0],
    ['H', '494100', '8961', 10, 3], ['I', '561010', '8961', 10, 2], ['J', '620100', '8961', 10, 10], ['C', '101100', '8592', 3, 0],
  ];
  const companies: Company[] = [];
  const contacts: Contact[] = [];
  spec.forEach(([, code, postalCode, n, contacted], s) => {
    for (let i = 0; i < n; i++) {
      const cvr = String(30000000 + s * 100 + i);
      companies.push(company(cvr, { industryCode: code, address: { street: null, postalCode, town: null, municipalityCode: '707' } }));
      if (i < contacted) contacts.push(contact(`k${cvr}`, cvr, 'erhverv', '2026-06-01'));
    }
  });
  // The period's first day counts (else F would be 0.3); the day before does not (else G would not be 0).
  contacts.push(contact('edge-in', String(30000000 + 6 * 100), 'erhverv', '2025-11-29'));
  contacts.push(contact('edge-out', String(30000000 + 2 * 100), 'erhverv', '2025-11-28'));

  it('names the three most under-represented sections and the under-represented areas, small rows left out', () => {
    const d = buildDigest({ ...digestInput(), companies, contacts, optOuts: [], plans: [], units: DEFAULT_UNITS });
    assert.deepEqual(d.coverageGaps.sections.map((r) => [r.key, Number((r.index ?? -1).toFixed(4))]), [
      ['G', 0], ['F', 0.2864], ['I', 0.5727],
    ]);
    assert.deepEqual(d.coverageGaps.areas.map((r) => [r.key, r.contacted, r.companies]), [['8500', 6, 30]]);
    assert.equal(buildDigest({ ...digestInput(), companies, contacts, optOuts: [], plans: [], gapCount: 1 }).coverageGaps.sections.length, 1);
  });
});
