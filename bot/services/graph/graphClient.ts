/**
 * A Microsoft Graph client on a configurable base URL. The library's own AuthenticationHandler only signs
 * https requests to hosts it knows, so a plain-http test server (or any base it does not list) would get no
 * token; this chain signs exactly the requests to the configured base's origin and nothing else, so a token
 * never leaves for another host. Tokens come from @azure/identity via TokenCredentialAuthenticationProvider,
 * which leaves caching and refresh to the credential.
 */
import type { TokenCredential } from '@azure/identity';
import { Client, GraphError, HTTPMessageHandler, type AuthenticationProvider, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** "https://graph.microsoft.com/v1.0" → host "https://graph.microsoft.com", version "v1.0": the library joins them. */
export function splitBaseUrl(baseUrl: string): { origin: string; host: string; version: string } {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Graph base URL must be http(s): ${baseUrl}`);
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const version = segments.pop() ?? 'v1.0';
  const host = [url.origin, ...segments].join('/');
  return { origin: url.origin, host, version };
}

class BearerForOrigin implements Middleware {
  private next: Middleware | null = null;

  constructor(private readonly auth: AuthenticationProvider, private readonly origin: string) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
    if (new URL(url).origin === this.origin) headers.set('Authorization', `Bearer ${await this.auth.getAccessToken()}`);
    else headers.delete('Authorization');
    options.headers = Object.fromEntries(headers.entries());
    if (!this.next) throw new Error('BearerForOrigin must not be last in the chain');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function createGraphClient(credential: TokenCredential, baseUrl = DEFAULT_GRAPH_BASE_URL, scopes: string[] = [GRAPH_SCOPE]): Client {
  const { origin, host, version } = splitBaseUrl(baseUrl);
  const auth = new TokenCredentialAuthenticationProvider(credential, { scopes });
  return Client.initWithMiddleware({ baseUrl: host, defaultVersion: version, middleware: [new BearerForOrigin(auth, origin), new HTTPMessageHandler()] });
}

/** "HTTP 403 Forbidden: …" for a Graph refusal, the message otherwise: what a log line needs to say why. */
export function describeGraphError(e: unknown): string {
  if (e instanceof GraphError) return `HTTP ${e.statusCode}${e.code ? ` ${e.code}` : ''}${e.message ? `: ${e.message}` : ''}`;
  return e instanceof Error ? e.message : String(e);
}
