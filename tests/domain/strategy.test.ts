import assert from 'node:assert/strict';
import { findParallel } from '../../bot/domain/overview/parallel.js';
import {
  describeChanges, initialStrategy, ownerFor, validateStrategy, widestWindow, windowBetween,
  type ContactOwner, type ContactStrategy, type StrategyDraft,
} from '../../bot/domain/strategy/index.js';
import type { Contact } from '../../bot/domain/contact.js';
import { testCompany, validCvr } from '../support/companies.js';

const base = initialStrategy(30);
const draft = (over: Partial<StrategyDraft> = {}): Record<string, unknown> => ({
  units: base.units, purposes: base.purposes, windows: base.windows, silenceMonths: base.silenceMonths, owners: [], note: null, ...over,
});
let counter = 0;
const newId = () => `id${++counter}`;
const errorsOf = (raw: unknown, previous: ContactStrategy = base) => {
  const r = validateStrategy(raw, previous, newId);
  return r.ok ? {} : r.errors;
};

describe('contact strategy', () => {
  describe('validation', () => {
    it('accepts the starting strategy and gives owners without an id one', () => {
      const owner = { target: { kind: 'company', cvr: validCvr(1) }, unit: 'erhverv', person: '  Mette Kjærgaard ', note: '' };
      const r = validateStrategy(draft({ owners: [owner as unknown as ContactOwner], note: ' Første version ' }), base, newId);
      assert.ok(r.ok);
      assert.equal(r.value.owners[0].id.startsWith('id'), true);
      assert.equal(r.value.owners[0].person, 'Mette Kjærgaard');
      assert.equal(r.value.owners[0].note, null);
      assert.equal(r.value.note, 'Første version');
    });

    it('lets units and purposes be added and renamed, never removed', () => {
      const added = draft({
        purposes: [...base.purposes, { id: 'sommerjob', name: 'Sommerjob', nameEn: 'Summer job' }],
        units: [...base.units.map((u) => (u.id === 'skole' ? { ...u, name: 'Skoler og SFO', purposes: ['aaben-skole', 'sommerjob'] } : u)),
          { id: 'kultur', name: 'Kultur og fritid', nameEn: 'Culture', shortName: 'Kultur', purposes: ['andet'] }],
      });
      assert.deepEqual(errorsOf(added), {});
      assert.match(errorsOf(draft({ units: base.units.filter((u) => u.id !== 'unge') })).units, /Ungeindsatsen.*kan ikke fjernes/);
      assert.match(errorsOf(draft({ purposes: base.purposes.filter((p) => p.id !== 'mentor') })).purposes, /Mentor.*kan ikke fjernes/);
    });

    it('names each bad field by its path, in Danish', () => {
      const units = base.units.map((u, i) => (i === 1 ? { ...u, name: '', purposes: ['findes-ikke'] } : u));
      const e = errorsOf(draft({
        units: [...units, { ...base.units[0] }],
        windows: { overallDays: 400, pairs: [{ units: ['jobcenter', 'unge'], days: 45 }, { units: ['unge', 'jobcenter'], days: 10 }, { units: ['jobcenter', 'nope'] as [string, string], days: 5 }] },
        silenceMonths: 2.5,
      }));
      assert.deepEqual(Object.keys(e).sort(), ['silenceMonths', 'units.1.name', 'units.1.purposes', 'units.5.id', 'windows.overallDays', 'windows.pairs.1', 'windows.pairs.2.units']);
      assert.equal(e['units.1.name'], 'Skal udfyldes.');
      assert.match(e['windows.overallDays'], /helt tal fra 1 til 365/);
    });

    it('checks owner targets and refuses two owners for one target and CPR numbers in notes', () => {
      const o = (target: unknown, extra: Record<string, unknown> = {}) => ({ id: 'a', target, unit: 'jobcenter', person: null, note: null, ...extra });
      const e = errorsOf(draft({
        owners: [
          o({ kind: 'company', cvr: '12345678' }),
          o({ kind: 'industry', section: 'Z' }),
          o({ kind: 'area', postalCode: '8000' }),
          o({ kind: 'area', postalCode: '8500' }, { unit: 'politi' }),
          o({ kind: 'industry', section: 'a' }, { note: 'Ring til 0101701234 først' }),
          o({ kind: 'industry', section: 'A' }),
        ] as unknown as ContactOwner[],
      }));
      assert.deepEqual(Object.keys(e).sort(), ['owners.0.target', 'owners.1.target', 'owners.2.target', 'owners.3.unit', 'owners.4.note', 'owners.5.target']);
      assert.match(e['owners.4.note'], /CPR-nummer/);
      assert.match(e['owners.5.target'], /allerede en ejer/);
    });

    it('refuses what is not a strategy at all', () => {
      for (const raw of [null, 'strategi', [], { units: 'x' }]) assert.ok(!validateStrategy(raw, base, newId).ok);
    });
  });

  describe('owners', () => {
    const grenaa = testCompany({ cvr: validCvr(11), name: 'Grenaa Maskinstation' });
    const owner = (id: string, target: ContactOwner['target']): ContactOwner => ({ id, target, unit: 'erhverv', person: null, note: null });
    const owners = [owner('area', { kind: 'area', postalCode: '8500' }), owner('industry', { kind: 'industry', section: 'A' }), owner('company', { kind: 'company', cvr: grenaa.cvr })];

    it('prefers the company\'s own owner, then its industry\'s, then its area\'s', () => {
      assert.equal(ownerFor(grenaa, owners)?.id, 'company');
      assert.equal(ownerFor(grenaa, owners.slice(0, 2))?.id, 'industry');
      assert.equal(ownerFor(grenaa, owners.slice(0, 1))?.id, 'area');
      assert.equal(ownerFor({ ...grenaa, industryCode: null, address: { ...grenaa.address, postalCode: '8592' } }, owners.slice(0, 2)), null);
    });
  });

  describe('windows', () => {
    const windows = { overallDays: 30, pairs: [{ units: ['jobcenter', 'unge'] as [string, string], days: 45 }, { units: ['skole', 'erhverv'] as [string, string], days: 7 }] };

    it('gives a pair its own window whichever way round it is asked', () => {
      assert.equal(windowBetween(windows, 'unge', 'jobcenter'), 45);
      assert.equal(windowBetween(windows, 'erhverv', 'skole'), 7);
      assert.equal(windowBetween(windows, 'jobcenter', 'skole'), 30);
      assert.equal(widestWindow(windows), 45);
    });

    it('finds parallel contacts in the overview by each pair\'s window', () => {
      const c = (id: string, unit: string, date: string) => ({ id, cvr: '1', unit, date, staffName: unit, purpose: 'andet' }) as Contact;
      // Jobcentre and youth unit 40 days apart: parallel under their 45 days. Schools and Erhverv 10 days apart: not under their 7.
      const found = findParallel([c('1', 'jobcenter', '2026-09-01'), c('2', 'unge', '2026-10-11'), c('3', 'skole', '2026-06-01'), c('4', 'erhverv', '2026-06-11')], windows);
      assert.deepEqual(found?.contacts.map((x) => x.id), ['1', '2']);
      assert.equal(found?.closestDays, 40);
      // The schools' contact is 9 days from the jobcentre's: the overall 30 days applies to that pair.
      const mixed = findParallel([c('1', 'jobcenter', '2026-09-01'), c('3', 'skole', '2026-09-10'), c('4', 'erhverv', '2026-09-18')], windows);
      assert.deepEqual(mixed?.contacts.map((x) => x.id), ['1', '3', '4']);
      assert.equal(mixed?.closestDays, 9, 'schools and Erhverv 8 days apart are outside their 7-day rule');
    });
  });

  describe('changes between versions', () => {
    it('says what changed in terms the history can show', () => {
      const owner: ContactOwner = { id: 'o1', target: { kind: 'industry', section: 'A' }, unit: 'jobcenter', person: null, note: null };
      const before = { ...base, owners: [owner] };
      const after: ContactStrategy = {
        ...base,
        purposes: [...base.purposes, { id: 'sommerjob', name: 'Sommerjob', nameEn: 'Summer job' }],
        units: base.units.map((u) => (u.id === 'skole' ? { ...u, name: 'Skoler', purposes: ['aaben-skole', 'sommerjob'] } : u)),
        windows: { overallDays: 21, pairs: [{ units: ['jobcenter', 'unge'], days: 45 }] },
        silenceMonths: 9,
        owners: [{ ...owner, unit: 'unge' }, { id: 'o2', target: { kind: 'area', postalCode: '8500' }, unit: 'erhverv', person: 'Mette', note: null }],
      };
      assert.deepEqual(describeChanges(before, after), [
        { kind: 'purposeAdded', purpose: 'sommerjob' },
        { kind: 'unitRenamed', unit: 'skole', from: 'Skoleområdet', to: 'Skoler' },
        { kind: 'unitPurposes', unit: 'skole', added: ['sommerjob'], removed: ['ungepraktik', 'andet'] },
        { kind: 'overallWindow', from: 30, to: 21 },
        { kind: 'pairWindow', units: ['jobcenter', 'unge'], from: null, to: 45 },
        { kind: 'silenceMonths', from: 12, to: 9 },
        { kind: 'ownerChanged', from: owner, to: { ...owner, unit: 'unge' } },
        { kind: 'ownerAdded', owner: after.owners[1] },
      ]);
      assert.deepEqual(describeChanges(after, after), []);
      const englishOnly = { ...after, units: after.units.map((u) => (u.id === 'unge' ? { ...u, nameEn: 'Youth services' } : u)) };
      assert.deepEqual(describeChanges(after, englishOnly), [{ kind: 'unitRenamed', unit: 'unge', from: 'Youth unit', to: 'Youth services' }], 'a new English name is a change too');
    });
  });
});
