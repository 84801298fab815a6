import type { AppConfig } from './config.js';
import path from 'node:path';
import { LocalIssuer } from './api/auth/localIssuer.js';
import { authenticate } from './api/auth/restifyAuth.js';
import { entraValidatorFromConfig } from './api/auth/tokenValidator.js';
import { routeFactory } from './api/apiRoute.js';
import { registerProposalRoutes } from './api/proposalRoutes.js';
import { registerQualityRoutes } from './api/qualityRoutes.js';
import { registerTabApi } from './api/tabApi.js';
import { LOCAL_USERS } from './demo/localUsers.js';
import { DEFAULT_UNITS } from './domain/units.js';
import { registerHealthRoute } from './http/healthRoute.js';
import { registerMessagesRoute } from './http/messagesRoute.js';
import { registerStaticTab } from './http/staticTab.js';
import { close, createHttpServer, listen, type HttpServer } from './http/server.js';
import { CompanyDirectory } from './services/companyDirectory.js';
import { CompanyFinder } from './services/companyFinder.js';
import { ContactLogService } from './services/contactLogService.js';
import { ContactReadModel } from './services/contactReadModel.js';
import { DigestService } from './services/digestService.js';
import { InstallationService } from './services/installationService.js';
import { PlanPostService } from './services/planPostService.js';
import { OverviewService } from './services/overviewService.js';
import { ProposalService } from './services/proposalService.js';
import { QualityService, type CompanyFeedbackSource } from './services/qualityService.js';
import { seedDemoDataIfEmpty } from './services/demoSeed.js';
import { LookupService } from './services/lookupService.js';
import { graphDirectoryFromSettings } from './services/graph/fromSettings.js';
import { StaticUserDirectory, type UserDirectory } from './services/userDirectory.js';
import { createStores, type Stores } from './store/index.js';
import { createAdapter } from './teams/adapter.js';
import { CoordinatorBot } from './teams/coordinatorBot.js';
import { TeamsChannelPoster } from './teams/teamsChannelPoster.js';

export interface AppDeps {
  now?: () => Date;
  log?: (message: string) => void;
  /** Who belongs to which unit; defaults to the local identities in local mode, and to nobody otherwise. */
  users?: UserDirectory;
  /** How often the digest checks whether a week is due (default a minute; 0 = never, for tests that drive it). */
  digestTickMs?: number;
  /** Where the built tab is (default tab/dist). */
  tabDist?: string;
  /** A storage write slower than this is answered "not saved" (default 10 s; Teams waits about 15 s for an invoke). */
  writeTimeoutMs?: number;
  /** Where the quality page reads the companies' own feedback answers (tests pass their own; see the wiring below). */
  companyFeedback?: CompanyFeedbackSource;
}

export interface App {
  server: HttpServer;
  stores: Stores;
  directory: CompanyDirectory;
  readModel: ContactReadModel;
  digest: DigestService;
  planPosts: PlanPostService;
  /** Prepares storage and the in-memory register, then listens. Resolves to the port. */
  start(): Promise<number>;
  stop(): Promise<void>;
}

/** Wires config, stores, services and the HTTP shells. Nothing here decides anything. */
export function createApp(config: AppConfig, deps: AppDeps = {}): App {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((m: string) => console.log(m));
  const stores = createStores(config.storage, config.tablePrefix, { now });
  // The health probe must answer quickly even when storage hangs, so it gets its own client without retries.
  const probeStores = createStores(config.storage, config.tablePrefix, { maxRetries: 0 });
  const directory = new CompanyDirectory(stores.companies, now);
  const finder = new CompanyFinder(directory);
  const lookup = new LookupService(finder, directory, stores.companies, stores.history, { windowDays: () => config.contactWindowDays }, now);
  const readModel = new ContactReadModel(stores.journal, now);
  const contactLog = new ContactLogService(stores, finder, directory, () => DEFAULT_UNITS, () => config.contactWindowDays, now, (c) => readModel.add(c));
  // The silence threshold becomes a coordinator setting with the contact strategy (issue 7); 12 months until then.
  const settings = { windowDays: () => config.contactWindowDays, silenceMonths: () => 12 };
  const overview = new OverviewService(directory, readModel, stores.optOutRegister, settings, () => DEFAULT_UNITS, now);
  // wired to the feedback store when that branch lands
  const companyFeedback: CompanyFeedbackSource = deps.companyFeedback ?? (async () => []);
  const quality = new QualityService({ readModel, directory, companyFeedback, units: () => DEFAULT_UNITS, now });
  const proposals = new ProposalService(stores.proposals, () => DEFAULT_UNITS, now);
  const localUsers = config.localMode ? LOCAL_USERS : [];
  const users = deps.users ?? (config.graph && !config.localMode
    ? graphDirectoryFromSettings({
      tenantId: config.sso?.tenantId ?? null, clientId: null, clientSecret: null,
      managedIdentityClientId: config.graph.managedIdentityClientId, coordinatorGroupId: config.sso?.coordinatorGroupId ?? null,
    }, log)
    : new StaticUserDirectory(
      new Map(localUsers.map((u) => [u.aadObjectId, u.staff.unit])),
      new Set(localUsers.filter((u) => u.staff.coordinator).map((u) => u.aadObjectId)),
    ));
  const adapter = createAdapter(config.bot, log);
  const poster = new TeamsChannelPoster(adapter, config.bot?.appId ?? '', stores.conversations);
  const installations = new InstallationService(stores.conversations, now);
  const planPosts = new PlanPostService(stores, poster, () => DEFAULT_UNITS, now);
  const channelLocale = config.botLocale === 'en' ? 'en' : 'da';
  const digest = new DigestService({
    stores, directory, readModel, poster, units: () => DEFAULT_UNITS, now, instanceId: `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    settings: { ...settings, schedule: () => config.digestSchedule, locale: () => channelLocale },
  });
  const bot = new CoordinatorBot({
    lookup, contactLog, users, units: () => DEFAULT_UNITS, log, writeTimeoutMs: deps.writeTimeoutMs ?? 10_000, localeSetting: config.botLocale,
    installations, planPosts,
  });
  const server = createHttpServer('erhvervskoordinator');

  registerMessagesRoute(server, adapter, bot);
  const localIssuer = config.localMode ? new LocalIssuer({ production: config.production }) : null;
  const validator = localIssuer ? localIssuer.validator() : entraValidatorFromConfig(requireSso(config));
  const authenticateTab = authenticate(validator);
  registerTabApi(server, {
    authenticate: authenticateTab,
    localIssuer,
    localUsers: localUsers.map((u) => ({ userId: u.aadObjectId, name: u.staff.displayName, unit: u.staff.unit, coordinator: u.staff.coordinator })),
    users, overview, contactLog, finder, stores, units: () => DEFAULT_UNITS, settings, now, log, installations, planPosts, digest, channelLocale,
  });
  const route = routeFactory({ authenticate: authenticateTab, users, log });
  registerQualityRoutes(server, route, { quality, units: () => DEFAULT_UNITS });
  registerProposalRoutes(server, route, { proposals });
  registerStaticTab(server, deps.tabDist ?? path.resolve(__dirname, '..', '..', 'tab', 'dist'), log);

  registerHealthRoute(server, async () => {
    const storage = await probeStores.probe(2000);
    return { ok: storage.ok, storage, companies: directory.size, localMode: config.localMode };
  });

  return {
    server,
    stores,
    directory,
    readModel,
    digest,
    planPosts,
    async start() {
      await stores.ensure();
      if (config.seedDemoData) {
        const seeded = await seedDemoDataIfEmpty(stores, now());
        if (seeded) log(`Demo data seeded (fictional): ${seeded.companies} companies, ${seeded.contacts} contacts, ${seeded.optOuts} opt-outs`);
      }
      await directory.load();
      directory.startPolling(config.companySyncSeconds * 1000, (e) => log(`Company sync failed: ${String(e)}`));
      await readModel.load();
      log(`Read model: ${readModel.size} contacts loaded in ${Math.round(readModel.coldLoadMs)} ms`);
      readModel.startPolling(20_000, (e) => log(`Contact refresh failed: ${String(e)}`));
      if (deps.digestTickMs !== 0) digest.start(deps.digestTickMs ?? 60_000, log);
      return listen(server, config.port);
    },
    async stop() {
      directory.stopPolling();
      readModel.stopPolling();
      digest.stop();
      await close(server);
    },
  };
}

function requireSso(config: AppConfig) {
  // loadConfig already refuses a non-local start without these; this keeps the types honest.
  if (!config.sso) throw new Error('AAD_APP_CLIENT_ID and AAD_APP_TENANT_ID are required outside local mode');
  return config.sso;
}
