/**
 * Teams activity-feed notices through Microsoft Graph: POST /users/{id}/teamwork/sendActivityNotification, app-only.
 * Teams accepts them only from the Entra app named in the manifest's webApplicationInfo, holding the application
 * permission TeamsActivity.Send (admin consent), for users who have the app installed (docs/activity-feed.md).
 */
import { ClientAssertionCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createGraphClient, DEFAULT_GRAPH_BASE_URL, describeGraphError, GRAPH_SCOPE } from './graphClient.js';
import { DEFAULT_GRAPH_TIMEOUT_MS } from './graphUserDirectory.js';

/** One notice as Graph takes it; the activity type and template parameters must match the manifest's declaration. */
export interface FeedNotification {
  activityType: string;
  /** The line Teams shows as the notice's topic (plain text), and where selecting it leads. */
  topic: string;
  webUrl: string;
  preview: string;
  parameters: Record<string, string>;
}

/** Whatever delivers notices; a failure throws with the reason (the caller logs it and carries on). */
export interface FeedSender {
  send(userId: string, notification: FeedNotification): Promise<void>;
}

export interface GraphActivityFeedOptions {
  credential: TokenCredential;
  /** Default https://graph.microsoft.com/v1.0; tests point it at a local stub. */
  baseUrl?: string;
  timeoutMs?: number;
}

export class GraphActivityFeed implements FeedSender {
  private readonly client: Client;
  private readonly timeoutMs: number;

  constructor(options: GraphActivityFeedOptions) {
    this.client = createGraphClient(options.credential, options.baseUrl ?? DEFAULT_GRAPH_BASE_URL, [GRAPH_SCOPE]);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_GRAPH_TIMEOUT_MS;
  }

  async send(userId: string, n: FeedNotification): Promise<void> {
    const body = {
      topic: { source: 'text', value: n.topic, webUrl: n.webUrl },
      activityType: n.activityType,
      previewText: { content: n.preview },
      templateParameters: Object.entries(n.parameters).map(([name, value]) => ({ name, value })),
    };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      await this.client
        .api(`/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`)
        .option('signal', controller.signal)
        .post(body);
    } catch (e) {
      throw new Error(controller.signal.aborted ? `no answer within ${this.timeoutMs} ms` : describeGraphError(e));
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface ActivityFeedSettings {
  tenantId: string;
  /** The Entra app of webApplicationInfo (AAD_APP_CLIENT_ID): Teams takes notices from that app only. */
  clientId: string;
  /** The managed identity that signs for that app through a federated credential, so no secret is kept. */
  managedIdentityClientId: string;
}

/** The sender start-up builds from settings; null (nothing sent, a warning per event) when they are absent. */
export function graphActivityFeedFromSettings(s: ActivityFeedSettings | null): GraphActivityFeed | null {
  return s ? new GraphActivityFeed({ credential: activityFeedCredential(s) }) : null;
}

/** The app's token, obtained with the managed identity's token as the client assertion (workload identity federation). */
export function activityFeedCredential(s: ActivityFeedSettings): TokenCredential {
  const identity = new ManagedIdentityCredential({ clientId: s.managedIdentityClientId });
  return new ClientAssertionCredential(s.tenantId, s.clientId, async () => {
    const token = await identity.getToken('api://AzureADTokenExchange/.default');
    return token.token;
  });
}
