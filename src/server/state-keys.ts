/**
 * Where a turn's state is stored: the user's own (profile, language) and the
 * user's in this conversation (the check under way), as botbuilder's
 * UserState and PrivateConversationState name them.
 */
import type { TurnContext } from 'botbuilder';

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === '') throw new Error(`missing activity.${what}`);
  return value;
}

export function userStateKey(context: TurnContext): string {
  const { channelId, from } = context.activity;
  return `${required(channelId, 'channelId')}/users/${required(from?.id, 'from.id')}/`;
}

export function privateConversationStateKey(context: TurnContext): string {
  const { channelId, conversation, from } = context.activity;
  return `${required(channelId, 'channelId')}/conversations/${required(conversation?.id, 'conversation.id')}/users/${required(from?.id, 'from.id')}/`;
}
