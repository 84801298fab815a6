import assert from 'node:assert/strict';
import {
  changedAssignments,
  DEFAULT_FEED_CHOICE,
  optOutNotices,
  planNotices,
  type FeedMember,
} from '../../bot/domain/activityFeed/notices.js';
import { dayContact, planItem } from '../support/domainFixtures.js';

const ANNE = '00000000-0000-4000-8000-00000000000a';
const BO = '00000000-0000-4000-8000-00000000000b';
const CARL = '00000000-0000-4000-8000-00000000000c';
const COORDINATOR = '00000000-0000-4000-8000-0000000000ff';
const actor = { id: COORDINATOR, name: 'Kirsten Koordinator' };

function member(userId: string, displayName: string, unit: string, choice = DEFAULT_FEED_CHOICE): FeedMember {
  return { userId, displayName, unit, choice };
}

describe('activity feed: who hears of a plan', () => {
  it('counts new items and items moved to another unit or person as changed, nothing else', () => {
    const before = [planItem('10000001', 'jobcenter', 'Anne'), planItem('10000002', 'unge', null), planItem('10000003', 'skole', 'Bo')];
    const after = [
      planItem('10000001', 'jobcenter', 'Anne'),
      planItem('10000002', 'unge', 'Carl'),
      planItem('10000003', 'erhverv', 'Bo'),
      planItem('10000004', 'unge', null),
    ];
    assert.deepEqual(
      changedAssignments(before, after).map((i) => i.cvr),
      ['10000002', '10000003', '10000004'],
    );
    assert.deepEqual(
      changedAssignments(null, before).map((i) => i.cvr),
      ['10000001', '10000002', '10000003'],
    );
    assert.deepEqual(changedAssignments(before, before), []);
  });

  it('tells a named person found in the register or through their contacts, once per company, never the one who saved', () => {
    const contacts = [
      dayContact('c1', '20000000', 'unge', '2026-01-05', { staffName: 'Bo Berg', staffId: BO }),
      dayContact('c2', '20000001', 'unge', '2026-01-06', { staffName: 'Bo Berg', staffId: BO }),
      dayContact('c3', '20000002', 'jobcenter', '2026-01-06', { staffName: 'Kirsten Koordinator', staffId: COORDINATOR }),
      dayContact('c4', '20000003', 'skole', '2026-01-06', { staffName: 'Ukendt', staffId: 'teams-29:abc' }),
    ];
    const notices = planNotices({
      previous: null,
      next: [
        planItem('10000001', 'jobcenter', 'Anne Andersen'),
        planItem('10000002', 'unge', 'bo berg'),
        planItem('10000003', 'jobcenter', 'Kirsten Koordinator'),
        planItem('10000004', 'skole', 'Ukendt'),
        planItem('10000005', 'skole', 'Bo Berg'),
      ],
      members: [member(ANNE, 'Anne Andersen', 'jobcenter')],
      contacts,
      actor,
    });
    assert.deepEqual(
      notices.map((n) => [n.recipientId, n.cvr, n.activityType]),
      [
        [ANNE, '10000001', 'planItemAssigned'],
        [BO, '10000002', 'planItemAssigned'],
      ],
    );
    assert.equal(notices[0].actorName, 'Kirsten Koordinator');
    assert.equal(notices[0].companyName, 'Firma 10000001');
  });

  it('leaves out people who turned notices off, and tells a unit only those of its members who asked for unit items', () => {
    const members = [
      member(ANNE, 'Anne', 'unge', { notify: false, unitItems: true }),
      member(BO, 'Bo', 'unge', { notify: true, unitItems: true }),
      member(CARL, 'Carl', 'unge', { notify: true, unitItems: false }),
      member(COORDINATOR, 'Kirsten', 'unge', { notify: true, unitItems: true }),
    ];
    const notices = planNotices({
      previous: [],
      next: [planItem('10000001', 'unge', null), planItem('10000002', 'unge', 'Anne'), planItem('10000003', 'unge', 'Carl')],
      members,
      contacts: [],
      actor,
    });
    assert.deepEqual(
      notices.map((n) => [n.recipientId, n.cvr, n.activityType, n.unit]),
      [
        [BO, '10000001', 'planItemAssignedToUnit', 'unge'],
        [CARL, '10000003', 'planItemAssigned', null],
      ],
    );
  });

  it('says nothing when a save changes no assignment', () => {
    const items = [planItem('10000001', 'unge', 'Bo')];
    assert.deepEqual(planNotices({ previous: items, next: items, members: [member(BO, 'Bo', 'unge')], contacts: [], actor }), []);
  });
});

describe('activity feed: who hears of an opt-out', () => {
  // 2026-03-31 22:30 UTC is already 1 April in Copenhagen (summer time): the window counts Danish days.
  const now = new Date('2026-03-31T22:30:00Z');
  const contact = (id: string, date: string, staffId: string | null, cvr = '10000001') => dayContact(id, cvr, 'unge', date, { staffId });

  it('tells each member of staff who contacted the company within 90 Danish days, once, and not the one who registered it', () => {
    const contacts = [
      contact('a1', '2026-04-01', ANNE),
      contact('a2', '2026-03-30', ANNE),
      contact('b1', '2026-01-02', BO), // day 90 counted back from 1 April, today included
      contact('c1', '2026-01-01', CARL), // day 91: too old
      contact('k1', '2026-03-01', COORDINATOR),
      contact('x1', '2026-03-01', CARL, '10000002'), // another company
      contact('n1', '2026-03-01', null),
    ];
    const notices = optOutNotices({ cvr: '10000001', companyName: 'Firma A/S', contacts, members: [], actor, now });
    assert.deepEqual(notices.map((n) => n.recipientId).sort(), [ANNE, BO].sort());
    assert.deepEqual(notices[0], {
      recipientId: ANNE,
      activityType: 'companyOptedOut',
      cvr: '10000001',
      companyName: 'Firma A/S',
      actorName: actor.name,
      unit: null,
    });
  });

  it('leaves out staff who turned notices off', () => {
    const contacts = [contact('a1', '2026-03-20', ANNE), contact('b1', '2026-03-20', BO)];
    const members = [member(ANNE, 'Anne', 'unge', { notify: false, unitItems: false })];
    assert.deepEqual(
      optOutNotices({ cvr: '10000001', companyName: 'F', contacts, members, actor, now }).map((n) => n.recipientId),
      [BO],
    );
  });
});
