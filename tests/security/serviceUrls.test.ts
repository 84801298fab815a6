import assert from 'node:assert/strict';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ConfigError, loadConfig, TEAMS_SERVICE_URLS } from '../../bot/config.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { serviceUrlAllowed } from '../../bot/teams/adapter.js';
import { CaptureServer } from '../support/captureServer.js';
import { testCompany, validCvr } from '../support/companies.js';
import { makeKey, mint, type TestKey } from '../support/jwksServer.js';
import { postJson } from '../support/jsonPost.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const COMPANY = testCompany({ cvr: validCvr(321), name: 'Grenaa Maskinstation ApS' });
const LOCAL = { LOCAL_MODE: 'true', TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true' };
const PROD = {
  NODE_ENV: 'production', TABLES_ENDPOINT: 'https://st.table.core.windows.net', AZURE_CLIENT_ID: 'mi', BOT_ID: 'mi', BOT_TYPE: 'UserAssignedMSI',
  BOT_TENANT_ID: 't', AAD_APP_CLIENT_ID: 'app', AAD_APP_TENANT_ID: 't', PUBLIC_BASE_URL: 'https://erhverv.azurewebsites.net',
};

/** The Bot Framework's key discovery as botbuilder reads it: an OpenID document naming a JWKS with endorsed keys. */
async function openIdServer(key: TestKey): Promise<{ url: string; stop: () => Promise<void> }> {
  let base = '';
  const server = http.createServer((req, res) => {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/openid') res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` }));
    else res.end(JSON.stringify({ keys: [{ ...key.publicJwk, endorsements: ['msteams'] }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
  return { url: `${base}/openid`, stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

describe('security: local mode and the service URLs the bot calls (issue 13, item 3)', function () {
  this.timeout(120_000);

  describe('configuration', () => {
    it('local mode listens on 127.0.0.1 unless LISTEN_HOST says otherwise; elsewhere on every interface', () => {
      assert.equal(loadConfig(LOCAL).listenHost, '127.0.0.1');
      assert.equal(loadConfig({ ...LOCAL, LISTEN_HOST: '0.0.0.0' }).listenHost, '0.0.0.0');
      assert.equal(loadConfig(PROD).listenHost, '0.0.0.0');
    });
    it('outside local mode only the Teams service hosts are allowed by default, and BOT_SERVICE_URLS replaces them', () => {
      assert.deepEqual(loadConfig(PROD).allowedServiceUrls, [...TEAMS_SERVICE_URLS]);
      assert.equal(loadConfig(LOCAL).allowedServiceUrls, null);
      assert.deepEqual(loadConfig({ ...PROD, BOT_SERVICE_URLS: 'https://smba.trafficmanager.net/emea' }).allowedServiceUrls, ['https://smba.trafficmanager.net/emea/']);
      assert.throws(() => loadConfig({ ...PROD, BOT_SERVICE_URLS: 'http://smba.trafficmanager.net/' }), ConfigError, 'http in production');
      assert.throws(() => loadConfig({ ...PROD, BOT_SERVICE_URLS: 'not a url' }), ConfigError);
    });
    it('matches whole hosts and paths, not look-alikes', () => {
      const list = [...TEAMS_SERVICE_URLS];
      for (const ok of ['https://smba.trafficmanager.net/emea/', 'https://smba.trafficmanager.net/teams/', 'https://SMBA.trafficmanager.net/amer/', 'https://smba.infra.gov.teams.microsoft.us/teams']) {
        assert.ok(serviceUrlAllowed(ok, list), ok);
      }
      for (const bad of ['https://smba.trafficmanager.net.evil.example/', 'http://smba.trafficmanager.net/emea/', 'https://evil.example/smba.trafficmanager.net/', 'http://169.254.169.254/', 'not a url', 'https://user@evil.example/']) {
        assert.equal(serviceUrlAllowed(bad, list), false, bad);
      }
    });
  });

  describe('a local-mode server', () => {
    let azurite: RunningAzurite;
    let t: TestApp;
    before(async () => {
      azurite = await startTestAzurite();
      t = await startTestApp(azurite, { config: { listenHost: loadConfig(LOCAL).listenHost } });
    });
    after(async () => {
      await t?.stop();
      await azurite?.stop();
    });
    it('is bound to the loopback interface and says so at start', () => {
      const address = t.app.server.address();
      assert.equal(typeof address === 'object' && address ? address.address : null, '127.0.0.1');
      assert.ok(t.logs.some((l) => /local mode: listening on this machine only/.test(l) && /"host":"127\.0\.0\.1"/.test(l)), t.logs.join('\n'));
    });
  });

  describe('a server with a bot registration, through /api/messages with a signed Bot Framework token', () => {
    let azurite: RunningAzurite;
    let t: TestApp;
    let keys: { url: string; stop: () => Promise<void> };
    const rogue = new CaptureServer();
    let rogueUrl = '';
    const key = makeKey();

    before(async () => {
      keys = await openIdServer(key);
      rogueUrl = await rogue.start();
      azurite = await startTestAzurite();
      t = await startTestApp(azurite, {
        bot: { appId: APP_ID, appPassword: 'not-a-real-secret', appType: 'MultiTenant', tenantId: null, openIdMetadataUrl: keys.url },
        seed: (s) => s.companies.upsertMany([COMPANY]).then(() => undefined),
      });
    });
    after(async () => {
      await t?.stop();
      await azurite?.stop();
      await rogue.stop();
      await keys?.stop();
    });

    /** An invoke as Teams sends it, with a token Teams' channel would sign for that service URL. */
    async function signedInvoke(serviceUrl: string, name: string, value: unknown) {
      const now = Math.floor(Date.now() / 1000);
      const token = await mint(key, { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 });
      return postJson(new URL('/api/messages', t.baseUrl), {
        type: 'invoke', name, id: randomUUID(), channelId: 'msteams', serviceUrl, locale: 'da-DK',
        from: { id: 'u1', name: 'Henrik', aadObjectId: '00000000-0000-4000-8000-000000000002' }, recipient: { id: `28:${APP_ID}`, name: 'bot' },
        conversation: { id: `conv-${randomUUID()}`, conversationType: 'personal' },
        value,
      }, { Authorization: `Bearer ${token}` });
    }
    const cardAction = (serviceUrl: string) =>
      signedInvoke(serviceUrl, 'adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'lookup.choose', data: { cvr: COMPANY.cvr } }, trigger: 'manual' });

    it('gives message-extension results a tap, so that Teams asks for the chosen card afresh (selectItem)', async () => {
      const res = await signedInvoke(t.serviceUrl, 'composeExtension/query', { commandId: 'findCompany', parameters: [{ name: 'query', value: 'Grenaa Maskinstation' }] });
      assert.equal(res.status, 200, res.text.slice(0, 300));
      const preview = JSON.parse(res.text).composeExtension.attachments[0].preview.content;
      assert.deepEqual(preview.tap, { type: 'invoke', title: preview.title, value: { cvr: COMPANY.cvr } });
    });

    it('answers a signed activity from an allowed service URL', async () => {
      const res = await cardAction(t.serviceUrl);
      assert.equal(res.status, 200, res.text.slice(0, 300));
      assert.match(res.text, /Grenaa Maskinstation/);
    });

    it('refuses a signed activity naming another service URL before its turn runs, and sends nothing there', async () => {
      const res = await cardAction(rogueUrl);
      assert.equal(res.status, 403, res.text.slice(0, 300));
      assert.doesNotMatch(res.text, /Grenaa Maskinstation/);
      assert.equal(rogue.received.length, 0);
      assert.ok(t.logs.some((l) => l.includes('Service URL not allowed')), t.logs.join('\n'));
    });
  });
});
