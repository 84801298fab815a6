import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import type { BotAuthConfig } from '../config.js';
import type { LogFn } from '../util/logger.js';

// botbuilder does not re-export these types of botframework-connector, its own dependency.
type Authentication = ConfigurationBotFrameworkAuthentication;
type AuthenticateRequestResult = Awaited<ReturnType<Authentication['authenticateRequest']>>;
type ClaimsIdentity = Parameters<Authentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<Authentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Authentication['createUserTokenClient']>>;

/**
 * The Bot Framework adapter. With an app registration every request must carry a valid Bot Framework
 * token (else 401); without one (local mode only, enforced by the config) requests are not authenticated.
 * botbuilder is archived upstream: it is used only in bot/teams and bot/http, so moving to the
 * Microsoft 365 Agents SDK touches those folders alone.
 */
export function createAdapter(auth: BotAuthConfig | null, log: LogFn, allowedServiceUrls: readonly string[] | null = null): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory(auth
    ? {
        MicrosoftAppId: auth.appId,
        MicrosoftAppPassword: auth.appPassword ?? undefined,
        MicrosoftAppType: auth.appType,
        MicrosoftAppTenantId: auth.tenantId ?? undefined,
      }
    : {});
  const adapter = new CloudAdapter(new ReusedClientsAuthentication(credentials, allowedServiceUrls, auth?.openIdMetadataUrl));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log(`unhandled error in a turn (${context.activity.type})`, error);
    if (context.activity.type === 'message') {
      await context.sendActivity('Der skete en fejl hos mig. Prøv igen om lidt. (An error occurred; please try again.)');
    }
  };
  return adapter;
}

/**
 * botbuilder's public-cloud settings (AuthenticationConstants of botframework-connector, which botbuilder does not
 * re-export). Setting any one of them makes botbuilder expect all, so another key URL comes with these.
 */
const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: CallerIdConstants.PublicAzureChannel,
  ValidateAuthority: true,
};

/** More keys than the service URLs and app ids one bot meets; only an unauthenticated local caller could make more. */
const MAX_CLIENTS = 100;

/**
 * Authentication as configured, but the connector and user-token clients it hands out are reused. botbuilder
 * builds both, each with its own HTTP pipeline, for every incoming activity (an invoke that sends nothing
 * too), although they depend only on the bot's app id, the channel's service URL and the audience: measured,
 * about a twentieth of the server's CPU time per logged contact. A client holds its credentials, which fetch
 * and renew their token themselves, so one client serves any number of turns.
 */
export class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    credentials: ConfigurationServiceClientCredentialFactory,
    /** Service URL prefixes the bot may call; null (local mode) allows any. */
    private readonly allowedServiceUrls: readonly string[] | null = null,
    openIdMetadataUrl?: string,
  ) {
    super(openIdMetadataUrl ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl } : {}, credentials);
  }

  /**
   * The service URL is checked after the token (an unauthenticated caller learns nothing of the list) and before
   * the turn runs, so nothing is sent to, and no token requested for, a URL outside the list.
   */
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    if (!serviceUrlAllowed(activity.serviceUrl, this.allowedServiceUrls)) throw new Error(`${SERVICE_URL_REFUSED}: ${activity.serviceUrl}`);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory, result.claimsIdentity) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return remember(this.tokenClients, appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private reusing(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    return {
      create: (serviceUrl: string, audience?: string): Promise<ConnectorClient> =>
        // Proactive posts (digest, plans) use stored service URLs: they are held to the same list.
        !serviceUrlAllowed(serviceUrl, this.allowedServiceUrls)
          ? Promise.reject(new Error(`${SERVICE_URL_REFUSED}: ${serviceUrl}`))
          : remember(this.connectors, `${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    };
  }
}

/** The start of the error message for a service URL outside the list; the messages route answers it with 403. */
export const SERVICE_URL_REFUSED = 'Service URL not allowed';

/** Whether the bot may call a service URL: it must lie under one of the allowed prefixes (null: local mode, any). */
export function serviceUrlAllowed(serviceUrl: string, allowed: readonly string[] | null): boolean {
  if (allowed === null) return true;
  let href: string;
  try {
    href = new URL(serviceUrl).href;
  } catch {
    return false;
  }
  const withSlash = href.endsWith('/') ? href : `${href}/`;
  return allowed.some((prefix) => withSlash.toLowerCase().startsWith(prefix.toLowerCase()));
}

/** The app id botbuilder builds a turn's clients for: the token's audience ("aud"), else the emulator's "appid" claim. */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue('aud') ?? claimsIdentity.getClaimValue('appid') ?? '';
}

function remember<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= MAX_CLIENTS) cache.clear();
  // A failed creation is not kept: the next turn tries again.
  const made = make().catch((e: unknown) => {
    cache.delete(key);
    throw e;
  });
  cache.set(key, made);
  return made;
}
