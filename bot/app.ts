import type { AppConfig } from './config.js';
import path from 'node:path';
import { LocalIssuer } from './api/auth/localIssuer.js';
import { authenticate } from './api/auth/restifyAuth.js';
import { entraValidatorFromConfig } from './api/auth/tokenValidator.js';
import { registerFeedbackRoutes } from './api/feedbackRoutes.js';
import { registerStrategyRoutes } from './api/strategyRoutes.js';
import { registerReadinessRoutes } from './api/readinessRoutes.js';
import { ReadinessService } from './services/readinessService.js';
import { registerProposalRoutes } from './api/proposalRoutes.js';
import { registerQualityRoutes } from './api/qualityRoutes.js';
import { registerRegisterChangeRoutes } from './api/registerChangeRoutes.js';
import { registerTabApi } from './api/tabApi.js';
import { registerAccessLogRoutes } from './api/accessLogRoutes.js';
import { registerDataProtectionRoutes } from './api/dataProtectionRoutes.js';
import { registerActivityFeedRoutes } from './api/activityFeedRoutes.js';
import { ActivityFeedService, activityFeedLink } from './services/activityFeedService.js';
import { graphActivityFeedFromSettings, type FeedSender } from './services/graph/graphActivityFeed.js';
import { LOCAL_USERS } from './demo/localUsers.js';
import { newEventId } from './domain/contactId.js';
import { registerFeedbackPage } from './feedback/feedbackPage.js';
import { registerHealthRoute, registerStartupGate } from './http/healthRoute.js';
import { registerPrivacyNotice } from './http/privacyNotice.js';
import { registerMessagesRoute } from './teams/messagesRoute.js';
import { registerStaticTab } from './http/staticTab.js';
import { close, createHttpServer, listen, type HttpServer } from './http/server.js';
import { AccessLogService, type AccessLogOptions } from './services/accessLogService.js';
import { CompanyDirectory } from './services/companyDirectory.js';
import { DataProtectionService } from './services/dataProtectionService.js';
import { RetentionService } from './services/retentionService.js';
import { CompanyFinder } from './services/companyFinder.js';
import { CompanyDetailService } from './services/companyDetailService.js';
import { CvrSource, type CvrSourceSettings } from './services/cvr/cvrSource.js';
import { CvrSyncService } from './services/cvr/cvrSyncService.js';
import { ContactLogService } from './services/contactLogService.js';
import { ContactReadModel } from './services/contactReadModel.js';
import { DigestService } from './services/digestService.js';
import { FEEDBACK_PATH, FeedbackService } from './services/feedbackService.js';
import { InstallationService } from './services/installationService.js';
import { OptOutRegisterService } from './services/optOutRegisterService.js';
import { PlanPostService } from './services/planPostService.js';
import { PlanService } from './services/planService.js';
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
import { ActingAs } from './teams/actingAs.js';
import { CoordinatorBot } from './teams/coordinatorBot.js';
import { TeamsChannelPoster } from './teams/teamsChannelPoster.js';
import { productMetrics } from './telemetry/metrics.js';
import { createLogger, logFn, type Logger } from './util/logger.js';
import { RateLimiter } from './util/rateLimiter.js';

export interface AppDeps {
  now?: () => Date;
  /** Where the server logs (default: JSON lines on stdout at info). */
  logger?: Logger;
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
  /** The access log's buffer (tests shorten the flush and retry intervals). */
  accessLog?: AccessLogOptions;
  /** How often the retention job checks whether today's run is due (default an hour; 0 = never, for tests that drive it). */
  retentionTickMs?: number;
  /** How often the CVR sync checks whether a run is due (default a minute; 0 = never, for tests that drive it). */
  cvrTickMs?: number;
  /** Page size, timeouts and backoff of the CVR service calls (tests shorten them). */
  cvrSource?: Partial<Omit<CvrSourceSettings, 'baseUrl' | 'user' | 'password'>>;
  /** Where activity-feed notices go (tests: Graph on a local stub); default from config.activityFeed, else none. */
  activityFeedSender?: FeedSender | null;
}

export interface App {
  server: HttpServer;
  logger: Logger;
  stores: Stores;
  directory: CompanyDirectory;
  readModel: ContactReadModel;
  strategy: StrategyService;
  digest: DigestService;
  planPosts: PlanPostService;
  accessLog: AccessLogService;
  retention: RetentionService;
  cvrSync: CvrSyncService;
  activityFeed: ActivityFeedService;
  /** Prepares storage and the in-memory register, then listens. Resolves to the port. */
  start(): Promise<number>;
  stop(): Promise<void>;
}

/** Documents the CVR sync reads before writing them together (docs/cvr-sync.md, "Figures"). */
const CVR_WRITE_BATCH = 5000;

/** How often the contact read model catches up with contacts written elsewhere; readiness allows two of these. */
const READ_MODEL_POLL_MS = 20_000;

/** Wires config, stores, services and the HTTP shells. Nothing here decides anything. */
export function createApp(config: AppConfig, deps: AppDeps = {}): App {
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? createLogger({ level: config.logLevel, format: config.production ? 'json' : 'pretty' });
  const log = logFn(logger);
  const stores = createStores(config.storage, config.tablePrefix, { now, logger });
  // The health probe must answer quickly even when storage hangs, so it gets its own client without retries.
  const probeStores = createStores(config.storage, config.tablePrefix, { maxRetries: 0 });
  const directory = new CompanyDirectory(stores.companies, now);
  const finder = new CompanyFinder(directory);
  const strategy = new StrategyService(stores.strategy, config.contactWindowDays, now, () => newEventId(now().getTime()));
  const units = () => strategy.units();
  const naming = () => strategy.naming();
  const accessLog = new AccessLogService(stores.accessLog, now, log, deps.accessLog);
  const lookup = new LookupService(finder, directory, stores.companies, stores.history, strategy, now, accessLog);
  const readModel = new ContactReadModel(stores.journal, now, (since) => stores.privacyAudit.writtenSince(since));
  const activityFeed = new ActivityFeedService({
    store: stores.activityFeed, contacts: () => readModel.contacts(), units, now, warn: (m) => logger.warn(m),
    sender: deps.activityFeedSender !== undefined ? deps.activityFeedSender : graphActivityFeedFromSettings(config.activityFeed ?? null),
    link: activityFeedLink(config.activityFeed?.teamsAppId ?? null, config.publicBaseUrl),
  });
  const contactLog = new ContactLogService(stores, finder, directory, units, strategy, now, lookup, (c) => readModel.add(c),
    (cvr, name, actor) => activityFeed.optedOut(cvr, name, actor));
  const settings = { windows: () => strategy.windows(), silenceMonths: () => strategy.silenceMonths() };
  /** Names this process in the leases that keep the digest, retention and CVR sync to one instance at a time. */
  const instanceId = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const cvrSource = { pageSize: 1000, requestTimeoutMs: 120_000, scrollKeepAlive: '5m', maxAttempts: 5, backoffMs: 2000, ...deps.cvrSource };
  const cvrSync = new CvrSyncService({
    source: config.cvr ? new CvrSource({ ...cvrSource, baseUrl: config.cvr.url, user: config.cvr.user, password: config.cvr.password }) : null,
    store: stores.cvrSync, companies: stores.companies, directory, now, log, instanceId,
    settings: {
      municipalityCodes: config.cvr?.municipalityCodes ?? ['707'], deltaMinutes: config.cvr?.deltaMinutes ?? 60, fullDays: config.cvr?.fullDays ?? 7, pageSize: cvrSource.pageSize,
      writeBatch: CVR_WRITE_BATCH,
    },
  });
  const overview = new OverviewService(directory, readModel, stores.optOutRegister, settings, units, now, () => cvrSync.recentNewCompanies());
  const plans = new PlanService(stores, overview, units, now, activityFeed);
  const companies = new CompanyDetailService((cvr) => contactLog.company(cvr), stores.history, (c) => strategy.ownerOf(c), accessLog);
  const optOutRegister = new OptOutRegisterService(stores.optOutRegister, (cvr) => contactLog.companyName(cvr), accessLog);
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
  const adapter = createAdapter(config.bot, log, config.allowedServiceUrls);
  const poster = new TeamsChannelPoster(adapter, config.bot?.appId ?? '', stores.conversations);
  const installations = new InstallationService(stores.conversations, now);
  const planPosts = new PlanPostService(stores, poster, naming, now);
  const channelLocale = config.botLocale === 'en' ? 'en' : 'da';
  const digest = new DigestService({
    stores, directory, readModel, poster, units, now, instanceId,
    settings: { ...settings, schedule: () => config.digestSchedule, locale: () => channelLocale },
  });
  const feedback = new FeedbackService({ stores, contactLog, now, publicBaseUrl: config.publicBaseUrl });
  const bot = new CoordinatorBot({
    lookup, contactLog, users, units, purposes: () => strategy.purposes(), companyTypeahead: deps.companyTypeahead ?? !config.localMode, log, writeTimeoutMs: deps.writeTimeoutMs ?? 10_000, localeSetting: config.botLocale,
    installations, planPosts, feedback, actingAs: config.localMode ? new ActingAs() : null,
  });
  const server = createHttpServer('erhvervskoordinator', logger, { ownBodies: [FEEDBACK_PATH], localMode: config.localMode });

  registerMessagesRoute(server, adapter, bot, log);
  const localIssuer = config.localMode ? new LocalIssuer({ production: config.production }) : null;
  const validator = localIssuer ? localIssuer.validator() : entraValidatorFromConfig(requireSso(config));
  const tabAuth = authenticate(validator);
  registerTabApi(server, {
    authenticate: tabAuth,
    localIssuer,
    localUsers: localUsers.map((u) => ({ userId: u.aadObjectId, name: u.staff.displayName, unit: u.staff.unit, coordinator: u.staff.coordinator, dataProtection: u.dataProtection })),
    users, overview, contactLog, finder, units, purposes: () => strategy.purposes(), settings, naming, log, installations, planPosts, digest, channelLocale,
    plans, companies, register: optOutRegister,
  });
  registerStrategyRoutes(server, { authenticate: tabAuth, users, log, strategy, companyName: (cvr) => directory.get(cvr)?.name ?? null });
  registerFeedbackRoutes(server, { authenticate: tabAuth, users, log, feedback, units, now });
  registerFeedbackPage(server, {
    feedback, naming, log, trustProxy: config.production,
    limiter: deps.feedbackLimiter ?? new RateLimiter({ capacity: 20, perMinute: 20, maxClients: 10_000, now: Date.now }),
  });
  registerQualityRoutes(server, { authenticate: tabAuth, users, log, quality, units });
  registerProposalRoutes(server, { authenticate: tabAuth, users, log, proposals });
  const companyName = (cvr: string) => directory.get(cvr)?.name ?? null;
  registerAccessLogRoutes(server, { authenticate: tabAuth, users, log, accessLog, companyName, now });
  const retention = new RetentionService({ stores, readModel, now, instanceId });
  const dataProtection = new DataProtectionService({ stores, directory, readModel, accessLog, now });
  registerDataProtectionRoutes(server, { authenticate: tabAuth, users, log, retention, dataProtection });
  registerPrivacyNotice(server, retention);
  registerActivityFeedRoutes(server, { authenticate: tabAuth, users, log, activityFeed });
  registerRegisterChangeRoutes(server, { authenticate: tabAuth, users, log, cvrSync, now });
  registerStaticTab(server, deps.tabDist ?? path.resolve(__dirname, '..', '..', 'tab', 'dist'), log);

  const startup = new Startup();
  /** Everything the server must have read before it may answer; each step may simply be run again after a failure. */
  const prepare = async () => {
    await stores.ensure();
    if (config.seedDemoData) {
      const seeded = await seedDemoDataIfEmpty(stores, now());
      if (seeded) logger.info(seeded, 'demo data seeded (fictional)');
    }
    await strategy.load();
    await directory.load();
    await readModel.load();
    logger.info({ contacts: readModel.size, ms: Math.round(readModel.coldLoadMs) }, 'read model loaded');
  };
  registerStartupGate(server, () => startup.ready);
  const readiness = new ReadinessService({
    probeStorage: () => probeStores.probe(2000), readModelCaughtUpAt: () => readModel.caughtUpAt, readModelIntervalMs: READ_MODEL_POLL_MS,
    lastDigest: () => digest.lastPosted(), cvrStatus: () => cvrSync.status(), now,
  });
  registerReadinessRoutes(server, { authenticate: tabAuth, users, log, readiness });
  registerHealthRoute(server, async () => {
    const storage = await probeStores.probe(2000);
    const ok = storage.ok && startup.ready;
    const cvr = storage.ok ? await cvrSync.health().catch(() => null) : null;
    const status = !ok ? 'unavailable' : cvr?.status === 'degraded' ? 'degraded' : 'ok';
    return {
      ok, status, ready: startup.ready, storage, companies: directory.size, localMode: config.localMode, cvrSync: cvr ?? { status: 'unknown', failingSince: null },
    };
  });

  return {
    server,
    logger,
    stores,
    directory,
    readModel,
    strategy,
    digest,
    planPosts,
    accessLog,
    retention,
    cvrSync,
    activityFeed,
    async start() {
      const port = await listen(server, config.port, config.listenHost);
      if (config.localMode) {
        if (config.listenHost === '127.0.0.1') logger.info({ host: config.listenHost, port }, 'local mode: listening on this machine only');
        else logger.warn({ host: config.listenHost, port }, 'local mode listening beyond this machine (LISTEN_HOST): anyone who reaches it can sign in as a coordinator');
      }
      // Storage may be down at start: listen anyway (/healthz says 503, so App Service sends no traffic and the
      // log says why) and try again with backoff, rather than exit and hide the cause in a loop of restarts.
      for (let attempt = 0; !startup.stopped; attempt++) {
        try {
          await prepare();
          break;
        } catch (e) {
          const waitMs = Math.min(30_000, 1000 * 2 ** attempt);
          logger.warn({ err: e, attempt, waitMs }, 'storage is not answering at start; trying again');
          await startup.sleep(waitMs);
        }
      }
      if (startup.stopped) return port;
      strategy.startPolling(20_000, (e) => log('strategy refresh failed', e));
      directory.startPolling(config.companySyncSeconds * 1000, (e) => log('company sync failed', e));
      readModel.startPolling(READ_MODEL_POLL_MS, (e) => log('contact refresh failed', e));
      productMetrics.observeReadModelLag(() => {
        const at = readModel.caughtUpAt;
        return at ? (now().getTime() - at.getTime()) / 1000 : null;
      });
      if (deps.digestTickMs !== 0) digest.start(deps.digestTickMs ?? 60_000, log);
      if (deps.retentionTickMs !== 0) retention.start(deps.retentionTickMs ?? 3_600_000, log);
      if (deps.cvrTickMs !== 0) cvrSync.start(deps.cvrTickMs ?? 60_000);
      startup.ready = true;
      return port;
    },
    async stop() {
      startup.stop();
      directory.stopPolling();
      readModel.stopPolling();
      strategy.stopPolling();
      digest.stop();
      retention.stop();
      await cvrSync.stop();
      await close(server);
      await activityFeed.settled();
      // After the server stopped taking requests, so every read it answered is written.
      await accessLog.stop();
    },
  };
}

/** Whether start-up has finished, and a way to end its retries early (stop during an outage). */
class Startup {
  ready = false;
  stopped = false;
  private wake: (() => void) | null = null;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => { clearTimeout(timer); resolve(); };
    });
  }

  stop(): void {
    this.stopped = true;
    this.wake?.();
  }
}

function requireSso(config: AppConfig) {
  // loadConfig already refuses a non-local start without these; this keeps the types honest.
  if (!config.sso) throw new Error('AAD_APP_CLIENT_ID and AAD_APP_TENANT_ID are required outside local mode');
  return config.sso;
}
