import assert from 'node:assert/strict';
import type { Company } from '../../bot/domain/company.js';
import type { OptOut } from '../../bot/domain/contact.js';
import { addItem, diffPlans, manualItem, reasonsText, reassignItem, removeItem, type PlanItem } from '../../bot/domain/planning/index.js';

function item(cvr: string, unit: string, person: string | null = null, flags: PlanItem['flags'] = []): PlanItem {
  return {
    cvr, companyName: `Firma ${cvr}`, unit, person, reasons: [{ code: 'neverContacted' }], score: 35, advertisingProtected: false,
    flags, optedOutUnits: [], section: 'A', area: '8500', employeeBand: null,
  };
}

function optOut(id: string, cvr: string, scope: OptOut['scope'], revokedAt: string | null = null): OptOut {
  return {
    id, cvr, pNumber: null, scope, reason: 'r', source: 'telefon', date: '2025-06-01', registeredAt: '2025-06-01T10:00:00Z',
    registeredBy: 'x', revokedAt, revokedBy: revokedAt ? 'y' : null, revokeReason: revokedAt ? 'z' : null,
  };
}

const plan = [item('10000001', 'erhverv'), item('10000002', 'jobcenter', 'Pia', ['overCap']), item('10000003', 'skole')];
const optOuts = [
  optOut('o1', '10000002', { kind: 'units', units: ['unge'] }),
  optOut('o2', '10000009', { kind: 'all' }),
  optOut('o3', '10000008', { kind: 'all' }, '2025-08-01T10:00:00Z'),
];

describe('plan editing', () => {
  it('removes an item, and says when it is not there', () => {
    const r = removeItem(plan, '10000002');
    assert.ok(r.ok);
    assert.deepEqual(r.plan.map((i) => i.cvr), ['10000001', '10000003']);
    assert.deepEqual(removeItem(plan, '99999999'), { ok: false, error: { code: 'notInPlan', cvr: '99999999' } });
    assert.equal(plan.length, 3, 'the plan given is left as it was');
  });

  it('reassigns an item to another unit and person, flagged, no longer over a cap', () => {
    const r = reassignItem(plan, '10000002', 'erhverv', 'Søren', optOuts);
    assert.ok(r.ok);
    assert.deepEqual([r.plan[1].unit, r.plan[1].person, r.plan[1].flags], ['erhverv', 'Søren', ['reassigned']]);
    assert.deepEqual(r.plan[1].reasons, [...plan[1].reasons, { code: 'reassignedByCoordinator', from: 'jobcenter' }]);
  });

  it('gives a moved item a fresh reason instead of the old unit\'s, and remembers the first unit when moved again', () => {
    const fit: PlanItem = { ...item('10000005', 'skole'), reasons: [{ code: 'silent', months: 14, lastDate: '2025-01-01' }, { code: 'unitFit', unit: 'skole', purpose: 'aaben-skole', employeeBand: null }] };
    const once = reassignItem([fit], fit.cvr, 'unge', null, []);
    assert.ok(once.ok);
    assert.deepEqual(once.plan[0].reasons, [{ code: 'silent', months: 14, lastDate: '2025-01-01' }, { code: 'reassignedByCoordinator', from: 'skole' }]);
    assert.equal(reasonsText(once.plan[0].reasons, 'da'), 'tavs i 14 måneder; flyttet fra Skoleområdet af erhvervskoordinatoren');
    const twice = reassignItem(once.plan, fit.cvr, 'erhverv', null, []);
    assert.ok(twice.ok);
    assert.deepEqual(twice.plan[0].reasons.at(-1), { code: 'reassignedByCoordinator', from: 'skole' });
  });

  it('refuses to reassign to a unit the company declined', () => {
    assert.deepEqual(reassignItem(plan, '10000002', 'unge', null, optOuts), {
      ok: false, error: { code: 'optedOut', cvr: '10000002', unit: 'unge', optOutId: 'o1' },
    });
    assert.deepEqual(reassignItem(plan, '10000004', 'unge', null, optOuts), { ok: false, error: { code: 'notInPlan', cvr: '10000004' } });
  });

  it('adds an item, flagged as added by hand; refuses a duplicate and an opted-out company', () => {
    const r = addItem(plan, item('10000004', 'unge'), optOuts);
    assert.ok(r.ok);
    assert.deepEqual(r.plan[3].flags, ['manual']);
    assert.deepEqual(addItem(plan, item('10000001', 'unge'), optOuts), { ok: false, error: { code: 'alreadyInPlan', cvr: '10000001' } });
    assert.deepEqual(addItem(plan, item('10000009', 'erhverv'), optOuts), {
      ok: false, error: { code: 'optedOut', cvr: '10000009', unit: 'erhverv', optOutId: 'o2' },
    });
    assert.ok(addItem(plan, item('10000008', 'erhverv'), optOuts).ok, 'a revoked opt-out no longer stops it');
  });

  it('builds a hand-picked item with the company\'s flags and declined units', () => {
    const company: Company = {
      cvr: '10000002', pNumbers: [], name: 'Fiskeriet ApS', secondaryNames: [], legalForm: 'ApS', industryCode: '031100',
      industryCodeVersion: 'DB07', address: { street: null, postalCode: '8592', town: 'Anholt', municipalityCode: '707' },
      employeeBand: 'ANTAL_2_4', advertisingProtected: true, status: 'NORMAL', inMunicipality: true, fictional: true,
    };
    const m = manualItem(company, 'erhverv', 'Mette', optOuts);
    assert.deepEqual(m, {
      cvr: '10000002', companyName: 'Fiskeriet ApS', unit: 'erhverv', person: 'Mette', reasons: [{ code: 'addedByCoordinator' }], score: 0,
      advertisingProtected: true, flags: ['manual', 'advertisingProtected', 'partialOptOut'], optedOutUnits: ['unge'],
      section: 'A', area: '8592', employeeBand: 'ANTAL_2_4',
    });
  });

  it('diffs two versions: added, removed, reassigned and unchanged', () => {
    const next = [item('10000003', 'skole'), item('10000002', 'erhverv', 'Søren'), item('10000005', 'unge')];
    assert.deepEqual(diffPlans(plan, next), {
      added: [next[2]],
      removed: [plan[0]],
      reassigned: [{ cvr: '10000002', companyName: 'Firma 10000002', from: { unit: 'jobcenter', person: 'Pia' }, to: { unit: 'erhverv', person: 'Søren' } }],
      unchanged: 1,
    });
  });
});
