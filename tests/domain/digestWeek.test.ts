import assert from 'node:assert/strict';
import {
  copenhagenInstant, copenhagenOffsetMinutes, DEFAULT_DIGEST_SCHEDULE, digestSlot, dueWeek, isoWeekOf, isoWeekOfDay, nextWeek,
  parseWeekKey, previousWeek, scheduleProblem, weekBounds, weeksInYear,
} from '../../bot/domain/digest/index.js';

const iso = (d: Date): string => d.toISOString();

describe('digest: ISO weeks in Copenhagen', () => {
  it('numbers the days around New Year by the week their Thursday falls in', () => {
    // 1 January 2026 is a Thursday, so 2026 has 53 weeks and its week 1 starts on Monday 29 December 2025.
    assert.equal(isoWeekOfDay('2025-12-28').key, '2025-W52');
    assert.equal(isoWeekOfDay('2025-12-29').key, '2026-W01');
    assert.equal(isoWeekOfDay('2026-01-01').key, '2026-W01');
    assert.equal(isoWeekOfDay('2026-12-31').key, '2026-W53');
    assert.deepEqual(isoWeekOfDay('2027-01-01'), { year: 2026, week: 53, key: '2026-W53' });
    assert.equal(isoWeekOfDay('2027-01-03').key, '2026-W53');
    assert.equal(isoWeekOfDay('2027-01-04').key, '2027-W01');
    assert.equal(isoWeekOfDay('2024-12-30').key, '2025-W01');
    assert.equal(isoWeekOfDay('2021-01-03').key, '2020-W53');
    assert.equal(isoWeekOfDay('2026-12-03').key, '2026-W49');
  });

  it('knows which years have a week 53', () => {
    assert.equal(weeksInYear(2026), 53);
    assert.equal(weeksInYear(2020), 53);
    assert.equal(weeksInYear(2025), 52);
    assert.equal(weeksInYear(2027), 52);
    assert.throws(() => parseWeekKey('2025-W53'), RangeError);
    assert.throws(() => parseWeekKey('2026-W00'), RangeError);
    assert.throws(() => parseWeekKey('2026-49'), RangeError);
    assert.deepEqual(parseWeekKey('2026-W53'), { year: 2026, week: 53 });
  });

  it('gives Monday to Sunday of a week, across month and year ends', () => {
    assert.deepEqual(weekBounds('2026-W49'), { from: '2026-11-30', to: '2026-12-06' });
    assert.deepEqual(weekBounds('2026-W01'), { from: '2025-12-29', to: '2026-01-04' });
    assert.deepEqual(weekBounds('2026-W53'), { from: '2026-12-28', to: '2027-01-03' });
    assert.deepEqual(weekBounds('2027-W01'), { from: '2027-01-04', to: '2027-01-10' });
  });

  it('steps back and forth over New Year', () => {
    assert.equal(previousWeek('2027-W01'), '2026-W53');
    assert.equal(previousWeek('2026-W01'), '2025-W52');
    assert.equal(previousWeek('2026-W49'), '2026-W48');
    assert.equal(nextWeek('2026-W53'), '2027-W01');
    assert.equal(nextWeek('2025-W52'), '2026-W01');
  });

  it('takes the Copenhagen calendar day of an instant, not the UTC day', () => {
    // 23:30Z on Sunday is already Monday 00:30 in Copenhagen (winter, UTC+1) and 01:30 in summer (UTC+2).
    assert.equal(isoWeekOf(new Date('2026-12-27T23:30:00Z')).key, '2026-W53');
    assert.equal(isoWeekOf(new Date('2026-12-27T22:59:00Z')).key, '2026-W52');
    assert.equal(isoWeekOf(new Date('2027-01-03T23:30:00Z')).key, '2027-W01');
    assert.equal(isoWeekOf(new Date('2026-06-28T22:30:00Z')).key, '2026-W27');
    assert.equal(isoWeekOf(new Date('2026-06-28T21:30:00Z')).key, '2026-W26');
  });
});

describe('digest: schedule in Copenhagen time', () => {
  it('defaults to Monday 08:00', () => {
    assert.deepEqual(DEFAULT_DIGEST_SCHEDULE, { weekday: 1, time: '08:00' });
    assert.equal(iso(digestSlot('2026-W49', DEFAULT_DIGEST_SCHEDULE)), '2026-11-30T07:00:00.000Z');
    assert.equal(iso(digestSlot('2026-W27')), '2026-06-29T06:00:00.000Z');
  });

  it('reads the offset at the instant itself around the March change (last Sunday, 29 March 2026)', () => {
    assert.equal(copenhagenOffsetMinutes(Date.parse('2026-03-29T00:59:59Z')), 60);
    assert.equal(copenhagenOffsetMinutes(Date.parse('2026-03-29T01:00:00Z')), 120);
    assert.equal(iso(digestSlot('2026-W13', { weekday: 1, time: '08:00' })), '2026-03-23T07:00:00.000Z');
    assert.equal(iso(digestSlot('2026-W13', { weekday: 7, time: '08:00' })), '2026-03-29T06:00:00.000Z');
    assert.equal(iso(digestSlot('2026-W13', { weekday: 7, time: '01:30' })), '2026-03-29T00:30:00.000Z');
    assert.equal(iso(digestSlot('2026-W13', { weekday: 7, time: '03:00' })), '2026-03-29T01:00:00.000Z');
    assert.equal(iso(digestSlot('2026-W14', { weekday: 1, time: '08:00' })), '2026-03-30T06:00:00.000Z');
  });

  it('moves a time skipped in spring forward by the gap', () => {
    // 02:30 does not exist on 29 March 2026; read with the winter offset it is 01:30Z, i.e. 03:30 summer time.
    assert.equal(iso(copenhagenInstant('2026-03-29', '02:30')), '2026-03-29T01:30:00.000Z');
  });

  it('reads the offset at the instant itself around the October change (last Sunday, 25 October 2026)', () => {
    assert.equal(copenhagenOffsetMinutes(Date.parse('2026-10-25T00:59:59Z')), 120);
    assert.equal(copenhagenOffsetMinutes(Date.parse('2026-10-25T01:00:00Z')), 60);
    assert.equal(iso(digestSlot('2026-W43', { weekday: 6, time: '08:00' })), '2026-10-24T06:00:00.000Z');
    assert.equal(iso(digestSlot('2026-W43', { weekday: 7, time: '08:00' })), '2026-10-25T07:00:00.000Z');
    assert.equal(iso(digestSlot('2026-W43', { weekday: 7, time: '01:59' })), '2026-10-24T23:59:00.000Z');
    // 02:30 happens twice that night: the first (summer time) one is taken.
    assert.equal(iso(digestSlot('2026-W43', { weekday: 7, time: '02:30' })), '2026-10-25T00:30:00.000Z');
  });

  it('does not depend on the host time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      assert.equal(iso(digestSlot('2026-W13', { weekday: 7, time: '08:00' })), '2026-03-29T06:00:00.000Z');
      assert.equal(isoWeekOf(new Date('2026-12-27T23:30:00Z')).key, '2026-W53');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('rejects schedules that name no day or time', () => {
    assert.equal(scheduleProblem({ weekday: 7, time: '23:59' }), null);
    for (const bad of [{ weekday: 0, time: '08:00' }, { weekday: 8, time: '08:00' }, { weekday: 1.5, time: '08:00' },
      { weekday: 1, time: '8:00' }, { weekday: 1, time: '24:00' }, { weekday: 1, time: '08:60' }]) {
      assert.notEqual(scheduleProblem(bad), null, JSON.stringify(bad));
      assert.throws(() => digestSlot('2026-W49', bad), RangeError);
    }
  });
});

describe('digest: which week is due', () => {
  const monday8 = DEFAULT_DIGEST_SCHEDULE;
  // Week 49 of 2026: slot Monday 30 November 08:00 CET = 07:00Z.
  const at = (s: string): Date => new Date(s);

  it('is not due before the slot', () => {
    assert.equal(dueWeek(at('2026-11-30T06:59:59Z'), monday8, '2026-W48'), null);
  });

  it('is due from the slot on', () => {
    assert.equal(dueWeek(at('2026-11-30T07:00:00Z'), monday8, '2026-W48'), '2026-W49');
    assert.equal(dueWeek(at('2026-12-03T12:00:00Z'), monday8, '2026-W48'), '2026-W49');
  });

  it('is not due again once posted', () => {
    assert.equal(dueWeek(at('2026-11-30T07:00:00Z'), monday8, '2026-W49'), null);
    assert.equal(dueWeek(at('2026-12-06T22:00:00Z'), monday8, '2026-W49'), null);
    // A record from the future (a clock set wrong) posts nothing rather than re-posting.
    assert.equal(dueWeek(at('2026-12-01T12:00:00Z'), monday8, '2026-W50'), null);
  });

  it('posts a missed week once, before the current slot', () => {
    // Down across Wednesday 08:00 of week 48, back on Tuesday of week 49 before that week's slot.
    const wednesday8 = { weekday: 3, time: '08:00' };
    assert.equal(dueWeek(at('2026-12-01T10:00:00Z'), wednesday8, '2026-W47'), '2026-W48');
    assert.equal(dueWeek(at('2026-12-01T10:05:00Z'), wednesday8, '2026-W48'), null);
    assert.equal(dueWeek(at('2026-12-02T07:00:00Z'), wednesday8, '2026-W48'), '2026-W49');
  });

  it('posts only the latest of several missed weeks, or the current one once its slot has passed', () => {
    assert.equal(dueWeek(at('2026-11-30T06:00:00Z'), monday8, '2026-W44'), '2026-W48');
    assert.equal(dueWeek(at('2026-11-30T09:00:00Z'), monday8, '2026-W44'), '2026-W49');
  });

  it('posts no backlog the first time', () => {
    assert.equal(dueWeek(at('2026-11-30T06:00:00Z'), monday8, null), null);
    assert.equal(dueWeek(at('2026-11-30T07:00:00Z'), monday8, null), '2026-W49');
  });

  it('crosses New Year and DST', () => {
    // Monday 4 January 2027 07:30 Copenhagen is in 2027-W01, before its slot: the missed week is 2026-W53.
    assert.equal(dueWeek(at('2027-01-04T06:30:00Z'), monday8, '2026-W52'), '2026-W53');
    assert.equal(dueWeek(at('2027-01-04T07:00:00Z'), monday8, '2026-W53'), '2027-W01');
    // Sunday 20:00 on 25 October 2026 is 19:00Z (winter time again since the night before).
    const sunday20 = { weekday: 7, time: '20:00' };
    assert.equal(dueWeek(at('2026-10-25T18:59:00Z'), sunday20, '2026-W42'), null);
    assert.equal(dueWeek(at('2026-10-25T19:00:00Z'), sunday20, '2026-W42'), '2026-W43');
    // And on 29 March 2026 it is 18:00Z.
    assert.equal(dueWeek(at('2026-03-29T18:00:00Z'), sunday20, '2026-W12'), '2026-W13');
  });
});
