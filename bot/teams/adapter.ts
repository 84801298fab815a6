import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { BotAuthConfig } from '../config.js';

/**
 * The Bot Framework adapter. With an app registration every request must carry a valid Bot Framework
 * token (else 401); without one (local mode only, enforced by the config) requests are not authenticated.
 * botbuilder is archived upstream: it is used only in bot/teams and bot/http, so moving to the
 * Microsoft 365 Agents SDK touches those folders alone.
 */
export function createAdapter(auth: BotAuthConfig | null, log: (message: string) => void): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory(auth
    ? {
        MicrosoftAppId: auth.appId,
        MicrosoftAppPassword: auth.appPassword ?? undefined,
        MicrosoftAppType: auth.appType,
        MicrosoftAppTenantId: auth.tenantId ?? undefined,
      }
    : {});
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, credentials));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log(`Unhandled error in turn (${context.activity.type}): ${error.stack ?? error.message}`);
    if (context.activity.type === 'message') {
      await context.sendActivity('Der skete en fejl hos mig. Prøv igen om lidt. (An error occurred; please try again.)');
    }
  };
  return adapter;
}
