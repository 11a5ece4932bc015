/**
 * The Bot Framework CloudAdapter. No app id = anonymous local mode (Agents
 * Playground, Emulator); an app id = every request's JWT is checked, first by
 * ChannelTokenValidator, then by botbuilder (see channel-authentication.ts).
 */
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../config';
import { languageFromLocale, t } from '../i18n';
import type { Logger } from '../log';
import { GatedAuthentication, anonymousGate, tokenGate } from './channel-authentication';

/** Cosmos SDK errors carry an HTTP-like code; socket errors an errno code. */
export function isStorageFault(err: unknown): boolean {
  const e = err as { code?: unknown; name?: unknown; body?: unknown } | undefined;
  return (
    typeof e?.code === 'number' ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(String(e?.code)) ||
    e?.name === 'TimeoutError' ||
    e?.name === 'AbortError'
  );
}

/**
 * CloudAdapter.process answers errors itself (a 500 with the library's message,
 * and console.error); the HTTP server reads the body and answers instead.
 */
export class BotCloudAdapter extends CloudAdapter {
  /** Authenticates the activity and runs its turn; throws RequestRefused for a request it will not serve. */
  handle(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

export function createAdapter(settings: Config['bot'], log: Logger): BotCloudAdapter {
  const credentials = {
    MicrosoftAppId: settings.appId ?? '',
    MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.appTenantId ?? '',
  };
  const openIdMetadataUrl = settings.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;
  const issuer = settings.tokenIssuer ?? AuthenticationConstants.ToBotFromChannelTokenIssuer;
  // botbuilder takes the public cloud's endpoints as a set: overriding one means naming them all.
  const botbuilderAuth = new ConfigurationBotFrameworkAuthentication(
    {
      ...credentials,
      ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: issuer,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
      ValidateAuthority: true,
    },
    new ConfigurationServiceClientCredentialFactory(credentials),
  );
  const gate =
    settings.appId === undefined
      ? anonymousGate(settings.anonymousServiceHosts)
      : tokenGate({ appId: settings.appId, openIdMetadataUrl, issuer });
  const adapter = new BotCloudAdapter(new GatedAuthentication(botbuilderAuth, gate));

  adapter.onTurnError = async (context: TurnContext, err: Error) => {
    const activity = context.activity;
    log.error(
      { err, activityType: activity.type, activityName: activity.name, conversationId: activity.conversation?.id },
      'turn failed',
    );
    const language = languageFromLocale(activity.locale);
    try {
      await context.sendActivity(t(language, isStorageFault(err) ? 'error.storage' : 'error.turn'));
    } catch (sendErr) {
      log.error({ err: sendErr }, 'could not tell the user about the failed turn');
    }
  };
  return adapter;
}
