/**
 * Where a reminder goes (R26): into the conversation where the request lives —
 * in a Teams channel, into the thread of the request card — and, when the
 * tenant set one, also into its escalation channel.
 *
 * Channel threads are addressed the way Teams documents it: the conversation
 * id `19:…@thread.tacv2;messageid=<root message id>`, posted with
 * `POST /v3/conversations/{id}/activities`. The root is the thread the request
 * was created in (already in the stored id), else the request card itself
 * (`cardActivityId`, a top-level post). Chats have no threads: the chat itself.
 */
import type { SupportRequest } from '../domain/requests/support-request';
import type { DeliveryTargetName } from './delivery-record';
import { type ConversationReferenceRecord, conversationReferenceSchema } from './proactive-sender';

export interface ReminderTarget {
  readonly name: DeliveryTargetName;
  readonly reference: ConversationReferenceRecord;
  /** The rate limiter's key: the conversation without a thread suffix, since Teams counts per conversation. */
  readonly threadKey: string;
}

const threadSuffix = /;messageid=(.*)$/;

/** The conversation id without `;messageid=…`. */
export function conversationRoot(conversationId: string): string {
  return conversationId.replace(threadSuffix, '');
}

function withConversationId(reference: ConversationReferenceRecord, id: string): ConversationReferenceRecord {
  return { ...reference, conversation: { ...reference.conversation, id } };
}

/** The request's own conversation, or the reason it cannot be used. */
export function threadTarget(request: SupportRequest): ReminderTarget | { readonly invalid: string } {
  const parsed = conversationReferenceSchema.safeParse(request.conversation);
  if (!parsed.success)
    return { invalid: `stored conversation reference is unusable: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const reference = parsed.data;
  const storedId = reference.conversation.id;
  const root = conversationRoot(storedId);
  const threadRoot = threadSuffix.exec(storedId)?.[1] ?? request.cardActivityId;
  const inChannel = reference.conversation.conversationType === 'channel';
  const id = inChannel && threadRoot !== undefined && threadRoot !== '' ? `${root};messageid=${threadRoot}` : storedId;
  return { name: 'thread', reference: withConversationId(reference, id), threadKey: root };
}

/** The tenant's escalation channel: new top-level posts in the channel. */
export function escalationTarget(reference: ConversationReferenceRecord): ReminderTarget {
  const root = conversationRoot(reference.conversation.id);
  return { name: 'escalation', reference: withConversationId(reference, root), threadKey: root };
}
