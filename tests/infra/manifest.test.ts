import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCENT_RGB } from '../../bot/scripts/generateIcons.js';
import {
  findRoot, newestSchemaVersion, parseDotenv, PLACEHOLDER, schemaFile, validateAgainstSchema,
} from '../../bot/scripts/packageApp.js';
import { PRIVACY_PATH } from '../../bot/http/privacyNotice.js';
import { cvrFromRegisterLink } from '../../bot/domain/cvrLink.js';
import { FIND_COMPANY_COMMAND } from '../../bot/teams/messageExtension.js';
import { validCvr } from '../support/companies.js';

/**
 * The Teams app manifest and its English localization, validated offline against the official
 * schemas shipped in @microsoft/app-manifest, plus the product facts the schema cannot know.
 */

const root = findRoot(__dirname);
const read = (rel: string): string => readFileSync(join(root, rel), 'utf8');
const manifestText = read('appPackage/manifest.json');
const manifest = JSON.parse(manifestText) as Manifest;
const english = JSON.parse(read('appPackage/en.json')) as Record<string, string>;
const aad = JSON.parse(read('appPackage/aad.manifest.json')) as AadManifest;

interface Command { title: string; description: string }
interface Manifest {
  $schema: string;
  manifestVersion: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  name: { short: string; full: string };
  accentColor: string;
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[] }[];
  validDomains: string[];
  developer: { privacyUrl: string };
  webApplicationInfo: { id: string; resource: string };
  activities?: { activityTypes: { type: string; description: string; templateText: string }[] };
  composeExtensions: {
    botId: string;
    commands: { id: string; type: string; title: string; initialRun: boolean; context: string[]; parameters: { name: string }[] }[];
    messageHandlers: { type: string; value: { domains: string[] } }[];
  }[];
}
interface AadManifest {
  identifierUris: string[];
  signInAudience: string;
  api: {
    requestedAccessTokenVersion: number;
    oauth2PermissionScopes: { id: string; value: string }[];
    preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
  };
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
}

/** Sample values shaped like real ones, so GUID and URL patterns in the schema are exercised. */
const SAMPLES: Record<string, string> = {
  TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
  BOT_ID: '66666666-7777-4888-9999-000000000000',
  AAD_APP_CLIENT_ID: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  TAB_ENDPOINT: 'https://erhvervabc123.azurewebsites.net',
  TAB_DOMAIN: 'erhvervabc123.azurewebsites.net',
};

function filledFor(envName: string, text: string): unknown {
  const env = parseDotenv(read(`env/.env.${envName}`));
  return JSON.parse(text.replace(PLACEHOLDER, (_w, key: string) => {
    if (key === 'APP_NAME_SUFFIX') return env.get(key) ?? '';
    const value = env.get(key) || SAMPLES[key];
    if (value === undefined) throw new Error(`no sample value for \${{${key}}}: add one to SAMPLES`);
    return value;
  }));
}

const SCOPES_ALL = ['personal', 'team', 'groupChat'];
const DANISH: Command[] = [
  { title: 'hjælp', description: 'Hvad kan jeg spørge om?' },
  { title: 'har nogen kontaktet', description: 'Har nogen kontaktet en virksomhed for nylig?' },
  { title: 'log kontakt', description: 'Registrér en kontakt med en virksomhed' },
  { title: 'frabedt kontakt', description: 'Registrér at en virksomhed frabeder sig kontakt' },
];
const DIGEST: Command = { title: 'digest her', description: 'Send ugens overblik til denne kanal' };
const ENGLISH_TITLES: Record<string, string> = {
  'hjælp': 'help', 'har nogen kontaktet': 'has anyone contacted', 'log kontakt': 'log contact',
  'frabedt kontakt': 'opted out', 'digest her': 'post digest here',
};

describe('infra: Teams app manifest', () => {
  it('uses the newest numbered manifest schema that @microsoft/app-manifest ships', () => {
    const newest = newestSchemaVersion();
    assert.equal(manifest.manifestVersion, newest);
    assert.equal(manifest.$schema, `https://developer.microsoft.com/en-us/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`);
  });

  for (const envName of ['dev', 'local']) {
    it(`validates against the official schema with the ${envName} environment's values`, () => {
      const errors = validateAgainstSchema(filledFor(envName, manifestText), schemaFile(manifest.manifestVersion, 'manifest'));
      assert.deepEqual(errors, []);
    });
  }

  it('has an English localization file that validates against the localization schema', () => {
    const entry = manifest.localizationInfo.additionalLanguages.find((l) => l.languageTag.startsWith('en'));
    assert.ok(entry, 'an English entry in localizationInfo.additionalLanguages');
    assert.equal(entry.file, 'en.json');
    const errors = validateAgainstSchema(english, schemaFile(manifest.manifestVersion, 'localization'));
    assert.deepEqual(errors, []);
    assert.ok(english.$schema.includes(`/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`));
  });

  it('catches errors: the validator is not vacuous', () => {
    const broken = filledFor('dev', manifestText) as Record<string, unknown>;
    delete broken.developer;
    (broken.bots as { botId: string }[])[0].botId = 'not-a-guid';
    const errors = validateAgainstSchema(broken, schemaFile(manifest.manifestVersion, 'manifest'));
    assert.ok(errors.some((e) => e.includes('developer')), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith('/bots/0/botId')), errors.join('\n'));
    const badLocalization = { ...english, 'bots[0].commandLists[9].commands[0].title': 'x' };
    assert.notDeepEqual(validateAgainstSchema(badLocalization, schemaFile(manifest.manifestVersion, 'localization')), []);
  });

  it('is Danish by default and its accent colour matches the icon tile', () => {
    assert.match(manifest.localizationInfo.defaultLanguageTag, /^da(-dk)?$/i);
    const hex = `#${ACCENT_RGB.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    assert.equal(manifest.accentColor.toLowerCase(), hex);
  });

  it('keeps the short name within 30 characters with every environment suffix', () => {
    for (const envName of ['dev', 'local']) {
      const filled = filledFor(envName, manifestText) as Manifest;
      assert.ok(filled.name.short.length <= 30, `${envName}: ${filled.name.short}`);
    }
  });

  it('offers the bot in personal, team and group chat scopes with the agreed commands', () => {
    const bot = manifest.bots[0];
    assert.equal(bot.botId, '${{BOT_ID}}');
    assert.deepEqual([...bot.scopes].sort(), [...SCOPES_ALL].sort());
    const covered = bot.commandLists.flatMap((l) => l.scopes).sort();
    assert.deepEqual(covered, [...SCOPES_ALL].sort(), 'each scope has exactly one command list');
    for (const list of bot.commandLists) {
      const expected = list.scopes.includes('team') ? [...DANISH, DIGEST] : DANISH;
      assert.deepEqual(list.commands, expected, `commands for ${list.scopes.join(', ')}`);
    }
  });

  it('translates every command, tab name and description into English', () => {
    manifest.bots[0].commandLists.forEach((list, i) => list.commands.forEach((c, j) => {
      const key = `bots[0].commandLists[${i}].commands[${j}]`;
      assert.equal(english[`${key}.title`], ENGLISH_TITLES[c.title], key);
      assert.ok(english[`${key}.description`], `${key}.description`);
    }));
    manifest.staticTabs.forEach((tab, i) => {
      if (tab.name) assert.ok(english[`staticTabs[${i}].name`], `staticTabs[${i}].name`);
    });
    for (const key of ['name.short', 'name.full', 'description.short', 'description.full']) assert.ok(english[key], key);
  });

  it('offers the "Find virksomhed" search on the bot, in compose boxes and the command box, translated', () => {
    assert.equal(manifest.composeExtensions.length, 1);
    const [extension] = manifest.composeExtensions;
    assert.equal(extension.botId, manifest.bots[0].botId, 'the message extension is the same bot');
    const [command] = extension.commands;
    assert.equal(command.id, FIND_COMPANY_COMMAND, 'the id the bot answers to');
    assert.equal(command.type, 'query');
    assert.equal(command.title, 'Find virksomhed');
    assert.equal(command.initialRun, true);
    assert.deepEqual([...command.context].sort(), ['commandBox', 'compose']);
    assert.deepEqual(command.parameters.map((p) => p.name), ['query']);
    assert.equal(english['composeExtensions[0].commands[0].title'], 'Find company');
  });

  it('unfurls exactly the CVR register hosts that the link parser accepts', () => {
    const domains = manifest.composeExtensions[0].messageHandlers.flatMap((h) => (h.type === 'link' ? h.value.domains : []));
    assert.ok(domains.includes('datacvr.virk.dk') && domains.includes('www.datacvr.virk.dk'));
    for (const domain of domains) assert.equal(cvrFromRegisterLink(`https://${domain}/enhed/virksomhed/${validCvr(1)}`), validCvr(1), domain);
  });

  it('has the coordinator personal tab and a channel tab on the one web app', () => {
    const personal = manifest.staticTabs.find((t) => t.contentUrl);
    assert.ok(personal);
    assert.equal(personal.contentUrl, '${{TAB_ENDPOINT}}/tab/index.html#/oversigt');
    assert.deepEqual(personal.scopes, ['personal']);
    assert.equal(manifest.configurableTabs.length, 1);
    assert.equal(manifest.configurableTabs[0].configurationUrl, '${{TAB_ENDPOINT}}/tab/index.html#/konfiguration');
    assert.ok(manifest.configurableTabs[0].scopes.includes('team'));
    assert.deepEqual(manifest.validDomains, ['${{TAB_DOMAIN}}']);
  });

  it('points privacyUrl at the privacy notice the server itself serves (its retention periods are the configured ones)', () => {
    assert.equal(manifest.developer.privacyUrl, `\${{TAB_ENDPOINT}}${PRIVACY_PATH}`);
  });

  it('declares SSO that matches the Entra app manifest', () => {
    const resource = 'api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}';
    assert.deepEqual(manifest.webApplicationInfo, { id: '${{AAD_APP_CLIENT_ID}}', resource });
    assert.ok(aad.identifierUris.includes(resource));
    assert.equal(aad.signInAudience, 'AzureADMyOrg');
    assert.equal(aad.api.requestedAccessTokenVersion, 2, 'v2 tokens carry the client id as audience');
    const scope = aad.api.oauth2PermissionScopes.find((s) => s.value === 'access_as_user');
    assert.ok(scope, 'access_as_user scope');
    const teamsClients = ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'];
    for (const appId of teamsClients) {
      const pre = aad.api.preAuthorizedApplications.find((p) => p.appId === appId);
      assert.ok(pre, `Teams client ${appId} pre-authorized`);
      assert.deepEqual(pre.delegatedPermissionIds, [scope.id]);
    }
  });

  it('declares the activity-feed notices the server sends, with the parameters it fills, from the app that may send them', () => {
    const types = manifest.activities?.activityTypes ?? [];
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    // The parameters bot/services/activityFeedService.ts sends (tests/http/activityFeed.test.ts checks them on the wire).
    assert.deepEqual(types.map((t) => [t.type, placeholders(t.templateText)]), [
      ['planItemAssigned', ['actor', 'company']],
      ['planItemAssignedToUnit', ['actor', 'unit', 'company']],
      ['companyOptedOut', ['company']],
    ]);
    types.forEach((t, i) => {
      assert.match(t.templateText, /har|frabedt/, 'Danish first');
      assert.deepEqual(placeholders(english[`activities.activityTypes[${i}].templateText`] ?? ''), placeholders(t.templateText), `English template ${i}`);
    });
    // Teams takes notices only from the Entra app in webApplicationInfo, holding TeamsActivity.Send (admin consent).
    assert.equal(manifest.webApplicationInfo.id, '${{AAD_APP_CLIENT_ID}}');
    const graph = aad.requiredResourceAccess.find((r) => r.resourceAppId === 'Microsoft Graph');
    assert.deepEqual(graph?.resourceAccess.find((a) => a.id === 'TeamsActivity.Send'), { id: 'TeamsActivity.Send', type: 'Role' });
  });
});
