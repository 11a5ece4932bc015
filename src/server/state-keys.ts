/**
 * Where a turn's state is stored: the user's own (profile, language) and the
 * user's in this conversation (the check under way), as botbuilder's
 * UserState and PrivateConversationState name them, inside the tenant: an
 * activity from another tenant that reuses the same conversation and user
 * ids must not read or write this tenant's state.
 */
import type { TurnContext } from 'botbuilder';
import { tenantOf } from '../conversation/turn-identity';

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === '') throw new Error(`missing activity.${what}`);
  return value;
}

export function userStateKey(context: TurnContext): string {
  const { channelId, from } = context.activity;
  return `${required(channelId, 'channelId')}/${tenantOf(context)}/users/${required(from?.id, 'from.id')}/`;
}

export function privateConversationStateKey(context: TurnContext): string {
  const { channelId, conversation, from } = context.activity;
  return `${required(channelId, 'channelId')}/${tenantOf(context)}/conversations/${required(conversation?.id, 'conversation.id')}/users/${required(from?.id, 'from.id')}/`;
}
