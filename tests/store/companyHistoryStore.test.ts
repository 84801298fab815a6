import assert from 'node:assert/strict';
import type { Contact, OptOut } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { JOURNAL_SHARDS, journalMonth } from '../../bot/store/contactJournalStore.js';
import { contactProps } from '../../bot/store/historyCodec.js';
import type { Stores } from '../../bot/store/index.js';
import { validCvr } from '../support/companies.js';
import { freshStores, otherInstanceStores, recordRequests, startTestAzurite } from '../support/storage.js';

function contact(cvr: string, at: string, overrides: Partial<Contact> = {}): Contact {
  const ms = Date.parse(at);
  return {
    id: newEventId(ms), cvr, unit: 'jobcenter', staffName: 'Mette Holm', staffId: 'demo-jobcenter-1',
    date: at.slice(0, 10), channel: 'telefon', purpose: 'virksomhedspraktik', outcome: 'Aftale om praktik',
    followUpDate: null, note: null, rating: null, createdAt: at, createdBy: 'Mette Holm', ...overrides,
  };
}

describe('Company history and contact journal on Azurite', function () {
  let azurite: RunningAzurite;
  let stores: Stores;
  const cvr = validCvr(1);

  before(async () => { azurite = await startTestAzurite(); });
  after(async () => { await azurite.stop(); });
  beforeEach(async () => { stores = await freshStores(azurite); });

  it('answers "who contacted company X" with one query of one partition', async () => {
    const mine = [contact(cvr, '2026-11-02T09:00:00Z'), contact(cvr, '2026-11-20T13:00:00Z', { unit: 'unge', note: 'Ønsker praktikant' })];
    const optOut: OptOut = {
      id: newEventId(Date.parse('2026-11-25T10:00:00Z')), cvr, pNumber: null, scope: { kind: 'units', units: ['skole'] },
      reason: 'For mange henvendelser', source: 'telefon', date: '2026-11-25', registeredAt: '2026-11-25T10:00:00Z',
      registeredBy: 'Jens Bach', revokedAt: null, revokedBy: null, revokeReason: null,
    };
    await stores.history.upsertContacts([...mine, contact(validCvr(2), '2026-11-03T09:00:00Z')]);
    await stores.history.insertOptOut(optOut, {
      id: newEventId(Date.parse('2026-11-25T10:00:00Z')), cvr, action: 'optOut.registered', subjectId: optOut.id, actorName: 'Jens Bach', actorId: null, at: '2026-11-25T10:00:00Z',
    });
    const seen = recordRequests(stores.tables.CompanyHistory);
    const history = await stores.history.read(cvr);
    assert.equal(seen.length, 1);
    assert.equal(seen[0].filter, `PartitionKey eq '${cvr}' and (RowKey eq '0_version' or (RowKey ge 'c_' and RowKey lt 'c\`') or (RowKey ge 'o_' and RowKey lt 'o\`'))`,
      'one partition, without its audit rows');
    assert.deepEqual(history.contacts.sort((a, b) => a.id.localeCompare(b.id)), mine);
    assert.deepEqual(history.optOuts, [optOut]);
  });

  it('reads a period from its journal months only', async () => {
    const rows = ['2026-06-15T08:00:00Z', '2026-09-01T08:00:00Z', '2026-10-31T23:30:00Z', '2026-11-29T08:00:00Z']
      .map((at, i) => contact(validCvr(10 + i), at));
    await stores.journal.upsertMany(rows);
    const seen = recordRequests(stores.tables.ContactJournal);
    const got = await stores.journal.listLoggedBetween(Date.parse('2026-09-10T00:00:00Z'), Date.parse('2026-11-30T00:00:00Z'));
    const months = seen.map((r) => /^PartitionKey eq '(\d{4}-\d{2})-\d{2}'$/.exec(r.filter ?? '')?.[1]);
    assert.equal(seen.length, 3 * JOURNAL_SHARDS, 'every shard of the three months, nothing else');
    assert.deepEqual([...new Set(months)].sort(), ['2026-09', '2026-10', '2026-11']);
    assert.deepEqual(got.map((c) => c.id).sort(), rows.slice(1).map((c) => c.id).sort());
    assert.equal(journalMonth(rows[2].id), '2026-10');
    const after = await stores.journal.listMonth('2026-11', rows[2].id);
    assert.deepEqual(after.map((c) => c.id), [rows[3].id]);
  });
});

describe('Writes with their audit entries on Azurite', function () {
  let azurite: RunningAzurite;
  let stores: Stores;
  const cvr = validCvr(3);
  const audit = (subjectId: string, action: 'contact.logged' | 'optOut.registered' | 'optOut.revoked', at: string) => ({
    id: newEventId(Date.parse(at)), cvr, action, subjectId, actorName: 'Pia Mølgaard', actorId: 'aad-pia', at,
  });

  before(async () => { azurite = await startTestAzurite(); });
  after(async () => { await azurite.stop(); });
  beforeEach(async () => { stores = await freshStores(azurite); });

  it('stores a contact and its audit entry together, once', async () => {
    const c = contact(cvr, '2026-11-02T09:00:00Z');
    const first = await stores.history.insertContact(c, audit(c.id, 'contact.logged', '2026-11-02T09:00:01Z'));
    const second = await stores.history.insertContact({ ...c, note: 'dobbeltklik' }, audit(c.id, 'contact.logged', '2026-11-02T09:00:02Z'));
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.deepEqual(second.stored, c);
    const trail = await stores.history.audit(cvr);
    assert.deepEqual(trail.map((a) => [a.action, a.subjectId]), [['contact.logged', c.id]], 'the failed retry left no audit entry');
    assert.deepEqual((await stores.history.read(cvr)).contacts, [c]);
  });

  it('returns the history a contact was stored on: from memory when nobody wrote since, read again when someone did', async () => {
    const other = otherInstanceStores(azurite, stores);
    const first = contact(cvr, '2026-11-02T09:00:00Z');
    await stores.history.insertContact(first, audit(first.id, 'contact.logged', first.createdAt));
    await stores.history.read(cvr);

    const seen = recordRequests(stores.tables.CompanyHistory);
    const second = contact(cvr, '2026-11-03T09:00:00Z', { unit: 'unge' });
    const quiet = await stores.history.insertContact(second, audit(second.id, 'contact.logged', second.createdAt));
    assert.deepEqual(quiet.before.contacts, [first]);
    assert.deepEqual(seen.map((r) => r.method), ['POST'], 'one transaction, no read: nobody wrote since this instance last saw the company');

    // Another instance logs a contact and registers an opt-out; this instance's memory of the company is now old.
    const theirs = contact(cvr, '2026-11-04T09:00:00Z', { unit: 'skole' });
    await other.history.insertContact(theirs, audit(theirs.id, 'contact.logged', theirs.createdAt));
    const optOut: OptOut = {
      id: newEventId(Date.parse('2026-11-04T10:00:00Z')), cvr, pNumber: null, scope: { kind: 'all' }, reason: 'Ingen opkald', source: 'telefon',
      date: '2026-11-04', registeredAt: '2026-11-04T10:00:00Z', registeredBy: 'Pia Mølgaard', revokedAt: null, revokedBy: null, revokeReason: null,
    };
    await other.history.insertOptOut(optOut, audit(optOut.id, 'optOut.registered', optOut.registeredAt));
    seen.length = 0;
    const third = contact(cvr, '2026-11-05T09:00:00Z');
    const raced = await stores.history.insertContact(third, audit(third.id, 'contact.logged', third.createdAt));
    assert.deepEqual(raced.before.contacts.map((c) => c.id).sort(), [first.id, second.id, theirs.id].sort(), 'the other instance\'s contact is seen');
    assert.deepEqual(raced.before.optOuts, [optOut], 'and its opt-out');
    assert.deepEqual(seen.map((r) => r.method), ['POST', 'GET', 'POST'], 'the guarded write failed, the history was read again, the write retried');
    assert.deepEqual((await stores.history.read(cvr)).contacts.length, 4, 'each contact stored once');
    assert.equal((await stores.history.audit(cvr)).length, 5, 'and audited once');

    // A revocation elsewhere also counts as a change.
    await stores.history.read(cvr);
    await other.history.revokeOptOut(cvr, optOut.id, { at: '2026-11-06T12:00:00Z', by: 'Mette Kjærgaard', reason: 'Ringede selv' }, audit(optOut.id, 'optOut.revoked', '2026-11-06T12:00:00Z'));
    const fourth = contact(cvr, '2026-11-07T09:00:00Z');
    const afterRevoke = await stores.history.insertContact(fourth, audit(fourth.id, 'contact.logged', fourth.createdAt));
    assert.equal(afterRevoke.before.optOuts[0].revokedBy, 'Mette Kjærgaard');
  });

  it('guards a company written before version rows existed, and one whose first write races another instance', async () => {
    const other = otherInstanceStores(azurite, stores);
    // A contact row as an earlier release wrote it: no version row in the partition.
    const legacy = contact(cvr, '2026-10-01T09:00:00Z');
    await stores.tables.CompanyHistory.createEntity({ partitionKey: cvr, rowKey: `c_${legacy.id}`, ...contactProps(legacy) });
    assert.deepEqual((await stores.history.read(cvr)).contacts, [legacy]);
    // Both instances know the company without a version row; the other one writes first and creates it.
    await other.history.read(cvr);
    const theirs = contact(cvr, '2026-11-02T09:00:00Z', { unit: 'unge' });
    assert.deepEqual((await other.history.insertContact(theirs, audit(theirs.id, 'contact.logged', theirs.createdAt))).before.contacts, [legacy]);
    const mine = contact(cvr, '2026-11-02T10:00:00Z');
    const result = await stores.history.insertContact(mine, audit(mine.id, 'contact.logged', mine.createdAt));
    assert.equal(result.created, true);
    assert.deepEqual(result.before.contacts.map((c) => c.id).sort(), [legacy.id, theirs.id].sort());
  });

  it('stores every one of many contacts logged with one company at the same moment on two instances', async () => {
    const other = otherInstanceStores(azurite, stores);
    await Promise.all([stores.history.read(cvr), other.history.read(cvr)]);
    const many = Array.from({ length: 16 }, (_, i) => contact(cvr, `2026-11-02T09:00:${String(i).padStart(2, '0')}Z`, { unit: i % 2 ? 'unge' : 'jobcenter' }));
    const results = await Promise.all(many.map((c, i) => (i % 2 ? other : stores).history.insertContact(c, audit(c.id, 'contact.logged', c.createdAt))));
    assert.ok(results.every((r) => r.created));
    assert.equal((await stores.history.read(cvr)).contacts.length, 16, 'none lost to the races');
    assert.equal((await stores.history.audit(cvr)).length, 16, 'each audited once');
    // Each saw a history of contacts that were stored before it (or, if contended, around it), never a contact it invented.
    for (const r of results) assert.ok(r.before.contacts.every((b) => many.some((m) => m.id === b.id)));
  });

  it('answers a retried contact "already stored" with the history around it, also from another instance', async () => {
    const other = otherInstanceStores(azurite, stores);
    const c = contact(cvr, '2026-11-02T09:00:00Z');
    await stores.history.insertContact(c, audit(c.id, 'contact.logged', '2026-11-02T09:00:01Z'));
    await other.history.read(cvr);
    const retry = await other.history.insertContact({ ...c, note: 'andet klik' }, audit(c.id, 'contact.logged', '2026-11-02T09:00:02Z'));
    assert.equal(retry.created, false);
    assert.deepEqual(retry.stored, c);
    assert.deepEqual(retry.before.contacts, [c]);
  });

  it('revokes an opt-out once, keeping the row and auditing who and when', async () => {
    const o: OptOut = {
      id: newEventId(Date.parse('2026-11-01T10:00:00Z')), cvr, pNumber: null, scope: { kind: 'all' }, reason: 'Ingen opkald',
      source: 'telefon', date: '2026-11-01', registeredAt: '2026-11-01T10:00:00Z', registeredBy: 'Pia Mølgaard',
      revokedAt: null, revokedBy: null, revokeReason: null,
    };
    await stores.history.insertOptOut(o, audit(o.id, 'optOut.registered', '2026-11-01T10:00:00Z'));
    const revoke = { at: '2026-11-20T12:00:00Z', by: 'Mette Kjærgaard', reason: 'Virksomheden ringede selv' };
    const revoked = await stores.history.revokeOptOut(cvr, o.id, revoke, audit(o.id, 'optOut.revoked', revoke.at));
    assert.equal(revoked?.revokedBy, 'Mette Kjærgaard');
    const again = await stores.history.revokeOptOut(cvr, o.id, { ...revoke, by: 'En anden' }, audit(o.id, 'optOut.revoked', '2026-11-21T12:00:00Z'));
    assert.equal(again?.revokedBy, 'Mette Kjærgaard', 'the first revocation stands');
    assert.deepEqual((await stores.history.audit(cvr)).map((a) => a.action), ['optOut.registered', 'optOut.revoked']);
    assert.equal((await stores.history.read(cvr)).optOuts.length, 1, 'the opt-out row is kept');
    assert.equal(await stores.history.revokeOptOut(cvr, 'missing', revoke, audit('missing', 'optOut.revoked', revoke.at)), null);
  });
});
