/**
 * ALLOWED_TENANT_IDS: activities from other tenants get a polite refusal and
 * never reach the bot, so nothing of theirs is stored.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { languageFromLocale, t } from '../i18n';
import type { Logger } from '../log';
import { tenantIdOf } from './turn-identity';

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
