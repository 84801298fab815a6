import assert from 'node:assert/strict';
import JSZip from 'jszip';
import type { MeResponse, OverviewResponse, PlanListResponse, SavedPlan, GeneratePlanResponse, OptOutListResponse, CompanyResponse } from '../../bot/contract/api.js';
import { generateDemoData } from '../../bot/demo/index.js';
import { addDays, copenhagenDay } from '../../bot/domain/danishTime.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { StaticUserDirectory } from '../../bot/services/userDirectory.js';
import { entraV2Claims, JwksServer, makeKey, mint, type Claims } from '../support/jwksServer.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const TENANT = 'b1a2c3d4-0000-4000-8000-000000000707';
const CLIENT = 'e7c0a1b2-0000-4000-8000-00000000c0de';
const COORDINATOR_GROUP = 'a0a0a0a0-0000-4000-8000-00000000900d';
const STAFF_OID = '5d0e6a1c-0000-4000-8000-000000000001';
const COORD_OID = '5d0e6a1c-0000-4000-8000-000000000002';
const NOW = new Date();
const DEMO = generateDemoData({ now: NOW, companyCount: 400, seed: 17 });

describe('The tab API behind real token validation', function () {
  this.timeout(60_000);
  const key = makeKey();
  const jwks = new JwksServer(TENANT, [key]);
  let azurite: RunningAzurite;
  let t: TestApp;
  let claims: (overrides?: Claims) => Claims;

  before(async () => {
    const authorityHost = await jwks.start();
    claims = (overrides = {}) => entraV2Claims({ authorityHost, tenantId: TENANT, clientId: CLIENT }, overrides);
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, {
      bot: { appId: CLIENT, appPassword: 'x', appType: 'MultiTenant', tenantId: null },
      config: { sso: { clientId: CLIENT, tenantId: TENANT, authorityHost, coordinatorGroupId: COORDINATOR_GROUP } },
      deps: { users: new StaticUserDirectory(new Map([[STAFF_OID, 'skole'], [COORD_OID, 'erhverv']])) },
      seed: async (s) => {
        await s.companies.upsertMany(DEMO.companies);
        await s.history.upsertContacts(DEMO.contacts);
        await s.journal.upsertMany(DEMO.contacts);
        await s.history.upsertOptOuts(DEMO.optOuts);
        await s.optOutRegister.upsertMany(DEMO.optOuts);
      },
    });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
    await jwks.stop();
  });

  const staff = () => mint(key, claims({ oid: STAFF_OID, name: 'Lars Bækgaard' }));
  const coordinator = () => mint(key, claims({ oid: COORD_OID, name: 'Mette Kjærgaard', groups: [COORDINATOR_GROUP] }));

  async function call<T>(path: string, token: string | null, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T; headers: Headers }> {
    const res = await fetch(`${t.baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    const type = res.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
    return { status: res.status, body: body as T, headers: res.headers };
  }

  describe('tokens', () => {
    it('accepts a valid staff token and tells who is calling', async () => {
      const r = await call<MeResponse>('/api/tab/me', await staff());
      assert.equal(r.status, 200);
      assert.deepEqual([r.body.name, r.body.isCoordinator, r.body.unit, r.body.local], ['Lars Bækgaard', false, 'skole', false]);
    });
    const refusals: [string, () => Promise<string | null>, number, string][] = [
      ['no token', async () => null, 401, 'missing_token'],
      ['an expired token', () => mint(key, claims({ exp: Math.floor(Date.now() / 1000) - 600 })), 401, 'expired'],
      ['a token for another audience', () => mint(key, claims({ aud: 'api://someone-else' })), 401, 'wrong_audience'],
      ['a token from another tenant', () => mint(key, claims({ tid: '99999999-0000-4000-8000-000000000000' })), 401, 'wrong_tenant'],
      ['a token without the access_as_user scope', () => mint(key, claims({ scp: 'User.Read' })), 403, 'missing_scope'],
      ['a token signed by a key Entra never published', () => mint(makeKey(key.kid), claims()), 401, 'invalid_signature'],
    ];
    for (const [what, token, status, code] of refusals) {
      it(`refuses ${what}`, async () => {
        const r = await call<{ error: string }>('/api/tab/overview', await token());
        assert.equal(r.status, status);
        assert.equal(r.body.error, code);
      });
    }
  });

  describe('roles', () => {
    it('refuses staff on every coordinator endpoint', async () => {
      const token = await staff();
      for (const [method, path] of [['POST', '/api/tab/plans/generate'], ['POST', '/api/tab/plans'], ['POST', `/api/tab/optouts/${DEMO.optOuts[0].cvr}/${DEMO.optOuts[0].id}/revoke`]]) {
        const r = await call<{ error: string; message: string }>(path, token, { method, body: {} });
        assert.equal(r.status, 403, `${method} ${path}`);
        assert.match(r.body.message, /Kun erhvervskoordinatoren/);
      }
    });

    it('lets staff register an opt-out, as the bot does, but not revoke it', async () => {
      const token = await staff();
      // The last such company: the coordinator's test below takes the first.
      const cvr = DEMO.companies.filter((c) => !DEMO.optOuts.some((o) => o.cvr === c.cvr)).at(-1)?.cvr ?? '';
      const created = await call<{ id: string; registeredBy: string }>('/api/tab/optouts', token, { method: 'POST', body: { cvr, scope: { kind: 'all' }, reason: 'Bad om ikke at blive ringet op', source: 'telefon' } });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      const listed = await call<{ optOuts: { id: string; cvr: string }[] }>(`/api/tab/optouts?q=${cvr}`, token);
      assert.ok(listed.body.optOuts.some((o) => o.id === created.body.id), 'in the register at once');
      const revoke = await call<{ message: string }>(`/api/tab/optouts/${cvr}/${created.body.id}/revoke`, token, { method: 'POST', body: { reason: 'fortrudt' } });
      assert.equal(revoke.status, 403);
      assert.match(revoke.body.message, /Kun erhvervskoordinatoren/);
    });

    it('gives staff their own unit\'s figures only, whatever they ask for', async () => {
      const r = await call<OverviewResponse>('/api/tab/overview?unit=jobcenter', await staff());
      assert.equal(r.status, 200);
      assert.equal(r.body.unit, 'skole');
    });
  });

  describe('overview', () => {
    it('counts the contacts of the default 90 days, as the seeded data has them', async () => {
      const r = await call<OverviewResponse>('/api/tab/overview', await coordinator());
      const today = copenhagenDay(NOW);
      const from = addDays(today, -89);
      const expected = DEMO.contacts.filter((c) => c.date >= from && c.date <= today).length;
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.period, { from, to: today });
      assert.equal(r.body.overview.headline.contactsInPeriod, expected);
      assert.equal(r.body.contactsInModel, DEMO.contacts.length);
      assert.ok(r.body.overview.coverage.bySection.length > 0);
    });

    it('refuses a malformed period in Danish', async () => {
      const r = await call<{ message: string }>('/api/tab/overview?from=2026-13-01&to=2026-01-01', await coordinator());
      assert.equal(r.status, 400);
      assert.match(r.body.message, /Perioden er ikke gyldig/);
    });

    it('exports the overview as CSV and as Excel', async () => {
      const csv = await call<Buffer>('/api/tab/overview/export?format=csv', await coordinator());
      assert.equal(csv.status, 200);
      const text = csv.body.toString('utf8');
      assert.ok(text.startsWith('\uFEFF'), 'BOM for Excel');
      assert.match(text, /A Parallelle kontakter/);
      assert.match(text, /Virksomhed;CVR;Seneste kontakt/);
      const xlsx = await call<Buffer>('/api/tab/overview/export?format=xlsx', await coordinator());
      assert.equal(xlsx.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const zip = await JSZip.loadAsync(xlsx.body);
      const workbook = await zip.file('xl/workbook.xml')!.async('string');
      assert.match(workbook, /name="B Tavse virksomheder"/);
      assert.equal(Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).length, 5);
    });

  });

  describe('company page and opt-out register', () => {
    it('shows a company\'s whole history and its opt-outs', async () => {
      const optOut = DEMO.optOuts[0];
      const r = await call<CompanyResponse>(`/api/tab/companies/${optOut.cvr}`, await staff());
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.optOuts.map((o) => o.id).sort(), DEMO.optOuts.filter((o) => o.cvr === optOut.cvr).map((o) => o.id).sort());
      assert.equal(r.body.contacts.length, DEMO.contacts.filter((c) => c.cvr === optOut.cvr).length);
      assert.equal((await call('/api/tab/companies/12345678', await staff())).status, 400);
    });

    it('registers and revokes an opt-out (coordinator), keeping the history', async () => {
      const token = await coordinator();
      const cvr = DEMO.companies.find((c) => !DEMO.optOuts.some((o) => o.cvr === c.cvr))!.cvr;
      const bad = await call<{ fields: Record<string, string> }>('/api/tab/optouts', token, { method: 'POST', body: { cvr, scope: { kind: 'units', units: [] }, reason: '' } });
      assert.equal(bad.status, 400);
      assert.ok(bad.body.fields.optOutUnits || bad.body.fields.optOutReason);
      const created = await call<{ id: string; registeredBy: string }>('/api/tab/optouts', token, { method: 'POST', body: { cvr, scope: { kind: 'all' }, reason: 'Ringede og bad om fred', source: 'telefon' } });
      assert.equal(created.status, 200);
      assert.equal(created.body.registeredBy, 'Mette Kjærgaard');
      const listed = await call<OptOutListResponse>(`/api/tab/optouts?q=${cvr}`, token);
      assert.equal(listed.body.optOuts.length, 1);
      const revoked = await call<{ revokedBy: string }>(`/api/tab/optouts/${cvr}/${created.body.id}/revoke`, token, { method: 'POST', body: { reason: 'Fejlregistrering' } });
      assert.equal(revoked.body.revokedBy, 'Mette Kjærgaard');
      const revokedList = await call<OptOutListResponse>(`/api/tab/optouts?status=revoked&q=${cvr}`, token);
      assert.equal(revokedList.body.optOuts.length, 1);
    });
  });

  describe('plans', () => {
    it('suggests, saves with history, lists and exports a plan', async () => {
      const token = await coordinator();
      const suggestion = await call<GeneratePlanResponse>('/api/tab/plans/generate', token, { method: 'POST', body: { size: 20 } });
      assert.equal(suggestion.status, 200);
      assert.equal(suggestion.body.items.length, 20);
      const items = suggestion.body.items.slice(1).map((i, n) => (n === 0 ? { ...i, unit: i.optedOutUnits.includes('skole') ? i.unit : 'skole', flags: [...i.flags, 'reassigned'] } : i));
      const saved = await call<SavedPlan>('/api/tab/plans', token, { method: 'POST', body: { items, note: 'December' } });
      assert.equal(saved.status, 200);
      assert.equal(saved.body.items.length, 19);
      const second = await call<SavedPlan>('/api/tab/plans', token, { method: 'POST', body: { items: items.slice(0, 5) } });
      const list = await call<{ plans: { id: string; itemCount: number }[] }>('/api/tab/plans', await staff());
      assert.deepEqual(list.body.plans.slice(0, 2).map((p) => p.id), [second.body.id, saved.body.id], 'newest first, the history kept');
      const fetched = await call<SavedPlan>(`/api/tab/plans/${saved.body.id}`, token);
      assert.deepEqual(fetched.body.items, saved.body.items);
      const csv = await call<Buffer>(`/api/tab/plans/${saved.body.id}/export?format=csv`, token);
      assert.match(csv.body.toString('utf8'), new RegExp(items[1].companyName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      const xlsx = await call<Buffer>(`/api/tab/plans/${saved.body.id}/export?format=xlsx`, token);
      const sheet = await (await JSZip.loadAsync(xlsx.body)).file('xl/worksheets/sheet1.xml')!.async('string');
      assert.match(sheet, /Begrundelser/);
    });

    it('refuses to save a plan that points a unit at a company that declined it', async () => {
      const token = await coordinator();
      const optOut = DEMO.optOuts.find((o) => o.revokedAt === null && o.scope.kind === 'all')!;
      const company = DEMO.companies.find((c) => c.cvr === optOut.cvr)!;
      const item = { cvr: company.cvr, companyName: company.name, unit: 'jobcenter', person: null, reasons: [{ code: 'addedByCoordinator' }], score: 0, advertisingProtected: false, flags: ['manual'], optedOutUnits: [], section: null, area: null, employeeBand: null };
      const r = await call<{ message: string }>('/api/tab/plans', token, { method: 'POST', body: { items: [item] } });
      assert.equal(r.status, 400);
      assert.match(r.body.message, /har frabedt sig kontakt/);
      const malformed = await call<{ message: string }>('/api/tab/plans', token, { method: 'POST', body: { items: [{ cvr: 'x' }] } });
      assert.equal(malformed.status, 400);
      const other = DEMO.companies.find((c) => !DEMO.optOuts.some((o) => o.cvr === c.cvr))!;
      const twice = { ...item, cvr: other.cvr, companyName: other.name };
      const duplicate = await call<{ message: string }>('/api/tab/plans', token, { method: 'POST', body: { items: [twice, twice] } });
      assert.equal(duplicate.status, 400);
      assert.match(duplicate.body.message, /står i planen to gange/);
    });

    it('saves an edited plan as a new version, keeps the old one, and refuses a stale edit or an opted-out row', async () => {
      const token = await coordinator();
      const { body: suggestion } = await call<GeneratePlanResponse>('/api/tab/plans/generate', token, { method: 'POST', body: { size: 8 } });
      const v1 = (await call<SavedPlan>('/api/tab/plans', token, { method: 'POST', body: { items: suggestion.items, note: 'Januar' } })).body;
      assert.deepEqual([v1.planId, v1.version], [v1.id, 1]);
      const edited = suggestion.items.slice(1);
      const r2 = await call<SavedPlan>('/api/tab/plans', token, { method: 'POST', body: { items: edited, note: 'Januar, rettet', basedOn: v1.id } });
      assert.equal(r2.status, 200);
      const v2 = r2.body;
      assert.deepEqual([v2.planId, v2.version, v2.items.length], [v1.id, 2, suggestion.items.length - 1]);
      assert.notEqual(v2.id, v1.id);
      const old = await call<SavedPlan>(`/api/tab/plans/${v1.id}`, token);
      assert.deepEqual([old.body.version, old.body.items.length], [1, suggestion.items.length], 'the old version is kept as it was');
      assert.equal((await call<Buffer>(`/api/tab/plans/${v1.id}/export?format=csv`, token)).status, 200);
      const v2csv = await call<Buffer>(`/api/tab/plans/${v2.id}/export?format=csv`, token);
      assert.match(v2csv.headers.get('content-disposition') ?? '', /plan-\d{4}-\d{2}-\d{2}-version-2\.csv/, 'a version does not overwrite the first one\'s file');

      const forbidden = await call<{ error: string }>('/api/tab/plans', await staff(), { method: 'POST', body: { items: edited, basedOn: v2.id } });
      assert.equal(forbidden.status, 403);
      const other = mint(key, claims({ oid: COORD_OID, name: 'Jens Holm', groups: [COORDINATOR_GROUP] }));
      const v3 = await call<SavedPlan>('/api/tab/plans', await other, { method: 'POST', body: { items: edited.slice(1), basedOn: v2.id } });
      assert.deepEqual([v3.status, v3.body.version], [200, 3]);
      const stale = await call<{ error: string; message: string }>('/api/tab/plans', token, { method: 'POST', body: { items: edited, basedOn: v2.id } });
      assert.equal(stale.status, 409);
      assert.match(stale.body.message, /Jens Holm har gemt en nyere version af planen \(version 3\)/);

      const optOut = DEMO.optOuts.find((o) => o.revokedAt === null && o.scope.kind === 'all')!;
      const refused = { ...edited[0], cvr: optOut.cvr, companyName: DEMO.companies.find((c) => c.cvr === optOut.cvr)!.name };
      const optedOut = await call<{ message: string }>('/api/tab/plans', token, { method: 'POST', body: { items: [...edited.slice(1), refused], basedOn: v3.body.id } });
      assert.equal(optedOut.status, 400);
      assert.match(optedOut.body.message, /har frabedt sig kontakt/);
      assert.equal((await call('/api/tab/plans', token, { method: 'POST', body: { items: edited, basedOn: 'findesikke' } })).status, 404);

      // Two editors saving over the same version at once: one gets version 4, the other is told, nothing doubled.
      const both = await Promise.all([token, await other].map((tk) => call<SavedPlan>('/api/tab/plans', tk, { method: 'POST', body: { items: edited, basedOn: v3.body.id } })));
      assert.deepEqual(both.map((r) => r.status).sort(), [200, 409]);

      const list = await call<PlanListResponse>('/api/tab/plans', await staff());
      const mine = list.body.plans.filter((p) => p.planId === v1.id);
      assert.deepEqual(mine.map((p) => p.version), [4, 3, 2, 1], 'every version kept, newest first, nothing half-written');
      const at = list.body.plans.findIndex((p) => p.planId === v1.id);
      assert.deepEqual(list.body.plans.slice(at, at + 4).map((p) => p.planId), [v1.id, v1.id, v1.id, v1.id], 'versions listed together');
    });
  });
});
