/**
 * A deadline on every Bot Connector call a turn makes (replies, updates, the
 * typing indicator): a connector that never answers fails that call instead
 * of holding the turn (issue 16, item 16). Turns answered in the HTTP
 * response (expectReplies, invokes) make no such call.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { limitCalls } from '../reminders/connector-client';

export function connectorDeadline(timeoutMs: number): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      limitCalls(context.turnState.get(context.adapter.ConnectorClientKey), timeoutMs);
      await next();
    },
  };
}
