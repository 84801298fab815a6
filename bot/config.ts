/**
 * All settings, read and validated once at start-up. A production setting that is missing stops the
 * process with a message naming it; nothing falls back silently to an insecure default.
 * Every key is documented in the README's settings table and defined in env/.env.*.
 */
import { LOG_LEVELS, type LogLevel } from './util/logger.js';

export type StorageConfig =
  | { kind: 'connectionString'; connectionString: string }
  | { kind: 'endpoint'; endpoint: string; managedIdentityClientId: string | null };

export interface BotAuthConfig {
  appId: string;
  appPassword: string | null;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string | null;
  /**
   * Where the Bot Framework's signing keys are published (botbuilder's ToBotFromChannelOpenIdMetadataUrl). Not a
   * setting: undefined means botbuilder's public default; tests point it at a local key server.
   */
  openIdMetadataUrl?: string;
}

/** Entra ID app used by the tab's SSO (and as the audience of its tokens). */
export interface SsoConfig {
  clientId: string;
  tenantId: string;
  authorityHost: string;
  /** Members of this Entra group are coordinators; null means only the app role grants it. */
  coordinatorGroupId: string | null;
}

export interface AppConfig {
  port: number;
  production: boolean;
  /** Local mode: no Bot Framework auth, local sign-in for the tab. Never on in production. */
  localMode: boolean;
  storage: StorageConfig;
  /** Prefix for every table name, so tests and instances can share one storage account safely. */
  tablePrefix: string;
  bot: BotAuthConfig | null;
  /** Null only in local mode, where a local issuer stands in for Entra ID. */
  sso: SsoConfig | null;
  /** Seed fictional demo data when the company table is empty. */
  seedDemoData: boolean;
  /** Default parallel-contact window in days (a stored setting can override it). */
  contactWindowDays: number;
  /** How often to pull company changes written by other instances or the import. */
  companySyncSeconds: number;
  /**
   * The server's public address, which feedback links sent to companies point at. Local mode defaults to
   * http://localhost:<PORT>; elsewhere it must be set (https in production).
   */
  publicBaseUrl: string;
  /**
   * 'auto' answers in the language of the user's Teams client; 'da' or 'en' forces one. The Agents Playground
   * always claims en-US, so `npm start` forces Danish.
   */
  botLocale: 'auto' | 'da' | 'en';
  /** When the weekly digest is posted, Europe/Copenhagen: ISO weekday (1 = Monday) and time. */
  digestSchedule: { weekday: number; time: string };
  /**
   * Look staff up in Microsoft Graph (unit from the department, coordinator from COORDINATOR_GROUP_ID) through
   * the managed identity in AZURE_CLIENT_ID, which needs User.Read.All and GroupMember.Read.All.
   */
  graph: { managedIdentityClientId: string } | null;
  /**
   * Teams activity-feed notices (ACTIVITY_FEED_ENABLED): sent as the tab's Entra app (AAD_APP_CLIENT_ID, which the
   * manifest's webApplicationInfo names and which needs TeamsActivity.Send), signed for by the managed identity in
   * AZURE_CLIENT_ID through a federated credential; TEAMS_APP_ID makes the notices' deep links. Off when absent.
   */
  activityFeed?: { tenantId: string; clientId: string; managedIdentityClientId: string; teamsAppId: string } | null;
  /** The interface the server listens on: 127.0.0.1 in local mode (which has no authentication), else every one. */
  listenHost: string;
  /**
   * Service URLs the bot may call (prefixes, e.g. https://smba.trafficmanager.net/): an activity naming another is
   * refused before anything is sent. Null in local mode, where the Agents Playground sends its own localhost URL.
   */
  allowedServiceUrls: readonly string[] | null;
  /** How much the server logs (info by default; debug adds every storage request). */
  logLevel: LogLevel;
  /** Application Insights through OpenTelemetry; null (the default) starts nothing and costs nothing. */
  telemetry: { connectionString: string } | null;
  /**
   * The CVR system-to-system service (Erhvervsstyrelsen). Null when CVR_USER is not set: the register is
   * then kept by file imports only. The password comes from Key Vault in Azure.
   */
  cvr: CvrConfig | null;
}

export interface CvrConfig {
  url: string;
  user: string;
  password: string;
  /** Kommunekoder whose companies the sync keeps (current address). */
  municipalityCodes: string[];
  deltaMinutes: number;
  fullDays: number;
}

/**
 * The service URLs Teams sends (Microsoft's documented Teams endpoints): the public cloud with its regional paths
 * (/emea/, /amer/, /apac/, /teams/ ...), GCC, GCC High and DoD.
 */
export const TEAMS_SERVICE_URLS = [
  'https://smba.trafficmanager.net/',
  'https://smba.infra.gcc.teams.microsoft.com/',
  'https://smba.infra.gov.teams.microsoft.us/',
  'https://smba.infra.dod.teams.microsoft.us/',
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Every environment variable the server reads; the infra consistency test checks env/, the yml and the Bicep against it. */
export const CONFIG_KEYS = [
  'PORT', 'NODE_ENV', 'LOCAL_MODE', 'TABLES_CONNECTION_STRING', 'TABLES_ENDPOINT', 'AZURE_CLIENT_ID', 'TABLE_PREFIX',
  'BOT_ID', 'BOT_PASSWORD', 'BOT_TYPE', 'BOT_TENANT_ID', 'AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID',
  'AAD_APP_OAUTH_AUTHORITY_HOST', 'COORDINATOR_GROUP_ID', 'SEED_DEMO_DATA', 'CONTACT_WINDOW_DAYS',
  'COMPANY_SYNC_SECONDS', 'PUBLIC_BASE_URL', 'BOT_LOCALE', 'DIGEST_SCHEDULE', 'GRAPH_ENABLED',
  'LISTEN_HOST', 'BOT_SERVICE_URLS',
  'LOG_LEVEL', 'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'CVR_URL', 'CVR_USER', 'CVR_PASSWORD', 'CVR_MUNICIPALITY_CODES', 'CVR_DELTA_MINUTES', 'CVR_FULL_DAYS',
  'ACTIVITY_FEED_ENABLED', 'TEAMS_APP_ID',
] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];

type Env = Partial<Record<ConfigKey, string>> & Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const text = (key: ConfigKey): string | null => {
    const v = env[key]?.trim();
    return v ? v : null;
  };
  const int = (key: ConfigKey, fallback: number, min: number, max: number): number => {
    const raw = text(key);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${key} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const flag = (key: ConfigKey): boolean => {
    const raw = text(key)?.toLowerCase();
    if (raw === undefined || raw === null) return false;
    if (['1', 'true', 'yes', 'ja'].includes(raw)) return true;
    if (['0', 'false', 'no', 'nej'].includes(raw)) return false;
    problems.push(`${key} must be true or false (got "${raw}")`);
    return false;
  };

  const production = isProduction(env.NODE_ENV);
  const localMode = flag('LOCAL_MODE');
  if (production && localMode) problems.push('LOCAL_MODE cannot be on when NODE_ENV=production');

  const storage = readStorage(env, production, problems);

  const botId = text('BOT_ID');
  let bot: BotAuthConfig | null = null;
  if (botId) {
    const appType = text('BOT_TYPE') ?? 'MultiTenant';
    if (appType !== 'MultiTenant' && appType !== 'SingleTenant' && appType !== 'UserAssignedMSI') {
      problems.push(`BOT_TYPE must be MultiTenant, SingleTenant or UserAssignedMSI (got "${appType}")`);
    }
    const appPassword = text('BOT_PASSWORD');
    const tenantId = text('BOT_TENANT_ID');
    if (appType !== 'UserAssignedMSI' && !appPassword) problems.push('BOT_PASSWORD is required with BOT_ID unless BOT_TYPE=UserAssignedMSI');
    if (appType !== 'MultiTenant' && !tenantId) problems.push(`BOT_TENANT_ID is required when BOT_TYPE=${appType}`);
    bot = { appId: botId, appPassword, appType: appType as BotAuthConfig['appType'], tenantId };
  } else if (!localMode) {
    problems.push('BOT_ID is not set: set the bot registration (BOT_ID, BOT_PASSWORD) or run with LOCAL_MODE=true for local development');
  }

  const ssoClientId = text('AAD_APP_CLIENT_ID');
  const ssoTenantId = text('AAD_APP_TENANT_ID');
  let sso: SsoConfig | null = null;
  if (ssoClientId && ssoTenantId) {
    sso = {
      clientId: ssoClientId,
      tenantId: ssoTenantId,
      authorityHost: (text('AAD_APP_OAUTH_AUTHORITY_HOST') ?? 'https://login.microsoftonline.com').replace(/\/+$/, ''),
      coordinatorGroupId: text('COORDINATOR_GROUP_ID'),
    };
  } else if (ssoClientId || ssoTenantId) {
    problems.push('set both AAD_APP_CLIENT_ID and AAD_APP_TENANT_ID for the tab sign-in, or neither');
  } else if (!localMode) {
    problems.push('AAD_APP_CLIENT_ID and AAD_APP_TENANT_ID are not set: the tab cannot validate sign-ins (or run with LOCAL_MODE=true for local development)');
  }

  const config: AppConfig = {
    port: int('PORT', 3978, 1, 65535),
    production,
    localMode,
    storage,
    tablePrefix: readTablePrefix(env, problems),
    bot,
    sso,
    seedDemoData: flag('SEED_DEMO_DATA'),
    contactWindowDays: int('CONTACT_WINDOW_DAYS', 30, 1, 365),
    companySyncSeconds: int('COMPANY_SYNC_SECONDS', 30, 1, 3600),
    publicBaseUrl: '',
    botLocale: 'auto',
    digestSchedule: { weekday: 1, time: '08:00' },
    graph: null,
    listenHost: text('LISTEN_HOST') ?? (localMode ? '127.0.0.1' : '0.0.0.0'),
    allowedServiceUrls: localMode ? null : readServiceUrls(text('BOT_SERVICE_URLS'), production, problems),
    logLevel: 'info',
    telemetry: null,
    cvr: null,
  };
  if (flag('GRAPH_ENABLED')) {
    const identity = text('AZURE_CLIENT_ID');
    if (identity) config.graph = { managedIdentityClientId: identity };
    else problems.push('GRAPH_ENABLED needs AZURE_CLIENT_ID (the managed identity that may read the directory)');
  }
  const schedule = text('DIGEST_SCHEDULE');
  if (schedule !== null) {
    const m = /^([1-7])\s+([01]\d|2[0-3]):([0-5]\d)$/.exec(schedule);
    if (m) config.digestSchedule = { weekday: Number(m[1]), time: `${m[2]}:${m[3]}` };
    else problems.push(`DIGEST_SCHEDULE must be "<weekday 1-7> <HH:MM>", e.g. "1 08:00" for Monday 08:00 (got "${schedule}")`);
  }
  config.cvr = readCvr(text, int, problems);
  if (flag('ACTIVITY_FEED_ENABLED')) {
    const identity = text('AZURE_CLIENT_ID');
    const teamsAppId = text('TEAMS_APP_ID');
    if (sso && identity && teamsAppId) config.activityFeed = { tenantId: sso.tenantId, clientId: sso.clientId, managedIdentityClientId: identity, teamsAppId };
    else problems.push('ACTIVITY_FEED_ENABLED needs AAD_APP_CLIENT_ID and AAD_APP_TENANT_ID (the app Teams takes notices from), AZURE_CLIENT_ID (the managed identity that signs for it) and TEAMS_APP_ID (for the links)');
  }
  config.publicBaseUrl = readPublicBaseUrl(text('PUBLIC_BASE_URL'), config, problems);
  const locale = text('BOT_LOCALE') ?? 'auto';
  if (locale === 'auto' || locale === 'da' || locale === 'en') config.botLocale = locale;
  else problems.push(`BOT_LOCALE must be auto, da or en (got "${locale}")`);
  const level = text('LOG_LEVEL') ?? 'info';
  if ((LOG_LEVELS as readonly string[]).includes(level)) config.logLevel = level as LogLevel;
  else problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${level}")`);
  const insights = text('APPLICATIONINSIGHTS_CONNECTION_STRING');
  if (insights !== null) {
    if (/(^|;)\s*InstrumentationKey=[^;]+/i.test(insights)) config.telemetry = { connectionString: insights };
    else problems.push('APPLICATIONINSIGHTS_CONNECTION_STRING must hold InstrumentationKey=… (copy it from the Application Insights resource)');
  }
  if (production && config.seedDemoData) problems.push('SEED_DEMO_DATA cannot be on when NODE_ENV=production');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The storage settings alone, for tools such as the import that share the server's storage. */
export function loadStorageConfig(env: Env = process.env): { storage: StorageConfig; tablePrefix: string } {
  const problems: string[] = [];
  const storage = readStorage(env, isProduction(env.NODE_ENV), problems);
  const tablePrefix = readTablePrefix(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { storage, tablePrefix };
}

/** "Production", " production " and "PRODUCTION" all mean production: a stray capital must not switch local mode on. */
function isProduction(nodeEnv: string | undefined): boolean {
  return (nodeEnv ?? '').trim().toLowerCase() === 'production';
}

function readStorage(env: Env, production: boolean, problems: string[]): StorageConfig {
  const connectionString = env.TABLES_CONNECTION_STRING?.trim();
  const endpoint = env.TABLES_ENDPOINT?.trim();
  if (connectionString && endpoint) {
    problems.push('set either TABLES_CONNECTION_STRING or TABLES_ENDPOINT, not both');
  } else if (endpoint) {
    if (!/^https?:\/\//.test(endpoint)) problems.push(`TABLES_ENDPOINT must be a URL (got "${endpoint}")`);
    return { kind: 'endpoint', endpoint, managedIdentityClientId: env.AZURE_CLIENT_ID?.trim() || null };
  } else if (connectionString) {
    if (production && /UseDevelopmentStorage|devstoreaccount1/i.test(connectionString)) {
      problems.push('TABLES_CONNECTION_STRING points at the local emulator while NODE_ENV=production');
    }
    return { kind: 'connectionString', connectionString };
  } else {
    problems.push('storage is not configured: set TABLES_ENDPOINT (managed identity) or TABLES_CONNECTION_STRING');
  }
  return { kind: 'connectionString', connectionString: '' };
}

/** The kommunekoder whose companies count as in the municipality: the sync and the file import both use them. */
function readMunicipalityCodes(raw: string | null, problems: string[]): string[] {
  const codes = (raw ?? '707').split(/[\s,;]+/).filter((c) => c !== '');
  const bad = codes.filter((c) => !/^\d{3}$/.test(c));
  if (codes.length === 0 || bad.length > 0) problems.push(`CVR_MUNICIPALITY_CODES must be three-digit kommunekoder separated by commas, e.g. 707 (got "${codes.join(',')}")`);
  return codes;
}

/** CVR_MUNICIPALITY_CODES alone (default 707), for the file import, which needs no other server setting. */
export function loadMunicipalityCodes(env: Env = process.env): string[] {
  const problems: string[] = [];
  const codes = readMunicipalityCodes(env.CVR_MUNICIPALITY_CODES?.trim() || null, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return codes;
}

function readCvr(
  text: (key: ConfigKey) => string | null, int: (key: ConfigKey, fallback: number, min: number, max: number) => number, problems: string[],
): CvrConfig | null {
  const user = text('CVR_USER');
  const password = text('CVR_PASSWORD');
  const url = text('CVR_URL') ?? 'http://distribution.virk.dk';
  const codes = readMunicipalityCodes(text('CVR_MUNICIPALITY_CODES'), problems);
  const deltaMinutes = int('CVR_DELTA_MINUTES', 60, 1, 1440);
  const fullDays = int('CVR_FULL_DAYS', 7, 1, 90);
  if (!user && !password) return null;
  if (!user || !password) problems.push('set both CVR_USER and CVR_PASSWORD for the CVR sync, or neither (then the sync is off)');
  if (!/^https?:\/\//.test(url)) problems.push(`CVR_URL must be an http(s) address, e.g. http://distribution.virk.dk (got "${url}")`);
  return { url, user: user ?? '', password: password ?? '', municipalityCodes: codes, deltaMinutes, fullDays };
}

function readPublicBaseUrl(raw: string | null, config: AppConfig, problems: string[]): string {
  if (raw === null) {
    if (config.localMode) return `http://localhost:${config.port}`;
    problems.push('PUBLIC_BASE_URL is not set: the feedback links sent to companies need the server\'s public address, e.g. https://erhverv.azurewebsites.net');
    return '';
  }
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    problems.push(`PUBLIC_BASE_URL must be an http(s) address without query, e.g. https://erhverv.azurewebsites.net (got "${raw}")`);
  } else if (config.production && url.protocol !== 'https:') {
    problems.push(`PUBLIC_BASE_URL must use https when NODE_ENV=production: companies open the links (got "${raw}")`);
  }
  return raw.replace(/\/+$/, '');
}

/** Comma-separated URL prefixes; each must be a whole origin or path (ending in /), so no look-alike host matches. */
function readServiceUrls(raw: string | null, production: boolean, problems: string[]): string[] {
  if (raw === null) return [...TEAMS_SERVICE_URLS];
  const urls: string[] = [];
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // Reported below.
    }
    if (!url || (url.protocol !== 'https:' && (production || url.protocol !== 'http:')) || url.search || url.hash) {
      problems.push(`BOT_SERVICE_URLS must list https addresses separated by commas, e.g. https://smba.trafficmanager.net/ (got "${entry}")`);
    } else {
      urls.push(url.href.endsWith('/') ? url.href : `${url.href}/`);
    }
  }
  if (urls.length === 0) problems.push('BOT_SERVICE_URLS lists no address: leave it unset for the Teams service hosts');
  return urls;
}

function readTablePrefix(env: Env, problems: string[]): string {
  const prefix = env.TABLE_PREFIX?.trim() ?? '';
  if (!/^([A-Za-z][A-Za-z0-9]*)?$/.test(prefix)) problems.push('TABLE_PREFIX may hold letters and digits only, starting with a letter (Azure table names are alphanumeric)');
  return prefix;
}
