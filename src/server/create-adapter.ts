/**
 * The Bot Framework CloudAdapter. No app id = anonymous local mode (Agents
 * Playground, Emulator); an app id = every request's JWT is checked.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config';
import { languageFromLocale, t } from '../i18n';
import type { Logger } from '../log';

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

export function createAdapter(settings: Config['bot'], log: Logger): CloudAdapter {
  const credentials = {
    MicrosoftAppId: settings.appId ?? '',
    MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.appTenantId ?? '',
  };
  const auth = new ConfigurationBotFrameworkAuthentication(
    credentials,
    new ConfigurationServiceClientCredentialFactory(credentials),
  );
  const adapter = new CloudAdapter(auth);

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
