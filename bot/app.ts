import type { AppConfig } from './config.js';
import path from 'node:path';
import { LocalIssuer } from './api/auth/localIssuer.js';
import { authenticate } from './api/auth/restifyAuth.js';
import { entraValidatorFromConfig } from './api/auth/tokenValidator.js';
import { registerFeedbackRoutes } from './api/feedbackRoutes.js';
import { registerStrategyRoutes } from './api/strategyRoutes.js';
import { registerProposalRoutes } from './api/proposalRoutes.js';
import { registerQualityRoutes } from './api/qualityRoutes.js';
import { registerRegisterChangeRoutes } from './api/registerChangeRoutes.js';
import { registerTabApi } from './api/tabApi.js';
import { LOCAL_USERS } from './demo/localUsers.js';
import { newEventId } from './domain/contactId.js';
import { registerFeedbackPage } from './http/feedbackPage.js';
import { registerHealthRoute } from './http/healthRoute.js';
import { registerMessagesRoute } from './http/messagesRoute.js';
import { registerStaticTab } from './http/staticTab.js';
import { close, createHttpServer, listen, type HttpServer } from './http/server.js';
import { CompanyDirectory } from './services/companyDirectory.js';
import { CompanyFinder } from './services/companyFinder.js';
import { CvrSource, type CvrSourceSettings } from './services/cvr/cvrSource.js';
import { CvrSyncService } from './services/cvr/cvrSyncService.js';
import { ContactLogService } from './services/contactLogService.js';
import { ContactReadModel } from './services/contactReadModel.js';
import { DigestService } from './services/digestService.js';
import { FEEDBACK_PATH, FeedbackService } from './services/feedbackService.js';
import { InstallationService } from './services/installationService.js';
import { PlanPostService } from './services/planPostService.js';
import { StrategyService } from './services/strategyService.js';
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
import { RateLimiter } from './util/rateLimiter.js';

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
  /** The log card's company field as Teams' type-ahead (default outside local mode: the Agents Playground lacks it). */
  companyTypeahead?: boolean;
  /** The public feedback page's per-address limit (default 20 requests a minute, on the wall clock). */
  feedbackLimiter?: RateLimiter;
  /** Where the quality page reads the companies' own feedback answers (tests pass their own; see the wiring below). */
  companyFeedback?: CompanyFeedbackSource;
  /** How often the CVR sync checks whether a run is due (default a minute; 0 = never, for tests that drive it). */
  cvrTickMs?: number;
  /** Page size, timeouts and backoff of the CVR service calls (tests shorten them). */
  cvrSource?: Partial<Omit<CvrSourceSettings, 'baseUrl' | 'user' | 'password'>>;
}

export interface App {
  server: HttpServer;
  stores: Stores;
  directory: CompanyDirectory;
  readModel: ContactReadModel;
  strategy: StrategyService;
  digest: DigestService;
  planPosts: PlanPostService;
  cvrSync: CvrSyncService;
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
  const strategy = new StrategyService(stores.strategy, config.contactWindowDays, now, () => newEventId(now().getTime()));
  const units = () => strategy.units();
  const naming = () => strategy.naming();
  const lookup = new LookupService(finder, directory, stores.companies, stores.history, strategy, now);
  const readModel = new ContactReadModel(stores.journal, now);
  const contactLog = new ContactLogService(stores, finder, directory, units, strategy, now, (c) => readModel.add(c));
  const settings = { windows: () => strategy.windows(), silenceMonths: () => strategy.silenceMonths() };
  const cvrSource = { pageSize: 1000, requestTimeoutMs: 120_000, scrollKeepAlive: '5m', maxAttempts: 5, backoffMs: 2000, ...deps.cvrSource };
  const cvrSync = new CvrSyncService({
    source: config.cvr ? new CvrSource({ ...cvrSource, baseUrl: config.cvr.url, user: config.cvr.user, password: config.cvr.password }) : null,
    store: stores.cvrSync, companies: stores.companies, directory, now, log, instanceId: `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    settings: {
      municipalityCodes: config.cvr?.municipalityCodes ?? ['707'], deltaMinutes: config.cvr?.deltaMinutes ?? 60, fullDays: config.cvr?.fullDays ?? 7, pageSize: cvrSource.pageSize,
    },
  });
  const overview = new OverviewService(directory, readModel, stores.optOutRegister, settings, units, now, () => cvrSync.recentNewCompanies());
  const quality = new QualityService({
    readModel, directory, units, purposes: () => strategy.purposes(), now, companyFeedback: deps.companyFeedback ?? ((from, to) => stores.feedback.answeredBetween(from, to)),
  });
  const proposals = new ProposalService(stores.proposals, naming, now);
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
  const planPosts = new PlanPostService(stores, poster, naming, now);
  const channelLocale = config.botLocale === 'en' ? 'en' : 'da';
  const digest = new DigestService({
    stores, directory, readModel, poster, units, now, instanceId: `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    settings: { ...settings, schedule: () => config.digestSchedule, locale: () => channelLocale },
  });
  const feedback = new FeedbackService({ stores, contactLog, now, publicBaseUrl: config.publicBaseUrl });
  const bot = new CoordinatorBot({
    lookup, contactLog, users, units, purposes: () => strategy.purposes(), companyTypeahead: deps.companyTypeahead ?? !config.localMode, log, writeTimeoutMs: deps.writeTimeoutMs ?? 10_000, localeSetting: config.botLocale,
    installations, planPosts, feedback,
  });
  const server = createHttpServer('erhvervskoordinator', [FEEDBACK_PATH]);

  registerMessagesRoute(server, adapter, bot);
  const localIssuer = config.localMode ? new LocalIssuer({ production: config.production }) : null;
  const validator = localIssuer ? localIssuer.validator() : entraValidatorFromConfig(requireSso(config));
  const tabAuth = authenticate(validator);
  registerTabApi(server, {
    authenticate: tabAuth,
    localIssuer,
    localUsers: localUsers.map((u) => ({ userId: u.aadObjectId, name: u.staff.displayName, unit: u.staff.unit, coordinator: u.staff.coordinator })),
    users, overview, contactLog, finder, stores, units, purposes: () => strategy.purposes(), settings, ownerOf: (c) => strategy.ownerOf(c), now, log, installations, planPosts, digest, channelLocale,
  });
  registerStrategyRoutes(server, { authenticate: tabAuth, users, log, strategy, companyName: (cvr) => directory.get(cvr)?.name ?? null });
  registerFeedbackRoutes(server, { authenticate: tabAuth, users, log, feedback, units, now });
  registerFeedbackPage(server, {
    feedback, naming, log, trustProxy: config.production,
    limiter: deps.feedbackLimiter ?? new RateLimiter({ capacity: 20, perMinute: 20, maxClients: 10_000, now: Date.now }),
  });
  registerQualityRoutes(server, { authenticate: tabAuth, users, log, quality, units });
  registerProposalRoutes(server, { authenticate: tabAuth, users, log, proposals });
  registerRegisterChangeRoutes(server, { authenticate: tabAuth, users, log, cvrSync, now });
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
    strategy,
    digest,
    planPosts,
    cvrSync,
    async start() {
      await stores.ensure();
      if (config.seedDemoData) {
        const seeded = await seedDemoDataIfEmpty(stores, now());
        if (seeded) log(`Demo data seeded (fictional): ${seeded.companies} companies, ${seeded.contacts} contacts, ${seeded.optOuts} opt-outs`);
      }
      await strategy.load();
      strategy.startPolling(20_000, (e) => log(`Strategy refresh failed: ${String(e)}`));
      await directory.load();
      directory.startPolling(config.companySyncSeconds * 1000, (e) => log(`Company sync failed: ${String(e)}`));
      await readModel.load();
      log(`Read model: ${readModel.size} contacts loaded in ${Math.round(readModel.coldLoadMs)} ms`);
      readModel.startPolling(20_000, (e) => log(`Contact refresh failed: ${String(e)}`));
      if (deps.digestTickMs !== 0) digest.start(deps.digestTickMs ?? 60_000, log);
      if (deps.cvrTickMs !== 0) cvrSync.start(deps.cvrTickMs ?? 60_000);
      return listen(server, config.port);
    },
    async stop() {
      directory.stopPolling();
      readModel.stopPolling();
      strategy.stopPolling();
      digest.stop();
      await cvrSync.stop();
      await close(server);
    },
  };
}

function requireSso(config: AppConfig) {
  // loadConfig already refuses a non-local start without these; this keeps the types honest.
  if (!config.sso) throw new Error('AAD_APP_CLIENT_ID and AAD_APP_TENANT_ID are required outside local mode');
  return config.sso;
}
