/**
 * ALLOWED_TENANT_IDS: activities from other tenants get a polite refusal and
 * never reach the bot, so nothing of theirs is stored.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { languageFromLocale, t } from '../i18n';
import type { Logger } from '../log';

export function tenantIdOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannel = channelData?.tenant?.id;
  return context.activity.conversation?.tenantId ?? (typeof fromChannel === 'string' ? fromChannel : undefined);
}

export function tenantAllowList(allowed: readonly string[], log: Logger): Middleware {
  const allowedIds = new Set(allowed.map((id) => id.toLowerCase()));
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      const tenantId = tenantIdOf(context)?.toLowerCase();
      if (allowedIds.size === 0 || (tenantId !== undefined && allowedIds.has(tenantId))) {
        await next();
        return;
      }
      log.warn({ tenantId, activityType: context.activity.type }, 'refused a tenant that is not allowed');
      if (context.activity.type === 'message' || context.activity.type === 'invoke') {
        await context.sendActivity(t(languageFromLocale(context.activity.locale), 'error.tenantNotAllowed'));
      }
    },
  };
}
