import assert from 'node:assert/strict';
import type { ProposalListResponse, ProposalView, QualityResponse } from '../../bot/contract/api.js';
import type { Contact } from '../../bot/domain/contact.js';
import { newEventId } from '../../bot/domain/contactId.js';
import type { CompanyFeedback } from '../../bot/domain/feedback.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { StaticUserDirectory } from '../../bot/services/userDirectory.js';
import { testCompany, validCvr } from '../support/companies.js';
import { dayContact } from '../support/domainFixtures.js';
import { entraV2Claims, JwksServer, makeKey, mint, type Claims } from '../support/jwksServer.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const TENANT = 'b1a2c3d4-0000-4000-8000-000000000707';
const CLIENT = 'e7c0a1b2-0000-4000-8000-00000000c0de';
const COORDINATOR_GROUP = 'a0a0a0a0-0000-4000-8000-00000000900d';
const METTE = '5d0e6a1c-0000-4000-8000-000000000002';
const OLE = '5d0e6a1c-0000-4000-8000-000000000003';
const LARS = '5d0e6a1c-0000-4000-8000-000000000001';
/** Monday 30 November 2026, 10:00 in Copenhagen. */
const NOW = new Date('2026-11-30T09:00:00Z');

const [A, B, C] = [validCvr(701), validCvr(702), validCvr(703)];
const companies = [testCompany({ cvr: A, name: 'Grenaa Maskinstation ApS' }), testCompany({ cvr: B, name: 'Anholt Havnekro' }), testCompany({ cvr: C, name: 'Djurs Rengøring' })];

function rated(cvr: string, unit: string, date: string, rating: number, purpose: string): Contact {
  const createdAt = `${date}T10:00:00Z`;
  return dayContact(newEventId(Date.parse(createdAt)), cvr, unit, date, { rating, purpose, createdAt });
}

const contacts: Contact[] = [
  rated(A, 'jobcenter', '2026-03-10', 5, 'virksomhedspraktik'),
  rated(A, 'jobcenter', '2026-10-12', 4, 'virksomhedspraktik'),
  rated(B, 'skole', '2026-09-01', 4, 'aaben-skole'),
  rated(B, 'skole', '2026-11-02', 5, 'aaben-skole'),
  rated(C, 'erhverv', '2026-06-15', 3, 'erhvervsservice'),
];

const answers: CompanyFeedback[] = [
  {
    id: 'fb1', cvr: A, linkId: 'l1', receivedAt: '2026-11-20T08:00:00Z', date: '2026-11-20', unit: 'jobcenter', purpose: 'virksomhedspraktik',
    rating: 2, recommend: 4, comment: 'For mange opkald fra forskellige afdelinger', wish: 'fewer',
  },
  {
    id: 'fb2', cvr: B, linkId: 'l2', receivedAt: '2026-11-25T12:00:00Z', date: '2026-11-25', unit: null, purpose: null,
    rating: 5, recommend: 10, comment: 'Godt samarbejde', wish: 'same',
  },
];

describe('The tab API: quality and the proposals log', function () {
  this.timeout(60_000);
  const key = makeKey();
  const jwks = new JwksServer(TENANT, [key]);
  const asked: [string, string][] = [];
  let azurite: RunningAzurite;
  let t: TestApp;
  let claims: (overrides?: Claims) => Claims;

  before(async () => {
    const authorityHost = await jwks.start();
    claims = (overrides = {}) => entraV2Claims({ authorityHost, tenantId: TENANT, clientId: CLIENT }, overrides);
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, {
      now: () => NOW,
      bot: { appId: CLIENT, appPassword: 'x', appType: 'MultiTenant', tenantId: null },
      config: { sso: { clientId: CLIENT, tenantId: TENANT, authorityHost, coordinatorGroupId: COORDINATOR_GROUP } },
      deps: {
        users: new StaticUserDirectory(new Map([[LARS, 'skole'], [METTE, 'erhverv'], [OLE, 'erhverv']])),
        companyFeedback: async (from, to) => {
          asked.push([from, to]);
          return answers.filter((a) => a.date >= from && a.date <= to);
        },
      },
      seed: async (s) => {
        await s.companies.upsertMany(companies);
        await s.journal.upsertMany(contacts);
      },
    });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
    await jwks.stop();
  });

  const staff = () => mint(key, claims({ oid: LARS, name: 'Lars Bækgaard' }));
  const mette = () => mint(key, claims({ oid: METTE, name: 'Mette Kjærgaard', groups: [COORDINATOR_GROUP] }));
  const ole = () => mint(key, claims({ oid: OLE, name: 'Ole Brandt', groups: [COORDINATOR_GROUP] }));

  async function call<T>(path: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
    const res = await fetch(`${t.baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as T };
  }

  describe('quality', () => {
    it('gives the coordinator the last twelve months from both sources, asking the feedback port from the look-back on', async () => {
      asked.length = 0;
      const r = await call<QualityResponse>('/api/tab/quality', await mette());
      assert.equal(r.status, 200);
      assert.deepEqual(r.body.period, { from: '2025-12-01', to: '2026-11-30' });
      assert.deepEqual(asked, [['2023-12-01', '2026-11-30']]);
      const q = r.body.quality;
      assert.equal(q.months.length, 12);
      assert.deepEqual([q.overall.staff.count, q.overall.company.count, q.overall.all.count], [5, 2, 7]);
      assert.deepEqual(q.months.at(-1)?.all, { count: 3, average: 4, fewAnswers: false });
      assert.deepEqual(q.recommend && [q.recommend.count, q.recommend.score], [2, 0]);
      assert.deepEqual(q.comments.map((c) => [c.companyName, c.comment]), [
        ['Anholt Havnekro', 'Godt samarbejde'], ['Grenaa Maskinstation ApS', 'For mange opkald fra forskellige afdelinger'],
      ]);
      assert.deepEqual(q.falling.map((f) => [f.companyName, f.before, f.now, f.unit, f.source]), [['Grenaa Maskinstation ApS', 4.5, 2, 'jobcenter', 'company']]);
      assert.equal(q.counts.wishFewer, 1);
    });

    it('gives staff their own unit\'s figures only, whatever they ask for', async () => {
      const r = await call<QualityResponse>('/api/tab/quality?unit=jobcenter&from=2026-09-01&to=2026-11-30', await staff());
      assert.equal(r.status, 200);
      assert.equal(r.body.unit, 'skole');
      assert.deepEqual(r.body.quality.byUnit.map((u) => [u.key, u.rating.count]), [['skole', 2]]);
      assert.deepEqual(r.body.quality.falling, []);
      assert.deepEqual(r.body.quality.comments, [], 'the answer without a unit is not put down to the school');
    });

    it('refuses a bad period or an unknown unit in Danish', async () => {
      const bad = await call<{ message: string }>('/api/tab/quality?from=2026-11-30&to=2026-01-01', await mette());
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /Perioden er ikke gyldig/);
      const unit = await call<{ message: string }>('/api/tab/quality?unit=kantinen', await mette());
      assert.deepEqual([unit.status, unit.body.message], [400, 'Ukendt enhed.']);
    });
  });

  describe('proposals', () => {
    const body = {
      title: 'Én indgang til Grenaa Maskinstation', text: 'Jobcentret samler henvendelserne; de andre enheder går gennem dem.',
      evidence: { kind: 'feedbackTrend', reference: A, summary: 'Vurdering faldet fra 4,5 til 2 (20. november 2026, Jobcentret).' },
    };
    let created: ProposalView;

    it('lets only the coordinator write, and explains what is missing in Danish', async () => {
      const refused = await call<{ message: string }>('/api/tab/proposals', await staff(), { method: 'POST', body });
      assert.equal(refused.status, 403);
      const invalid = await call<{ message: string; fields: Record<string, string> }>('/api/tab/proposals', await mette(), {
        method: 'POST', body: { title: '', text: 'x', evidence: { kind: 'company', reference: '12345678', summary: '' } },
      });
      assert.equal(invalid.status, 400);
      assert.equal(invalid.body.message, 'Forslaget er ikke gemt. Ret de markerede felter.');
      assert.deepEqual(invalid.body.fields, {
        title: 'Skriv en titel.', evidenceReference: 'Angiv virksomhedens CVR-nummer.', evidenceSummary: 'Skriv kort, hvad tallene viste.',
      });
    });

    it('creates a proposal that everyone can read, open first', async () => {
      const r = await call<ProposalView>('/api/tab/proposals', await mette(), { method: 'POST', body });
      assert.equal(r.status, 200);
      created = r.body;
      assert.deepEqual([created.status, created.open, created.createdBy.name, created.createdAt], ['ny', true, 'Mette Kjærgaard', NOW.toISOString()]);
      assert.deepEqual(created.nextStatuses, ['under-behandling', 'besluttet', 'afvist']);
      assert.ok(created.etag);
      const listed = await call<ProposalListResponse>('/api/tab/proposals', await staff());
      assert.equal(listed.status, 200);
      assert.deepEqual(listed.body.proposals.map((p) => p.title), [body.title]);
      assert.equal((await call<ProposalView>(`/api/tab/proposals/${created.id}`, await staff())).body.evidence.summary, body.evidence.summary);
      assert.equal((await call('/api/tab/proposals/findes-ikke', await staff())).status, 404);
    });

    it('answers 409 when a second coordinator changes a status someone changed after they read it', async () => {
      const [metteView, oleView] = [created, (await call<ProposalView>(`/api/tab/proposals/${created.id}`, await ole())).body];
      assert.equal(oleView.etag, metteView.etag);
      const first = await call<ProposalView>(`/api/tab/proposals/${created.id}/status`, await mette(), {
        method: 'POST', body: { status: 'under-behandling', note: 'Tages op på koordinatormødet', etag: metteView.etag },
      });
      assert.equal(first.status, 200);
      assert.equal(first.body.status, 'under-behandling');
      const second = await call<{ error: string; message: string }>(`/api/tab/proposals/${created.id}/status`, await ole(), {
        method: 'POST', body: { status: 'afvist', note: 'Ikke nødvendigt', etag: oleView.etag },
      });
      assert.equal(second.status, 409);
      assert.equal(second.body.error, 'conflict');
      assert.equal(second.body.message, 'Mette Kjærgaard har ændret forslaget i mellemtiden: status er nu "Under behandling". Se den nye status, og prøv igen.');
      const stored = await call<ProposalView>(`/api/tab/proposals/${created.id}`, await ole());
      assert.deepEqual(stored.body.history.map((h) => [h.to, h.by.name, h.note]), [
        ['ny', 'Mette Kjærgaard', null], ['under-behandling', 'Mette Kjærgaard', 'Tages op på koordinatormødet'],
      ]);
      created = stored.body;
    });

    it('refuses a move the status does not allow, and a rejection without a reason', async () => {
      const jump = await call<{ fields: Record<string, string> }>(`/api/tab/proposals/${created.id}/status`, await ole(), {
        method: 'POST', body: { status: 'gennemfoert', etag: created.etag },
      });
      assert.equal(jump.status, 400);
      assert.equal(jump.body.fields.status, 'Et forslag med status "Under behandling" kan ikke få status "Gennemført".');
      const bare = await call<{ fields: Record<string, string> }>(`/api/tab/proposals/${created.id}/status`, await ole(), {
        method: 'POST', body: { status: 'afvist', etag: created.etag },
      });
      assert.equal(bare.body.fields.note, 'Skriv, hvorfor forslaget afvises.');
      const staffTry = await call(`/api/tab/proposals/${created.id}/status`, await staff(), { method: 'POST', body: { status: 'besluttet', etag: created.etag } });
      assert.equal(staffTry.status, 403);
    });

    it('filters the log by status: open by default, closed ones with "all" or their own status', async () => {
      const rejected = await call<ProposalView>(`/api/tab/proposals/${created.id}/status`, await ole(), {
        method: 'POST', body: { status: 'afvist', note: 'Enhederne har allerede en aftale', etag: created.etag },
      });
      assert.equal(rejected.status, 200);
      assert.equal(rejected.body.open, false);
      const titles = async (q: string) => (await call<ProposalListResponse>(`/api/tab/proposals${q}`, await staff())).body.proposals.map((p) => p.id);
      assert.deepEqual(await titles(''), []);
      assert.deepEqual(await titles('?status=all'), [created.id]);
      assert.deepEqual(await titles('?status=afvist'), [created.id]);
      assert.equal((await call('/api/tab/proposals?status=lukket', await staff())).status, 400);
    });
  });
});
