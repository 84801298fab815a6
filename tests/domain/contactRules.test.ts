import assert from 'node:assert/strict';
import type { Contact, OptOut } from '../../bot/domain/contact.js';
import { assessCall, withinWindow } from '../../bot/domain/contactRules.js';
import { uniformWindows, type ContactOwner } from '../../bot/domain/strategy/index.js';
import { addMonths, copenhagenDay, daysBetween, formatDay, formatDaysAgo } from '../../bot/domain/danishTime.js';

const c = (id: string, unit: string, date: string): Contact => ({
  id, cvr: '13748136', unit, staffName: `${unit} person`, staffId: null, date, channel: 'telefon', purpose: 'andet',
  outcome: null, followUpDate: null, note: null, rating: null, createdAt: `${date}T10:00:00Z`, createdBy: 'x',
});
const o = (id: string, scope: OptOut['scope'], revoked = false): OptOut => ({
  id, cvr: '13748136', pNumber: null, scope, reason: 'r', source: 'telefon', date: '2026-10-01', registeredAt: '2026-10-01T10:00:00Z',
  registeredBy: 'x', revokedAt: revoked ? '2026-10-05T10:00:00Z' : null, revokedBy: revoked ? 'y' : null, revokeReason: revoked ? 'fejl' : null,
});

describe('call assessment', () => {
  const today = '2026-11-30';
  const w30 = uniformWindows(30);
  const contacts = [c('a', 'jobcenter', '2026-11-25'), c('b', 'unge', '2026-10-31'), c('c', 'skole', '2026-10-30'), c('d', 'erhverv', '2025-11-29'), c('e', 'erhverv', '2026-12-05')];

  it('lists other units\' contacts within the window, newest first, excluding the asker\'s unit and future dates', () => {
    const a = assessCall(contacts, [], { today, windows: w30, askingUnit: 'jobcenter', owner: null });
    assert.deepEqual(a.recentByOthers.map((x) => x.id), ['b']);
    const anyone = assessCall(contacts, [], { today, windows: w30, askingUnit: null, owner: null });
    assert.deepEqual(anyone.recentByOthers.map((x) => x.id), ['a', 'b']);
  });

  it('keeps 12 months in the recent list and everything in the full history', () => {
    const a = assessCall(contacts, [], { today, windows: w30, askingUnit: null, owner: null });
    assert.deepEqual(a.recent.map((x) => x.id), ['e', 'a', 'b', 'c']);
    assert.deepEqual(a.all.map((x) => x.id), ['e', 'a', 'b', 'c', 'd']);
  });

  it('separates opt-outs that stop the asker from those for other units, and ignores revoked ones', () => {
    const optOuts = [o('1', { kind: 'units', units: ['skole'] }), o('2', { kind: 'all' }, true), o('3', { kind: 'units', units: ['jobcenter', 'unge'] })];
    const a = assessCall([], optOuts, { today, windows: w30, askingUnit: 'skole', owner: null });
    assert.deepEqual(a.blockingOptOuts.map((x) => x.id), ['1']);
    assert.deepEqual(a.otherOptOuts.map((x) => x.id), ['3']);
    assert.deepEqual(a.optOutHistory.map((x) => x.id).sort(), ['1', '2', '3']);
    const unknownUnit = assessCall([], optOuts, { today, windows: w30, askingUnit: null, owner: null });
    assert.deepEqual(unknownUnit.blockingOptOuts.map((x) => x.id).sort(), ['1', '3'], 'an unknown asker is stopped by every active opt-out');
  });

  it('uses a pair of units\' own window instead of the overall one', () => {
    // Jobcentre and youth unit share employers and agreed on 45 days; the schools keep the overall 30.
    const windows = { overallDays: 30, pairs: [{ units: ['unge', 'jobcenter'] as [string, string], days: 45 }] };
    const older = [...contacts, c('f', 'unge', '2026-10-20'), c('g', 'skole', '2026-10-20')];
    const a = assessCall(older, [], { today, windows, askingUnit: 'jobcenter', owner: null });
    assert.deepEqual(a.recentByOthers.map((x) => x.id), ['b', 'f'], 'the youth unit 41 days ago counts; the schools 41 days ago do not');
    const fromSchool = assessCall(older, [], { today, windows, askingUnit: 'skole', owner: null });
    assert.deepEqual(fromSchool.recentByOthers.map((x) => x.id), ['a', 'b'], 'the pair rule is not the schools\' rule');
    assert.equal(a.windowDays, 30);
  });

  it('tells everyone outside the owner\'s unit to ask the owner first', () => {
    const owner: ContactOwner = { id: 'o1', target: { kind: 'company', cvr: '13748136' }, unit: 'erhverv', person: 'Mette Kjærgaard', note: null };
    assert.deepEqual(assessCall(contacts, [], { today, windows: w30, askingUnit: 'jobcenter', owner }).askOwnerFirst, owner);
    assert.deepEqual(assessCall(contacts, [], { today, windows: w30, askingUnit: null, owner }).askOwnerFirst, owner);
    assert.equal(assessCall(contacts, [], { today, windows: w30, askingUnit: 'erhverv', owner }).askOwnerFirst, null, 'the owner\'s own unit is not warned');
    assert.equal(assessCall(contacts, [], { today, windows: w30, askingUnit: 'jobcenter', owner: null }).askOwnerFirst, null);
  });

  it('counts the window in whole Copenhagen days', () => {
    assert.equal(withinWindow('2026-10-31', today, 30), true);
    assert.equal(withinWindow('2026-10-30', today, 30), false);
    assert.equal(withinWindow('2026-12-01', today, 30), false);
  });
});

describe('Danish time', () => {
  it('takes the Copenhagen calendar day, not the UTC one', () => {
    assert.equal(copenhagenDay(new Date('2026-11-30T23:30:00Z')), '2026-12-01');
    assert.equal(copenhagenDay(new Date('2026-07-31T22:30:00Z')), '2026-08-01');
    assert.equal(copenhagenDay(new Date('2026-07-31T21:30:00Z')), '2026-07-31');
  });

  it('formats days and ages in Danish and English', () => {
    assert.equal(formatDay('2026-11-25', 'da'), '25. november 2026');
    assert.equal(formatDay('2026-11-25', 'en'), '25 November 2026');
    assert.deepEqual([0, 1, 5].map((d) => formatDaysAgo(d, 'da')), ['i dag', 'i går', 'for 5 dage siden']);
    assert.equal(formatDaysAgo(5, 'en'), '5 days ago');
    assert.equal(daysBetween('2026-10-25', '2026-10-26'), 1, 'across the end of summer time');
    assert.equal(addMonths('2026-11-30', -12), '2025-11-30');
  });
});
