/**
 * Where a redrawn card goes (one card per check). In a Universal
 * Action invoke the card is the invoke response, which Teams puts in place
 * of the clicked card; after an Action.Submit it replaces the clicked
 * message; after a typed answer it replaces the card last shown. When
 * nothing can be replaced (replies buffered, message gone) it is sent anew.
 */
import { type Activity, ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render-card';
import type { Logger } from '../log';

const invokeCardKey = Symbol('the card for this invoke response');

/** The card a handler drew during this invoke turn, if any. */
export function invokeCardOf(context: TurnContext): AdaptiveCardJson | undefined {
  return context.turnState.get(invokeCardKey) as AdaptiveCardJson | undefined;
}

/** Whether a redrawn card would replace one (true) or arrive as a new message (false). */
export function canRedrawInPlace(context: TurnContext, shownIn: string | undefined): boolean {
  const { activity } = context;
  return (
    activity.type === ActivityTypes.Invoke ||
    shownIn !== undefined ||
    (activity.value !== undefined && activity.replyToId !== undefined)
  );
}

export function cardPresenter(log: Logger) {
  return async (
    context: TurnContext,
    card: AdaptiveCardJson,
    shownIn: string | undefined,
  ): Promise<string | undefined> => {
    const { activity } = context;
    if (activity.type === ActivityTypes.Invoke) {
      context.turnState.set(invokeCardKey, card);
      return activity.replyToId ?? shownIn;
    }
    // A Submit click's replyToId is the clicked card; a typed message's may be a channel thread's root, never a card to replace.
    const target = activity.value !== undefined ? (activity.replyToId ?? shownIn) : shownIn;
    if (target !== undefined) {
      try {
        await context.updateActivity({
          id: target,
          type: ActivityTypes.Message,
          attachments: [cardAttachment(card)],
        } as Partial<Activity>);
        return target;
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'could not redraw the card in place; sending it anew');
      }
    }
    const sent = await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
    return sent?.id || undefined;
  };
}
