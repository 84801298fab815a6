import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../bot/config.js';
import { findRoot, parseDotenv, PLACEHOLDER } from '../../bot/scripts/packageApp.js';
import { TABLE_NAMES } from '../../bot/store/tableSet.js';

/**
 * infra/azure.bicep cannot be compiled here (the Bicep CLI is downloaded on first use), so these
 * tests read it as text: the resources and security settings the README promises, and app settings
 * that the server's own config loader accepts.
 */

const root = findRoot(__dirname);
const read = (rel: string): string => readFileSync(join(root, rel), 'utf8');
const bicep = read('infra/azure.bicep').split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
const devEnv = parseDotenv(read('env/.env.dev'));
const parameters = JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: string }> };

/** The body of the first `{ ... }` that follows `marker`, braces matched. */
function blockAfter(marker: string): string {
  const at = bicep.indexOf(marker);
  assert.ok(at >= 0, `${marker} in azure.bicep`);
  const open = bicep.indexOf('{', at);
  let depth = 0;
  for (let i = open; i < bicep.length; i++) {
    if (bicep[i] === '{') depth++;
    if (bicep[i] === '}' && --depth === 0) return bicep.slice(open + 1, i);
  }
  throw new Error(`unbalanced braces after ${marker}`);
}

const resource = (type: string): string => blockAfter(`'${type}@`);
/** The web app's settings: the `properties` block of the sites/config 'appsettings' resource. */
const appSettings = new Map([...blockAfter("name: 'appsettings'").matchAll(/^\s+(\w+): (.+)$/gm)].map((m) => [m[1], m[2].trim()]));

/** Settings the platform or Application Insights read, not the server. */
const PLATFORM_SETTINGS = new Set([
  'WEBSITE_RUN_FROM_PACKAGE', 'SCM_DO_BUILD_DURING_DEPLOYMENT', 'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
]);
/** Server keys deliberately not set in Azure, and why. A key must be here or in the app settings. */
const LEFT_TO_DEFAULT: Record<string, string> = {
  PORT: 'App Service sets PORT for the Node container itself',
  TABLES_CONNECTION_STRING: 'production uses TABLES_ENDPOINT and the managed identity, never a key',
  BOT_PASSWORD: 'the bot is a user-assigned managed identity and has no password',
  TABLE_PREFIX: 'empty in production: the Bicep creates the tables under their plain names',
  BOT_LOCALE: 'auto in production: answers follow each user\'s Teams language',
  DIGEST_SCHEDULE: 'Monday 08:00 by default; an app setting added in the portal changes it',
  LOG_LEVEL: 'info in production; an app setting added in the portal raises it to debug while investigating',
  GRAPH_ENABLED: 'off until an administrator grants the identity User.Read.All and GroupMember.Read.All (README, Deploy)',
  LISTEN_HOST: 'every interface outside local mode: App Service forwards to the container',
  BOT_SERVICE_URLS: 'the documented Teams service hosts by default (docs/security.md)',
  CVR_URL: 'the CVR sync is off until Erhvervsstyrelsen grants access; docs/cvr-sync.md says which settings to add then',
  CVR_USER: 'the CVR sync is off until Erhvervsstyrelsen grants access (docs/cvr-sync.md)',
  CVR_PASSWORD: 'added as a Key Vault reference once access is granted, never in the repo (docs/cvr-sync.md)',
  CVR_MUNICIPALITY_CODES: '707 (Norddjurs) by default',
  CVR_DELTA_MINUTES: 'hourly by default',
  CVR_FULL_DAYS: 'weekly by default',
  ACTIVITY_FEED_ENABLED: 'off until an administrator consents to TeamsActivity.Send and adds the federated credential (docs/activity-feed.md)',
  TEAMS_APP_ID: 'only the activity feed\'s deep links use it; added with ACTIVITY_FEED_ENABLED (docs/activity-feed.md)',
};

function serverKeys(): Set<string> {
  const source = read('bot/config.ts');
  const keys = [
    ...source.matchAll(/\b(?:text|int|flag)\(\s*'([A-Z][A-Z0-9_]*)'/g),
    ...source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)\b/g),
    ...source.matchAll(/\benv\[\s*'([A-Z][A-Z0-9_]*)'\s*\]/g),
  ].map((m) => m[1]);
  const listed = /CONFIG_KEYS\s*=\s*\[([\s\S]*?)\]/.exec(source)?.[1] ?? '';
  return new Set([...keys, ...[...listed.matchAll(/'([A-Z][A-Z0-9_]*)'/g)].map((m) => m[1])]);
}

/** What App Service would hand the server, with Azure-computed values replaced by look-alikes. */
function simulatedAppSettings(): Record<string, string> {
  const guid = '0f0f0f0f-1111-4222-8333-444444444444';
  const out: Record<string, string> = {};
  for (const [key, expr] of appSettings) {
    const literal = /^'([^'$]*)'$/.exec(expr);
    const param = parameters.parameters[expr]?.value;
    if (literal) out[key] = literal[1];
    else if (param !== undefined) out[key] = param.replace(PLACEHOLDER, (_w, k: string) => devEnv.get(k) || guid);
    else if (expr.startsWith("'https://")) out[key] = 'https://example.azurewebsites.net';
    else if (key === 'COORDINATOR_GROUP_ID') out[key] = devEnv.get(key) === 'none' ? '' : guid;
    else if (key === 'APPLICATIONINSIGHTS_CONNECTION_STRING') out[key] = `InstrumentationKey=${guid};IngestionEndpoint=https://example.in.applicationinsights.azure.com/`;
    else out[key] = guid;
  }
  return out;
}

describe('infra: azure.bicep', () => {
  it('sets only server keys and platform settings on the web app', () => {
    assert.ok(appSettings.size >= 15, 'the app settings were read');
    const keys = serverKeys();
    assert.deepEqual([...appSettings.keys()].filter((k) => !keys.has(k) && !PLATFORM_SETTINGS.has(k)), []);
  });

  it('sets every server key in Azure, or leaves it to its default on purpose', () => {
    const keys = serverKeys();
    const unaccounted = [...keys].filter((k) => !appSettings.has(k) && !(k in LEFT_TO_DEFAULT));
    assert.deepEqual(unaccounted, [], 'a new key in bot/config.ts needs an app setting or a reason here');
    assert.deepEqual(Object.keys(LEFT_TO_DEFAULT).filter((k) => appSettings.has(k) || !keys.has(k)), [], 'stale reasons');
  });

  it('gives the server a configuration its loader accepts as production', () => {
    const config = loadConfig(simulatedAppSettings());
    assert.equal(config.production, true);
    assert.equal(config.localMode, false);
    assert.equal(config.seedDemoData, false);
    assert.equal(config.storage.kind, 'endpoint');
    assert.equal(config.bot?.appType, 'UserAssignedMSI');
    assert.ok(config.sso, 'tab SSO configured');
  });

  it('runs as the user-assigned identity: the bot, DefaultAzureCredential and the tables use it', () => {
    assert.equal(appSettings.get('NODE_ENV'), "'production'");
    assert.equal(appSettings.get('BOT_TYPE'), "'UserAssignedMSI'");
    assert.equal(appSettings.get('AZURE_CLIENT_ID'), 'identity.properties.clientId');
    assert.equal(appSettings.get('BOT_ID'), 'identity.properties.clientId');
    assert.equal(appSettings.get('BOT_TENANT_ID'), 'identity.properties.tenantId');
    assert.equal(appSettings.get('TABLES_ENDPOINT'), "'https://${storage.name}.table.${environment().suffixes.storage}'");
    const site = resource('Microsoft.Web/sites');
    assert.match(site, /type: 'UserAssigned'/);
    assert.match(site, /'\$\{identity\.id\}': \{\}/);
  });

  it('never uses a storage key: shared-key access is off and no key is read', () => {
    const storage = resource('Microsoft.Storage/storageAccounts');
    assert.match(storage, /allowSharedKeyAccess: false/);
    assert.match(storage, /minimumTlsVersion: 'TLS1_2'/);
    assert.match(storage, /allowBlobPublicAccess: false/);
    assert.match(storage, /supportsHttpsTrafficOnly: true/);
    assert.doesNotMatch(bicep, /listKeys|AccountKey|TABLES_CONNECTION_STRING|SharedAccessSignature/);
  });

  it('creates every table the server uses and grants the identity Storage Table Data Contributor', () => {
    const names = [.../var tableNames = \[([\s\S]*?)\]/.exec(bicep)![1].matchAll(/'(\w+)'/g)].map((m) => m[1]);
    assert.deepEqual(names.sort(), [...TABLE_NAMES].sort());
    assert.match(resource('Microsoft.Storage/storageAccounts/tableServices/tables'), /parent: tableService/);
    const role = resource('Microsoft.Authorization/roleAssignments');
    assert.match(bicep, /storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'/);
    assert.match(role, /principalId: identity\.properties\.principalId/);
    assert.match(role, /principalType: 'ServicePrincipal'/);
    assert.match(role, /scope: storage/);
  });

  it('hosts the server on a Linux web app: Node 22 LTS, always on, health check /healthz', () => {
    assert.match(resource('Microsoft.Web/serverfarms'), /reserved: true/);
    const site = resource('Microsoft.Web/sites');
    assert.match(site, /kind: 'app,linux'/);
    assert.match(site, /linuxFxVersion: 'NODE\|22-lts'/);
    assert.match(site, /alwaysOn: true/);
    assert.match(site, /healthCheckPath: '\/healthz'/);
    assert.match(site, /httpsOnly: true/);
    assert.match(bicep, /param startupCommand string = 'node dist\/bot\/index\.js'/);
  });

  it('registers an Azure Bot with the managed identity (UserAssignedMSI) on the Teams channel', () => {
    const bot = resource('Microsoft.BotService/botServices');
    assert.match(bot, /msaAppType: 'UserAssignedMSI'/);
    assert.match(bot, /msaAppId: identity\.properties\.clientId/);
    assert.match(bot, /msaAppMSIResourceId: identity\.id/);
    assert.match(bot, /msaAppTenantId: identity\.properties\.tenantId/);
    assert.match(bot, /endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    assert.match(resource('Microsoft.BotService/botServices/channels'), /channelName: 'MsTeamsChannel'/);
  });

  it('sends telemetry to a workspace-based Application Insights', () => {
    assert.match(resource('Microsoft.Insights/components'), /WorkspaceResourceId: logs\.id/);
    assert.equal(appSettings.get('APPLICATIONINSIGHTS_CONNECTION_STRING'), 'appInsights.properties.ConnectionString');
  });

  it('writes the outputs the env file and the manifest expect', () => {
    const outputs = [...bicep.matchAll(/^output (\w+) string = (.+)$/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(Object.fromEntries(outputs), {
      AZURE_APP_SERVICE_RESOURCE_ID: 'webApp.id',
      BOT_ID: 'identity.properties.clientId',
      TAB_DOMAIN: 'webApp.properties.defaultHostName',
      TAB_ENDPOINT: "'https://${webApp.properties.defaultHostName}'",
    });
  });
});

describe('infra/monitoring.bicep: diagnostic settings, the action group and the alerts', () => {
  const monitoring = read('infra/monitoring.bicep').split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  const agents = read('m365agents.yml');
  /** The body of the resource declared as `resource <symbol> '...'`, braces matched. */
  const declared = (symbol: string): string => {
    const at = monitoring.indexOf(`resource ${symbol} '`);
    assert.ok(at >= 0, `resource ${symbol} in monitoring.bicep`);
    const open = monitoring.indexOf('{', at);
    let depth = 0;
    for (let i = open; i < monitoring.length; i++) {
      if (monitoring[i] === '{') depth++;
      if (monitoring[i] === '}' && --depth === 0) return monitoring.slice(open + 1, i);
    }
    throw new Error(`unbalanced braces after ${symbol}`);
  };

  it('takes the alert e-mail as a required parameter, fed from the env file through the parameters the toolkit deploys', () => {
    assert.match(agents, /path: \.\/infra\/azure\.bicep\s+parameters: \.\/infra\/azure\.parameters\.json/);
    assert.match(bicep, /@minLength\(3\)\s+param alertEmail string\n/);
    assert.equal(parameters.parameters.alertEmail?.value, '${{ALERT_EMAIL}}');
    assert.ok(devEnv.has('ALERT_EMAIL'), 'env/.env.dev names ALERT_EMAIL');
    // Every parameter without a default reaches the deployment, and every placeholder is a key of the env file.
    const required = [...bicep.matchAll(/^param (\w+) \w+$/gm)].map((m) => m[1]);
    assert.deepEqual(required.filter((p) => !parameters.parameters[p]), []);
    for (const [name, { value }] of Object.entries(parameters.parameters)) {
      for (const m of value.matchAll(/\$\{\{(\w+)\}\}/g)) assert.ok(devEnv.has(m[1]), `${name}: ${m[1]} in env/.env.dev`);
    }
  });

  it('calls the module with every parameter it declares, the workspace and the e-mail among them', () => {
    const call = blockAfter("module monitoring 'monitoring.bicep'");
    const declaredParams = [...monitoring.matchAll(/^param (\w+) /gm)].map((m) => m[1]);
    for (const p of declaredParams) assert.match(call, new RegExp(`\\b${p}: `), `${p} is passed`);
    assert.match(call, /workspaceId: logs\.id/);
    assert.match(call, /alertEmail: alertEmail/);
  });

  it('sends the web app\'s and the table service\'s logs and metrics to the Log Analytics workspace', () => {
    const site = declared('webAppDiagnostics');
    assert.match(site, /scope: webApp/);
    for (const c of ['AppServiceHTTPLogs', 'AppServiceConsoleLogs', 'AppServiceAppLogs', 'AllMetrics']) assert.match(site, new RegExp(`category: '${c}', enabled: true`));
    const tables = declared('tableDiagnostics');
    assert.match(tables, /scope: tableService/);
    for (const c of ['StorageRead', 'StorageWrite', 'StorageDelete', 'Transaction']) assert.match(tables, new RegExp(`category: '${c}', enabled: true`));
    assert.match(declared('tableService'), /name: 'default'/);
  });

  it('e-mails the alerts to the parameter\'s address through one action group that every rule uses', () => {
    assert.match(declared('actionGroup'), /emailReceivers: \[\s+\{ name: 'operations', emailAddress: alertEmail, useCommonAlertSchema: true \}/);
    assert.match(declared('actionGroup'), /groupShortName: '.{1,12}'/);
    for (const rule of ['serverErrors', 'healthCheck', 'storageThrottling', 'storageLatency']) assert.match(declared(rule), /actions: actions/);
    assert.match(declared('digestMissing'), /actionGroups: \[ actionGroup\.id \]/);
  });

  it('alerts on 5xx, failing health checks, throttled and slow table requests', () => {
    assert.match(declared('serverErrors'), /metricName: 'Http5xx', metricNamespace: 'Microsoft\.Web\/sites', operator: 'GreaterThan'/);
    assert.match(declared('healthCheck'), /metricName: 'HealthCheckStatus', metricNamespace: 'Microsoft\.Web\/sites', operator: 'LessThan', threshold: 100/);
    const throttling = declared('storageThrottling');
    assert.match(throttling, /scopes: \[ tableService\.id \]/);
    assert.match(throttling, /metricName: 'Transactions'/);
    assert.match(throttling, /name: 'ResponseType', operator: 'Include', values: \[ 'ServerBusyError', 'ClientThrottlingError' \]/);
    assert.match(declared('storageLatency'), /metricName: 'SuccessServerLatency'/);
  });

  it('alerts when no digest_posted metric has arrived by Monday 10:00 Copenhagen time, the metric the digest really records', () => {
    const rule = declared('digestMissing');
    assert.match(rule, /scopes: \[ appInsightsId \]/);
    assert.match(rule, /evaluationFrequency: 'PT1H'/);
    assert.match(rule, /customMetrics \| where name == 'digest_posted'/);
    assert.match(rule, /datetime_utc_to_local\(now\(\), 'Europe\/Copenhagen'\)/);
    assert.match(rule, /dayofweek\(localNow\) == 1d and hourofday\(localNow\) >= 10/);
    assert.match(read('bot/telemetry/metrics.ts'), /createCounter\('digest_posted'/);
    assert.match(read('bot/services/digestService.ts'), /productMetrics\.digestPosted\(/);
  });

  it('names every alert in docs/operations.md with what it means and what to do', () => {
    const docs = read('docs/operations.md');
    const described = [...monitoring.matchAll(/docs\/operations\.md, "([^"]+)"/g)].map((m) => m[1]);
    assert.ok(described.length >= 5, described.join(', '));
    for (const section of new Set(described)) assert.match(docs, new RegExp(`^### ${section}$`, 'm'), `a section "${section}"`);
  });
});
