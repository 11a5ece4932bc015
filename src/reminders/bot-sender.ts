/**
 * ProactiveSender over the bot's CloudAdapter: `continueConversationAsync`
 * with the stored reference, then an explicit connector call so we choose the
 * endpoint — `POST /v3/conversations/{id}/activities`, or
 * `/activities/{replyToId}` when a reply-to id is given, or
 * `PUT /v3/conversations/{id}/activities/{activityId}` to update a message. (TurnContext's
 * sendActivity would reply to the synthetic continuation event's random id.)
 *
 * Threads: the caller passes a channel reference whose conversation id already
 * names the thread (`19:…@thread.tacv2;messageid=<root>`), which is how Teams
 * posts into a channel thread (see reminder-targets.ts).
 */
import { type Activity, type CloudAdapterBase, type ConversationReference, TurnContext } from 'botbuilder';
import { type ConnectorClient, limitCalls, withoutBuiltInRetries } from './connector-client';
import {
  type ConversationReferenceRecord,
  DeliveryError,
  notRunStatus,
  type OutgoingActivity,
  parseRetryAfter,
  type MessageUpdater,
  type ProactiveSender,
  type SendOptions,
  timeoutCode,
} from './proactive-sender';

interface ConnectorFailure {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | null | undefined } };
}

function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const failure = (err ?? {}) as ConnectorFailure;
  const retryAfter = failure.response?.headers?.get?.('retry-after');
  return new DeliveryError(
    failure.message ?? String(err),
    typeof failure.statusCode === 'number' ? failure.statusCode : undefined,
    typeof failure.code === 'string' ? failure.code : undefined,
    parseRetryAfter(retryAfter, new Date()),
  );
}

/** How long one connector call may take unless the caller says otherwise: well inside Teams' 15 s for a turn. */
export const defaultCallTimeoutMs = 10_000;

export class BotSender implements ProactiveSender, MessageUpdater {
  /** `botAppId`: MicrosoftAppId, or '' in anonymous local mode. */
  constructor(
    private readonly adapter: CloudAdapterBase,
    private readonly botAppId: string,
    private readonly callTimeoutMs = defaultCallTimeoutMs,
  ) {}

  async send(
    reference: ConversationReferenceRecord,
    activity: OutgoingActivity,
    options: SendOptions = {},
  ): Promise<{ activityId: string }> {
    const { replyToId } = options;
    const activityId = await this.withConnector(reference, options, async (client, conversationReference) => {
      const outgoing = TurnContext.applyConversationReference(
        { ...activity } as Partial<Activity>,
        conversationReference,
      );
      const conversationId = reference.conversation.id;
      const response =
        replyToId === undefined
          ? await client.conversations.sendToConversation(conversationId, { ...outgoing, replyToId: undefined })
          : await client.conversations.replyToActivity(conversationId, replyToId, { ...outgoing, replyToId });
      return response.id ?? '';
    });
    return { activityId };
  }

  async update(
    reference: ConversationReferenceRecord,
    activityId: string,
    activity: OutgoingActivity,
    options: SendOptions = {},
  ): Promise<void> {
    await this.withConnector(reference, options, async (client, conversationReference) => {
      const outgoing = TurnContext.applyConversationReference(
        { ...activity, id: activityId } as Partial<Activity>,
        conversationReference,
      );
      await client.conversations.updateActivity(reference.conversation.id, activityId, {
        ...outgoing,
        id: activityId,
        replyToId: undefined,
      });
      return activityId;
    });
  }

  /** Runs `call` with the connector client of the referenced conversation; its failure becomes a DeliveryError. */
  private async withConnector(
    reference: ConversationReferenceRecord,
    options: SendOptions,
    call: (client: ConnectorClient, conversationReference: Partial<ConversationReference>) => Promise<string>,
  ): Promise<string> {
    let result: string | undefined;
    let failure: unknown;
    let timedOut = () => false;
    const conversationReference = reference as unknown as Partial<ConversationReference>;
    try {
      await this.adapter.continueConversationAsync(this.botAppId, conversationReference, async (context) => {
        // Errors stay inside: thrown, they would reach the adapter's onTurnError, which tells the chat "something went wrong".
        try {
          const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
          withoutBuiltInRetries(client);
          timedOut = limitCalls(client, options.timeoutMs ?? this.callTimeoutMs);
          result = await call(client, conversationReference);
        } catch (err) {
          failure = err;
        }
      });
    } catch (err) {
      throw toDeliveryError(err);
    }
    if (timedOut())
      throw new DeliveryError(
        `no answer from the Bot Connector within ${options.timeoutMs ?? this.callTimeoutMs} ms`,
        undefined,
        timeoutCode,
      );
    if (failure !== undefined) throw toDeliveryError(failure);
    if (result === undefined) {
      throw new DeliveryError(
        'the adapter did not run the send (a middleware refused the conversation)',
        notRunStatus,
        'NotRun',
      );
    }
    return result;
  }
}
