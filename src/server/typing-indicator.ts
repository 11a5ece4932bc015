/**
 * "Typing…" while a turn takes longer than a moment. Replaces botbuilder's
 * ShowTypingMiddleware, whose timer can touch the turn context after the turn
 * has ended and crash the process. Skipped for expectReplies turns, whose
 * replies all arrive at once in the HTTP response.
 */
import { type Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../log';

export function typingIndicator(delayMs: number, periodMs: number, log: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      const { activity } = context;
      if (activity.type !== 'message' || activity.deliveryMode === 'expectReplies') return next();
      // Captured now: the context is revoked when the turn ends, a pending timer must not touch it.
      const adapter = context.adapter;
      const typing = TurnContext.applyConversationReference(
        { type: 'typing' },
        TurnContext.getConversationReference(activity),
      );
      let finished = false;
      let timer: NodeJS.Timeout | undefined;
      const schedule = (delay: number) => {
        timer = setTimeout(() => {
          if (finished) return;
          adapter.sendActivities(context, [typing]).then(
            () => !finished && schedule(periodMs),
            (err: unknown) => log.debug({ err: (err as Error).message }, 'typing indicator not sent'),
          );
        }, delay);
      };
      schedule(delayMs);
      try {
        await next();
      } finally {
        finished = true;
        clearTimeout(timer);
      }
    },
  };
}
