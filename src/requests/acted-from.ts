/**
 * Where a request may be acted on: only from the
 * conversations where its cards live. Anyone in the tenant who learnt a
 * request id could otherwise open, snooze or cancel it from any chat.
 *
 * - its own conversation: the chat it was filed in, or in a team channel its
 *   own thread (the request card and its reminders are posted there);
 * - the tenant's escalation channel, where copies of its reminders go;
 * - the requester's personal chat with the bot, where `status` lists it;
 * - only to open it (read only): a channel of its team, where the team's
 *   `status` lists it.
 */
import type { SupportRequest } from '../domain/requests/support-request';
import { conversationRoot, threadTarget } from '../reminders/reminder-targets';

export interface ActionOrigin {
  readonly conversationId: string;
  readonly conversationType: string | undefined;
  readonly userId: string;
  readonly teamId: string | undefined;
}

/** Here is the request's conversation: the same chat or thread, or its channel when no thread is known. */
function isOwnConversation(request: SupportRequest, here: string): boolean {
  const own = threadTarget(request);
  if ('invalid' in own) return false;
  const id = own.reference.conversation.id;
  return id === here || (conversationRoot(id) === id && conversationRoot(here) === id);
}

export function mayActFrom(
  request: SupportRequest,
  origin: ActionOrigin,
  escalationChannelId: string | undefined,
  readOnly: boolean,
): boolean {
  if (isOwnConversation(request, origin.conversationId)) return true;
  if (
    escalationChannelId !== undefined &&
    conversationRoot(origin.conversationId) === conversationRoot(escalationChannelId)
  )
    return true;
  if (origin.conversationType === 'personal' && origin.userId === request.requestedBy.id) return true;
  return readOnly && origin.teamId !== undefined && origin.teamId === request.teamId;
}
