import assert from 'node:assert/strict';
import type { AccessLogResponse } from '../../bot/contract/dataProtectionContract.js';
import type { OptOut } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import type { AccessChannel } from '../../bot/domain/dataProtection/accessLog.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { AccessLogService } from '../../bot/services/accessLogService.js';
import { createStores } from '../../bot/store/index.js';
import { testCompany, validCvr } from '../support/companies.js';
import { localTabApi, localToken } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const A = testCompany({ cvr: validCvr(801), name: 'Bønnerup Fiskeeksport ApS' });
const B = testCompany({ cvr: validCvr(802), name: 'Trustrup Tømrer ApS' });
const OPT_OUT: OptOut = {
  id: newEventId(Date.now() - 86_400_000), cvr: B.cvr, pNumber: null, scope: { kind: 'all' }, reason: 'Ingen henvendelser', source: 'telefon',
  date: '2026-01-05', registeredAt: new Date().toISOString(), registeredBy: 'Mette Kjærgaard', revokedAt: null, revokedBy: null, revokeReason: null,
};
const USER = { id: 'teams-user-7', name: 'Pia Mølgaard', aadObjectId: 'aad-pia-7' };

describe('The access log: every read of a company writes one row, readable by the coordinator only', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, {
      deps: { accessLog: { flushMs: 10 } },
      seed: async (s) => {
        await s.companies.upsertMany([A, B]);
        await s.history.insertOptOut(OPT_OUT);
        await s.optOutRegister.upsert(OPT_OUT);
      },
    });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  /** The rows written since `before` ids, after the buffer is flushed. */
  async function newRows(known: Set<string>) {
    await t.app.accessLog.flush();
    const all = await t.stores.accessLog.query({ cvr: null, userId: null, from: '2020-01-01', to: '2099-12-31' });
    const fresh = all.filter((e) => !known.has(e.id));
    for (const e of fresh) known.add(e.id);
    return fresh;
  }

  it('logs exactly one row per read path, with who, which company and through what', async () => {
    const known = new Set<string>();
    const expectOne = async (via: AccessChannel, cvr: string, userName: string) => {
      const rows = await newRows(known);
      assert.deepEqual(rows.map((r) => [r.via, r.cvr, r.userName]), [[via, cvr, userName]], via);
    };
    await t.client.say('har nogen kontaktet Bønnerup Fiskeeksport?', { from: USER });
    await expectOne('bot.lookup', A.cvr, USER.name);
    const [viaMessage] = await newRows(known);
    assert.equal(viaMessage, undefined);
    await t.client.say(`historik ${A.cvr}`, { from: USER });
    await expectOne('bot.history', A.cvr, USER.name);
    await t.client.execute('lookup.choose', { cvr: A.cvr }, { from: USER });
    await expectOne('bot.lookup', A.cvr, USER.name);
    await t.client.execute('history.show', { cvr: A.cvr }, { from: USER });
    await expectOne('bot.history', A.cvr, USER.name);
    await t.client.execute('logContact.open', { cvr: A.cvr }, { from: USER });
    await expectOne('bot.logCard', A.cvr, USER.name);

    const coordinator = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    assert.equal((await coordinator.get(`/companies/${A.cvr}`)).status, 200);
    await expectOne('tab.company', A.cvr, 'Mette Kjærgaard');
    assert.equal((await coordinator.get('/optouts')).status, 200);
    await expectOne('tab.optOuts', B.cvr, 'Mette Kjærgaard');
    const token = await localToken(t.baseUrl, 'Mette Kjærgaard');
    const exported = await fetch(`${t.baseUrl}/api/tab/companies/${A.cvr}/data-export`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(exported.status, 200);
    const rows = await newRows(known);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].via, 'tab.companyExport');
    assert.ok((rows[0].rows ?? 0) > 1, 'an export records how many rows it handed out');
    assert.equal(rows[0].userId, '00000000-0000-4000-8000-000000000001');
  });

  it('answers "who looked at company X" and "what did user Y look at" to the coordinator, 403 to staff', async () => {
    await t.client.execute('lookup.choose', { cvr: B.cvr }, { from: USER });
    const coordinator = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    const byCompany = await coordinator.get<AccessLogResponse>(`/access-log?cvr=${B.cvr}`);
    assert.equal(byCompany.status, 200);
    assert.ok(byCompany.body.events.length >= 2 && byCompany.body.events.every((e) => e.cvr === B.cvr));
    assert.equal(byCompany.body.events[0].userName, USER.name, 'newest first');
    assert.equal(byCompany.body.events[0].companyName, B.name);
    const byUser = await coordinator.get<AccessLogResponse>(`/access-log?userId=${USER.aadObjectId}`);
    assert.ok(byUser.body.events.length >= 6 && byUser.body.events.every((e) => e.userId === USER.aadObjectId));
    const earlier = await coordinator.get<AccessLogResponse>(`/access-log?userId=${USER.aadObjectId}&from=2020-01-01&to=2020-12-31`);
    assert.equal(earlier.body.events.length, 0);
    assert.equal((await coordinator.get('/access-log?from=2026-13-01')).status, 400);

    const staff = await localTabApi(t.baseUrl, 'Lars Bækgaard');
    assert.equal((await staff.get('/access-log')).status, 403);
    assert.equal((await staff.get(`/access-log?cvr=${A.cvr}`)).status, 403);
    // Append-only: no route changes or deletes a row.
    for (const method of ['DELETE', 'PUT', 'POST']) {
      const res = await fetch(`${t.baseUrl}/api/tab/access-log`, { method, headers: { Authorization: `Bearer ${await localToken(t.baseUrl, 'Mette Kjærgaard')}` } });
      assert.ok(res.status === 404 || res.status === 405, `${method} answered ${res.status}`);
    }
  });

  it('keeps events when storage refuses them, retries, and writes them once storage answers', async () => {
    // Tables that do not exist yet: every write fails (404) until they are created.
    const prefix = `al${Date.now().toString(36)}`;
    const stores = createStores({ kind: 'connectionString', connectionString: azurite.connectionString }, prefix, { maxRetries: 0 });
    const logs: string[] = [];
    const service = new AccessLogService(stores.accessLog, () => new Date(), (m) => logs.push(m), { flushMs: 5, retryMs: 20 });
    await service.record({ userId: 'u1', userName: 'Jens Hansen', via: 'bot.lookup' }, [A.cvr]);
    await new Promise((r) => setTimeout(r, 150));
    assert.ok(logs.some((m) => m.startsWith('Access log write failed (1 events kept')), logs.join('\n'));
    assert.equal(service.pending, 1);
    await stores.ensure();
    for (let i = 0; i < 100 && service.pending > 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(service.pending, 0);
    const rows = await stores.accessLog.query({ cvr: A.cvr, userId: null, from: '2020-01-01', to: '2099-12-31' });
    assert.deepEqual(rows.map((r) => r.userName), ['Jens Hansen']);
    await service.stop();
  });

  it('bounds its memory: a full buffer makes readers wait instead of dropping events', async () => {
    const prefix = `ab${Date.now().toString(36)}`;
    const stores = createStores({ kind: 'connectionString', connectionString: azurite.connectionString }, prefix, { maxRetries: 0 });
    const service = new AccessLogService(stores.accessLog, () => new Date(), () => undefined, { flushMs: 5, retryMs: 20, maxBuffered: 2 });
    const reader = { userId: 'u2', userName: 'Ole Vinther', via: 'bot.lookup' as const };
    await service.record(reader, [A.cvr]);
    await service.record(reader, [B.cvr]);
    let third = false;
    const waiting = service.record(reader, [A.cvr]).then(() => { third = true; });
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(third, false, 'the third read waits while storage is down and the buffer is full');
    await stores.ensure();
    await waiting;
    await service.flush();
    assert.equal((await stores.accessLog.query({ cvr: null, userId: 'u2', from: '2020-01-01', to: '2099-12-31' })).length, 3);
    await service.stop();
  });

  it('finds a company\'s rows in its partition of ten, and rows written before the partitions were bucketed (PartitionKey = CVR)', async () => {
    const stores = t.stores;
    // A neighbour in the same partition (same last digit) must not be mixed in.
    let n = 811;
    while (validCvr(n).slice(-1) !== A.cvr.slice(-1)) n++;
    const neighbour = validCvr(n);
    const old = newEventId(Date.now() - 60_000);
    await stores.tables.AccessByCompany.upsertEntity({ partitionKey: A.cvr, rowKey: old, at: new Date(Date.now() - 60_000).toISOString(), userId: 'u-old', userName: 'Gammel Række', cvr: A.cvr, via: 'tab.company' });
    await stores.accessLog.append([
      { id: newEventId(Date.now()), at: new Date().toISOString(), userId: 'u-new', userName: 'Ny Række', cvr: A.cvr, via: 'bot.lookup', rows: null },
      { id: newEventId(Date.now()), at: new Date().toISOString(), userId: 'u-new', userName: 'Nabo', cvr: neighbour, via: 'bot.lookup', rows: null },
    ]);
    const rows = await stores.accessLog.query({ cvr: A.cvr, userId: null, from: '2020-01-01', to: '2099-12-31' });
    const names = rows.map((r) => r.userName);
    assert.ok(names.includes('Gammel Række') && names.includes('Ny Række') && !names.includes('Nabo'), names.join(', '));
    assert.ok(rows.every((r) => r.cvr === A.cvr && /^[0-9a-z]+$/.test(r.id)));
  });
});
