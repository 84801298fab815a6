import assert from 'node:assert/strict';
import type { MeResponse, OverviewResponse } from '../../bot/contract/api.js';
import { copenhagenDay } from '../../bot/domain/danishTime.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { testCompany, validCvr } from '../support/companies.js';
import { localToken } from '../support/localTabApi.js';
import { startTestAzurite, tablePrefixOf } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

describe('The tab API in local mode', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  const company = testCompany({ cvr: validCvr(501), name: 'Fjellerup Fiskehandel ApS' });

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { seed: (s) => s.companies.upsertMany([company]).then(() => undefined) });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  const tokenFor = (name: string) => localToken(t.baseUrl, name);

  const get = async <T>(path: string, token: string): Promise<T> => (await (await fetch(`${t.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as T;

  it('signs in as a local identity through the same validation, and says it is local', async () => {
    const me = await get<MeResponse>('/api/tab/me', await tokenFor('Mette Kjærgaard'));
    assert.deepEqual([me.isCoordinator, me.unit, me.local], [true, 'erhverv', true]);
    const staff = await get<MeResponse>('/api/tab/me', await tokenFor('Lars Bækgaard'));
    assert.deepEqual([staff.isCoordinator, staff.unit], [false, 'skole']);
    const forged = await fetch(`${t.baseUrl}/api/tab/me`, { headers: { Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0.' } });
    assert.equal(forged.status, 401);
    const unknown = await fetch(`${t.baseUrl}/api/tab/local-auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId: 'nobody' }) });
    assert.equal(unknown.status, 400);
  });

  it('shows a contact logged through the bot in the overview at once', async () => {
    const token = await tokenFor('Mette Kjærgaard');
    const before = (await get<OverviewResponse>('/api/tab/overview', token)).overview.headline.contactsInPeriod;
    const open = await t.client.execute('logContact.open', { cvr: company.cvr });
    const ids = (open.body.value as { actions: { verb: string; data: Record<string, string> }[] }).actions.find((a) => a.verb === 'logContact.submit')!.data;
    const saved = await t.client.execute('logContact.submit', { ...ids, date: copenhagenDay(new Date()), unit: 'jobcenter', channel: 'telefon', purpose: 'rekruttering' });
    assert.equal(saved.body.statusCode, 200);
    const after = (await get<OverviewResponse>('/api/tab/overview', token)).overview.headline.contactsInPeriod;
    assert.equal(after, before + 1);
  });

  it('another instance sees a new contact after its read model refreshes', async () => {
    const other = await startTestApp(azurite, { config: { tablePrefix: tablePrefixOf(t.stores) } });
    try {
      const before = other.app.readModel.size;
      const open = await t.client.execute('logContact.open', { cvr: company.cvr });
      const ids = (open.body.value as { actions: { verb: string; data: Record<string, string> }[] }).actions.find((a) => a.verb === 'logContact.submit')!.data;
      await t.client.execute('logContact.submit', { ...ids, date: copenhagenDay(new Date()), unit: 'skole', channel: 'moede', purpose: 'aaben-skole' });
      assert.equal(other.app.readModel.size, before, 'not yet: the other instance has not refreshed');
      assert.equal(await other.app.readModel.refresh(), 1);
      assert.equal(other.app.readModel.size, before + 1);
    } finally {
      await other.stop();
    }
  });
  it('protects the manual digest and the plan post, and says when no channel is chosen', async () => {
    const post = async (path: string, token: string) => fetch(`${t.baseUrl}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    assert.equal((await post('/api/tab/digest/run', await tokenFor('Lars Bækgaard'))).status, 403);
    const noChannel = await post('/api/tab/digest/run', await tokenFor('Mette Kjærgaard'));
    assert.equal(noChannel.status, 409);
    assert.match(((await noChannel.json()) as { message: string }).message, /Vælg først en kanal/);
    assert.equal((await post('/api/tab/plans/zzzzzzzzz/post', await tokenFor('Mette Kjærgaard'))).status, 404);
  });
});
