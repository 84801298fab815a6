import assert from 'node:assert/strict';
import { ConfigError, loadConfig, loadStorageConfig } from '../../bot/config.js';
import { configProblems as problems } from '../support/configProblems.js';

const LOCAL = { LOCAL_MODE: 'true', TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true' };
const PROD = {
  NODE_ENV: 'production',
  TABLES_ENDPOINT: 'https://stnorddjurs.table.core.windows.net',
  AZURE_CLIENT_ID: 'mi-client-id',
  BOT_ID: 'mi-client-id',
  BOT_TYPE: 'UserAssignedMSI',
  BOT_TENANT_ID: 'tenant',
  AAD_APP_CLIENT_ID: 'app',
  AAD_APP_TENANT_ID: 'tenant',
  PUBLIC_BASE_URL: 'https://erhverv.azurewebsites.net/',
};

describe('configuration', () => {
  it('runs locally only when local mode is explicit', () => {
    const config = loadConfig(LOCAL);
    assert.equal(config.localMode, true);
    assert.equal(config.bot, null);
    assert.equal(config.port, 3978);
    assert.equal(config.contactWindowDays, 30);
    assert.ok(problems({ TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).some((p) => p.includes('BOT_ID is not set')));
  });

  it('accepts a production setup on managed identity', () => {
    const config = loadConfig(PROD);
    assert.deepEqual(config.storage, { kind: 'endpoint', endpoint: PROD.TABLES_ENDPOINT, managedIdentityClientId: 'mi-client-id' });
    assert.equal(config.bot?.appType, 'UserAssignedMSI');
    assert.equal(config.sso?.authorityHost, 'https://login.microsoftonline.com');
  });

  it('never allows local mode, demo data or the emulator in production', () => {
    assert.ok(problems({ ...PROD, LOCAL_MODE: 'true' }).some((p) => p.includes('LOCAL_MODE cannot be on')));
    assert.ok(problems({ ...PROD, SEED_DEMO_DATA: 'true' }).some((p) => p.includes('SEED_DEMO_DATA cannot be on')));
    assert.ok(problems({ ...PROD, TABLES_ENDPOINT: '', TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).some((p) => p.includes('local emulator')));
  });

  it('names every missing or malformed setting at once', () => {
    const found = problems({ PORT: 'eighty', CONTACT_WINDOW_DAYS: '0', BOT_ID: 'x', BOT_TYPE: 'Weird', TABLE_PREFIX: 'bad-prefix', AAD_APP_CLIENT_ID: 'only-one' });
    for (const part of ['PORT must be', 'CONTACT_WINDOW_DAYS must be', 'BOT_TYPE must be', 'BOT_PASSWORD is required', 'storage is not configured', 'TABLE_PREFIX', 'AAD_APP_CLIENT_ID and AAD_APP_TENANT_ID']) {
      assert.ok(found.some((p) => p.includes(part)), `${part} in ${JSON.stringify(found)}`);
    }
  });

  it('reads the digest schedule and turns Microsoft Graph on only with an identity', () => {
    assert.deepEqual(loadConfig({ ...PROD, DIGEST_SCHEDULE: '5 14:30', GRAPH_ENABLED: 'true' }).digestSchedule, { weekday: 5, time: '14:30' });
    assert.deepEqual(loadConfig({ ...PROD, GRAPH_ENABLED: 'true' }).graph, { managedIdentityClientId: 'mi-client-id' });
    assert.ok(problems({ ...PROD, DIGEST_SCHEDULE: 'mandag 8' }).some((p) => p.includes('DIGEST_SCHEDULE')));
    assert.ok(problems({ ...PROD, AZURE_CLIENT_ID: '', GRAPH_ENABLED: 'true' }).some((p) => p.includes('GRAPH_ENABLED needs AZURE_CLIENT_ID')));
  });

  it('sends activity-feed notices as the tab\'s Entra app only when asked to and fully set', () => {
    assert.equal(loadConfig(PROD).activityFeed ?? null, null);
    assert.deepEqual(loadConfig({ ...PROD, ACTIVITY_FEED_ENABLED: 'true', TEAMS_APP_ID: 'teams-app' }).activityFeed,
      { tenantId: 'tenant', clientId: 'app', managedIdentityClientId: 'mi-client-id', teamsAppId: 'teams-app' });
    assert.ok(problems({ ...PROD, ACTIVITY_FEED_ENABLED: 'true' }).some((p) => p.includes('ACTIVITY_FEED_ENABLED needs')));
  });

  it('points feedback links at the public address: localhost by default in local mode, required and https in production', () => {
    assert.equal(loadConfig(LOCAL).publicBaseUrl, 'http://localhost:3978');
    assert.equal(loadConfig({ ...LOCAL, PORT: '4100' }).publicBaseUrl, 'http://localhost:4100');
    assert.equal(loadConfig(PROD).publicBaseUrl, 'https://erhverv.azurewebsites.net', 'without the trailing slash');
    assert.ok(problems({ ...PROD, PUBLIC_BASE_URL: '' }).some((p) => p.includes('PUBLIC_BASE_URL is not set')));
    assert.ok(problems({ ...PROD, PUBLIC_BASE_URL: 'http://erhverv.azurewebsites.net' }).some((p) => p.includes('must use https')));
    assert.ok(problems({ ...LOCAL, PUBLIC_BASE_URL: 'erhverv.dk' }).some((p) => p.includes('PUBLIC_BASE_URL must be an http(s) address')));
  });

  it('reads the storage settings alone for the import', () => {
    assert.deepEqual(loadStorageConfig({ TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true', TABLE_PREFIX: 'abc' }), {
      storage: { kind: 'connectionString', connectionString: 'UseDevelopmentStorage=true' }, tablePrefix: 'abc',
    });
    assert.throws(() => loadStorageConfig({ TABLES_CONNECTION_STRING: 'a', TABLES_ENDPOINT: 'https://x' }), ConfigError);
  });
});
