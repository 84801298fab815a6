import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import { newEventId } from '../../bot/domain/contactId.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { testCompany, validCvr } from '../support/companies.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const BOT = { appId: '11111111-2222-3333-4444-555555555555', appPassword: 'not-a-real-secret', appType: 'MultiTenant' as const, tenantId: null };
const NOW = new Date('2026-11-30T10:00:00Z');
const COMPANY = testCompany({ cvr: validCvr(301), name: 'Grenaa Maskinstation ApS' });

/** A raw request, so the test decides every header (fetch would add its own Accept-Encoding, and refuses some bodies). */
function request(base: string, method: string, path: string, headers: Record<string, string | number>, body?: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may answer and close before the whole body is sent.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    req.end(body);
  });
}

describe('security: the HTTP surface of a server with a bot registration (issue 13)', function () {
  this.timeout(120_000);
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { bot: BOT });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  describe('compressed bodies are refused before anything reads them (item 1)', () => {
    // 128 MB of zeros: about 125 kB as gzip, under restify's 256 kB limit, which counts compressed bytes.
    const zeros = Buffer.alloc(128 * 1024 * 1024, 0x20);
    const bombs: [string, Buffer][] = [['gzip', zlib.gzipSync(zeros)], ['deflate', zlib.deflateSync(zeros)], ['br', zlib.brotliCompressSync(zeros)]];
    const routes = [['POST', '/api/messages'], ['POST', '/api/tab/local-auth/token'], ['PUT', '/api/tab/strategy'], ['POST', `/feedback/${'x'.repeat(40)}`]];

    for (const [encoding, body] of bombs) {
      for (const [method, path] of routes) {
        it(`${encoding} on ${method} ${path}: 415, and the server's memory does not grow with the inflated size`, async () => {
          assert.ok(body.length < 256 * 1024, `the ${encoding} body is ${body.length} bytes`);
          global.gc?.();
          const before = process.memoryUsage().rss;
          const contentType = path.startsWith('/feedback') ? 'application/x-www-form-urlencoded' : 'application/json';
          const res = await request(t.baseUrl, method, path, { 'Content-Type': contentType, 'Content-Encoding': encoding, 'Content-Length': body.length }, body);
          const grown = process.memoryUsage().rss - before;
          assert.equal(res.status, 415, res.text.slice(0, 200));
          assert.ok(grown < 64 * 1024 * 1024, `memory grew by ${Math.round(grown / 1048576)} MB`);
        });
      }
    }
  });

  describe('headers (item 10)', () => {
    it('the tab gets a full Content-Security-Policy, framing still limited to Teams', async () => {
      const res = await request(t.baseUrl, 'GET', '/tab/', {});
      assert.equal(res.status, 200);
      const csp = String(res.headers['content-security-policy']);
      for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'", 'frame-ancestors', 'https://teams.microsoft.com']) {
        assert.ok(csp.includes(directive), `${directive} in ${csp}`);
      }
      assert.doesNotMatch(/script-src[^;]*/.exec(csp)?.[0] ?? '', /unsafe/);
    });
    it('JSON answers carry nosniff, and answers outside local mode carry HSTS', async () => {
      for (const [method, path] of [['GET', '/healthz'], ['GET', '/api/tab/me'], ['POST', '/api/messages']]) {
        const res = await request(t.baseUrl, method, path, { 'Content-Type': 'application/json', 'Content-Length': 2 }, Buffer.from('{}'));
        assert.match(String(res.headers['content-type']), /json/, `${path}: ${res.headers['content-type']}`);
        assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
        assert.match(String(res.headers['strict-transport-security']), /max-age=\d{7,}/, path);
      }
    });
  });

  describe('error answers say nothing of the inside (item 4)', () => {
    it('a request without a token is 401 with a neutral body', async () => {
      const body = Buffer.from(JSON.stringify({ type: 'message', text: 'hej', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', conversation: { id: 'x' }, from: { id: 'u' }, recipient: { id: 'b' } }));
      const res = await request(t.baseUrl, 'POST', '/api/messages', { 'Content-Type': 'application/json', 'Content-Length': body.length }, body);
      assert.equal(res.status, 401);
      assert.doesNotMatch(res.text, /Unauthorized Access|authorization header|botframework|Error:/i);
    });
  });
});

describe('security: malformed activities and forged ids in local mode (issue 13, items 4 and 8)', function () {
  this.timeout(120_000);
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { now: () => NOW, seed: (s) => s.companies.upsertMany([COMPANY]).then(() => undefined) });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  const INTERNAL = /Cannot read|undefined|Invalid URL|TypeError|at .*\.js|stack/i;

  it('answers 400 with a neutral body to activities without the parts every activity has', async () => {
    const envelope = { channelId: 'msteams', from: { id: 'u1', name: 'U' }, recipient: { id: 'b1', name: 'B' }, serviceUrl: 'http://127.0.0.1:1/' };
    const cases: Record<string, unknown>[] = [
      { ...envelope, type: 'message', text: 'hjælp' },
      { ...envelope, type: 'message', text: 'hjælp', conversation: { id: 'c1' }, serviceUrl: 'not a url' },
      { ...envelope, type: 'message', text: 'hjælp', conversation: 'c1' },
      { ...envelope, type: 'message', text: 'hjælp', conversation: { id: 'c1' }, serviceUrl: 42 },
      { ...envelope, type: 'invoke', name: 'adaptiveCard/action', conversation: { id: 'c1' }, value: 'not an object' },
    ];
    for (const activity of cases) {
      const body = Buffer.from(JSON.stringify(activity));
      const res = await request(t.baseUrl, 'POST', '/api/messages', { 'Content-Type': 'application/json', 'Content-Length': body.length }, body);
      assert.equal(res.status, 400, `${JSON.stringify(activity).slice(0, 160)} → ${res.status} ${res.text.slice(0, 160)}`);
      assert.doesNotMatch(res.text, INTERNAL);
    }
  });

  it('answers a card action whose value is not a proper object with the invoke error Teams expects', async () => {
    for (const value of ['not an object', {}, { action: 'x' }, { action: null }, [], 7]) {
      const res = await t.client.activity({ type: 'invoke', name: 'adaptiveCard/action', value });
      assert.equal(res, 400, `value ${JSON.stringify(value)}: HTTP ${res}`);
    }
    const { postJson } = await import('../support/jsonPost.js');
    const { status, text } = await postJson(new URL('/api/messages', t.baseUrl), {
      type: 'invoke', name: 'adaptiveCard/action', value: {}, channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/',
      conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'b1' },
    });
    assert.equal(status, 400);
    const body = JSON.parse(text) as { statusCode: number; type: string; value: { code: string; message: string } };
    assert.equal(body.statusCode, 400);
    assert.equal(body.type, 'application/vnd.microsoft.error');
    assert.equal(body.value.code, 'BadRequest');
    assert.doesNotMatch(body.value.message, INTERNAL);
  });

  it('refuses a contact id minted in the future: nothing is stored, the card comes back with fresh ids', async () => {
    const open = await t.client.execute('logContact.open', { cvr: COMPANY.cvr });
    const submit = (open.body.value as { actions?: { verb?: string; data?: Record<string, unknown> }[] }).actions?.find((a) => a.verb === 'logContact.submit')?.data;
    assert.ok(submit);
    const form = { date: '2026-11-28', unit: 'jobcenter', channel: 'telefon', purpose: 'virksomhedspraktik', outcome: 'Aftale', note: '', rating: '4' };
    for (const at of [Date.UTC(2099, 5, 1), NOW.getTime() + 60 * 60 * 1000]) {
      const forged = newEventId(at);
      const res = await t.client.execute('logContact.submit', { ...submit, ...form, contactId: forged });
      assert.equal(res.body.statusCode, 200);
      assert.doesNotMatch(JSON.stringify(res.body.value), /Kontakten er gemt/);
      assert.equal((await t.stores.history.read(COMPANY.cvr)).contacts.some((c) => c.id === forged), false, `id of ${new Date(at).toISOString()} not stored`);
      assert.deepEqual(await t.stores.journal.listMonth(new Date(at).toISOString().slice(0, 7)), []);
    }
    // A card minted a minute ahead (another instance's clock) is still fine.
    const slightlyAhead = t.app.stores.journal.mintContactId(NOW.getTime() + 60_000);
    const ok = await t.client.execute('logContact.submit', { ...submit, ...form, contactId: slightlyAhead });
    assert.match(JSON.stringify(ok.body.value), /Kontakten er gemt/);
  });

  it('refuses an opt-out id minted in the future', async () => {
    const forged = newEventId(Date.UTC(2099, 5, 1));
    await t.client.execute('optOut.submit', { cvr: COMPANY.cvr, optOutId: forged, optOutScope: 'all', optOutReason: 'Ønsker ikke kontakt' });
    assert.equal(await t.stores.history.getOptOut(COMPANY.cvr, forged), null);
  });
});
