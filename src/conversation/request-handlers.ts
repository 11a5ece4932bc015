/**
 * The Teams side of tracked requests: "I've filed it" turns the
 * finished check into a request, card actions (Action.Execute invokes, or
 * Action.Submit from clients without Universal Actions) change it, and the
 * card that shows it is updated in place. The rules live in src/requests.
 */
import { type Activity, MessageFactory, teamsGetTeamInfo, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { literalName } from '../cards/literal-text';
import { reminderCard } from '../cards/reminder-card';
import { adaptiveCardContentType, cardAttachment, type AdaptiveCardJson } from '../cards/render-card';
import { requestCard } from '../cards/request-card';
import { assess } from '../domain/assess';
import { formatDeadline } from '../domain/clock';
import type { Facts, Profile } from '../domain/facts';
import type { ReminderPolicy } from '../domain/reminders/reminder-policy';
import type { Person, SupportRequest } from '../domain/requests/support-request';
import type { Language } from '../i18n';
import { t } from '../i18n';
import { requestText } from '../i18n/request-texts';
import type { Logger } from '../log';
import type { ChannelChangeOutcome, EscalationChannel } from '../reminders/escalation-channel';
import {
  type ConversationReferenceRecord,
  conversationReferenceSchema,
  describeFailure,
  type MessageUpdater,
  type ProactiveSender,
} from '../reminders/proactive-sender';
import { conversationRoot } from '../reminders/reminder-targets';
import {
  applyRequestAction,
  createSupportRequest,
  recordCardActivity,
  showStatus,
  type ActionContext,
  type NewSupportRequest,
  type RequestScope,
  type RequestsRepository,
} from '../requests';
import { requestIdFor } from '../requests/create-support-request';
import { cardResponse, type CardActionResponse, messageResponse } from './card-action-response';
import { type PreferencesState, rememberSupportLanguage } from './preferences';
import { type CalendarDeps, calendarOfTurn } from './response-calendar';
import { personOf, tenantOf } from './turn-identity';

export interface RequestHandlerDeps extends CalendarDeps {
  readonly requests: RequestsRepository;
  /** R26: the reminder policy new requests are filed under. */
  readonly reminderPolicy: ReminderPolicy;
  /** The tenant's escalation channel (escalation-channel.ts): read, and changed by who may. */
  readonly escalationChannels: {
    get(tenantId: string): Promise<EscalationChannel | undefined>;
    set(
      tenantId: string,
      reference: Record<string, unknown> | undefined,
      change: { now: Date; setBy: Person; from: string },
    ): Promise<ChannelChangeOutcome>;
  };
  /** Posts and updates outside the turn's own conversation: the request card where it lives, the previous escalation channel. */
  readonly sender: ProactiveSender & MessageUpdater;
  readonly now: () => Date;
  readonly log: Logger;
}

function teamIdOf(context: TurnContext): string | undefined {
  return teamsGetTeamInfo(context.activity)?.id ?? undefined;
}

function actionContext(context: TurnContext, language: Language, deps: RequestHandlerDeps): ActionContext {
  const tenantId = tenantOf(context);
  const { conversation, from } = context.activity;
  return {
    tenantId,
    origin: {
      conversationId: conversation.id,
      conversationType: conversation.conversationType,
      userId: from.id,
      teamId: teamIdOf(context),
    },
    escalationChannelId: async () => (await deps.escalationChannels.get(tenantId))?.reference.conversation.id,
    actor: personOf(context),
    language,
    now: deps.now(),
  };
}

/** Sends a card and returns the id Teams gave the message (absent when replies are buffered). */
async function sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<string | undefined> {
  const sent = await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  return sent?.id || undefined;
}

/** Replaces the card the user clicked, in this conversation; a failure (message deleted, bot removed) is logged, never fatal. */
async function updateCard(
  context: TurnContext,
  activityId: string,
  card: AdaptiveCardJson,
  deps: RequestHandlerDeps,
): Promise<void> {
  try {
    await context.updateActivity({
      id: activityId,
      type: 'message',
      attachments: [cardAttachment(card)],
    } as Partial<Activity>);
  } catch (err) {
    deps.log.warn({ err: (err as Error).message, activityId }, 'could not update the clicked card in place');
  }
}

/**
 * Replaces the request's own card in the conversation where it was posted
 * (the click may come from a reminder elsewhere, the escalation channel or a
 * status list); a failure is logged, never fatal.
 */
async function updateRequestCard(
  request: SupportRequest,
  card: AdaptiveCardJson,
  deps: RequestHandlerDeps,
): Promise<void> {
  const reference = conversationReferenceSchema.safeParse(request.conversation);
  if (request.cardActivityId === undefined || !reference.success) return;
  try {
    await deps.sender.update(reference.data, request.cardActivityId, {
      type: 'message',
      attachments: [{ contentType: adaptiveCardContentType, content: card }],
    });
  } catch (err) {
    deps.log.warn(
      { failure: describeFailure(err), requestId: request.id },
      'could not update the request card in place',
    );
  }
}

/** True when the click was on the request's own card: the invoke's answer already replaces it. */
function clickedRequestCard(context: TurnContext, request: SupportRequest): boolean {
  const conversation = (request.conversation as { conversation?: { id?: unknown } }).conversation;
  return request.cardActivityId === context.activity.replyToId && conversation?.id === context.activity.conversation.id;
}

export interface FileInput {
  /** What is filed (create-support-request.ts): the same origin never files twice. */
  readonly origin: string;
  readonly facts: Facts;
  readonly profile: Profile;
  readonly language: Language;
  readonly serviceRequestNumber?: string;
  readonly title: string;
  readonly filed: boolean;
  readonly source?: NewSupportRequest['source'];
  /** The answer card to post before the request card, only when the request is new. */
  readonly summary?: AdaptiveCardJson;
  /** Post the request card into the conversation (default); false = only return it (compose box). */
  readonly post?: boolean;
}

export interface FilingDeps extends RequestHandlerDeps {
  /** Where the support language of the request filed is remembered for the profile card. */
  readonly preferences: PreferencesState;
}

/**
 * Creates the request, posts its card, and remembers which message shows it;
 * returns the request and its card (undefined when refused). Filed before (a
 * second click, Teams' retry after a crash, a race of clicks): says so and
 * shows the request as it is; the first card posted for it is the one
 * updated in place.
 */
export async function fileRequest(
  context: TurnContext,
  input: FileInput,
  deps: FilingDeps,
): Promise<
  | { readonly kind: 'created' | 'already-tracked'; readonly request: SupportRequest; readonly card: AdaptiveCardJson }
  | undefined
> {
  const teamId = teamIdOf(context);
  const assessment = assess(input.facts, input.profile);
  const supportLanguage = assessment.supportLanguage ?? input.language;
  const outcome = await createSupportRequest(deps.requests, {
    tenantId: tenantOf(context),
    origin: input.origin,
    requestedBy: personOf(context),
    conversation: TurnContext.getConversationReference(context.activity) as Record<string, unknown>,
    ...(teamId === undefined ? {} : { teamId }),
    title: input.title,
    facts: input.facts,
    profile: input.profile,
    assessment,
    language: input.language,
    supportLanguage,
    calendar: calendarOfTurn(context, input.profile, input.language, supportLanguage, deps),
    filed: input.filed,
    ...(input.serviceRequestNumber ? { serviceRequestNumber: input.serviceRequestNumber } : {}),
    ...(input.source === undefined ? {} : { source: input.source }),
    reminderPolicy: deps.reminderPolicy,
    now: deps.now(),
  });
  if (outcome.kind === 'invalid') {
    await context.sendActivity(outcome.message);
    return undefined;
  }
  const { request } = outcome;
  if (outcome.kind === 'created') await rememberSupportLanguage(context, deps.preferences, request.supportLanguage);
  deps.log.info(
    { requestId: request.id, status: request.status, severity: request.assessment.severity, outcome: outcome.kind },
    'request filed',
  );
  if (input.post === false) return outcome;
  if (outcome.kind === 'already-tracked') await context.sendActivity(requestText(input.language, 'alreadyTracked'));
  else if (input.summary !== undefined) await sendCard(context, input.summary);
  const activityId = await sendCard(context, outcome.card);
  if (activityId !== undefined && request.cardActivityId === undefined)
    await recordCardActivity(deps.requests, request.tenantId, request.id, activityId);
  return outcome;
}

/** Shows the request filed from `origin` with "already tracked"; false when nothing was filed from it. */
export async function showFiledCheck(
  context: TurnContext,
  origin: string,
  language: Language,
  deps: RequestHandlerDeps,
): Promise<boolean> {
  const tenantId = tenantOf(context);
  const stored = await deps.requests.get(tenantId, requestIdFor(tenantId, origin));
  if (stored === undefined) return false;
  await context.sendActivity(requestText(language, 'alreadyTracked'));
  await sendCard(context, requestCard(stored.request, language, deps.now()));
  return true;
}

/**
 * `status` / `상태`: the team's open requests in a team channel, else the user's; and, R27, whether the tenant's
 * escalation channel stopped accepting reminders (times in the reader's zone, as on the answer card).
 */
export async function sendStatus(
  context: TurnContext,
  language: Language,
  profile: Profile,
  deps: RequestHandlerDeps,
): Promise<void> {
  const tenantId = tenantOf(context);
  const teamId = teamIdOf(context);
  const scope: RequestScope =
    teamId === undefined ? { tenantId, userId: context.activity.from.id } : { tenantId, teamId };
  const { timeZone } = calendarOfTurn(context, profile, language, language, deps);
  const escalationChannel = await deps.escalationChannels.get(tenantId);
  const { card } = await showStatus(deps.requests, scope, language, deps.now(), { escalationChannel, timeZone });
  await sendCard(context, card);
}

/** `set escalation channel` in a team channel; elsewhere it explains where to use it. */
export async function setEscalationChannelHere(
  context: TurnContext,
  on: boolean,
  language: Language,
  deps: RequestHandlerDeps,
): Promise<void> {
  if (context.activity.conversation.conversationType !== 'channel') {
    await context.sendActivity(t(language, 'channel.onlyInChannel'));
    return;
  }
  const reference = on
    ? (TurnContext.getConversationReference(context.activity) as Record<string, unknown>)
    : undefined;
  const actor = personOf(context);
  const now = deps.now();
  const outcome = await deps.escalationChannels.set(tenantOf(context), reference, {
    now,
    setBy: actor,
    from: context.activity.conversation.id,
  });
  if (outcome.kind === 'refused') {
    deps.log.info({ on }, 'escalation channel change refused');
    const setBy = outcome.current.setBy;
    await context.sendActivity(
      t(language, 'channel.refused', { name: literalName(setBy?.name || setBy?.id || t(language, 'channel.someone')) }),
    );
    return;
  }
  deps.log.info({ on, moved: outcome.previous !== undefined }, 'escalation channel changed');
  await context.sendActivity(t(language, on ? 'channel.set' : 'channel.cleared'));
  const previous = outcome.previous?.reference;
  if (
    previous !== undefined &&
    conversationRoot(previous.conversation.id) !== conversationRoot(context.activity.conversation.id)
  ) {
    await announceChange(previous, on, actor, now, language, deps);
  }
}

/** Tells the previous escalation channel that its reminders go elsewhere now; a failure is logged, never the turn's. */
async function announceChange(
  previous: ConversationReferenceRecord,
  on: boolean,
  actor: Person,
  now: Date,
  language: Language,
  deps: RequestHandlerDeps,
): Promise<void> {
  const text = t(language, on ? 'channel.movedAway' : 'channel.clearedElsewhere', {
    name: literalName(actor.name || actor.id),
    time: formatDeadline(now, 'UTC', language),
  });
  try {
    await deps.sender.send(previous, { type: 'message', text });
  } catch (err) {
    deps.log.warn(
      { failure: describeFailure(err) },
      'could not announce the escalation channel change in the previous channel',
    );
  }
}

/** Buttons on a reminder card carry which reminder they are on, so that card is re-rendered in place. */
const fromReminderSchema = z.object({
  verb: z.string(),
  reminderSeq: z.number().int().nonnegative(),
  reminderKind: z.enum(['due-soon', 'breached', 'still-waiting']),
});

function cardForClick(
  data: unknown,
  outcome: { request?: Parameters<typeof reminderCard>[0]['request']; card?: AdaptiveCardJson },
  now: Date,
): AdaptiveCardJson | undefined {
  const reminder = fromReminderSchema.safeParse(data);
  if (!reminder.success || reminder.data.verb === 'request.open' || outcome.request === undefined) return outcome.card;
  return reminderCard({
    request: outcome.request,
    reminder: { kind: reminder.data.reminderKind, seq: reminder.data.reminderSeq },
    now,
  });
}

/**
 * Action.Execute: the returned card replaces the clicked one for everyone in
 * the chat (a reminder card stays a reminder card, showing the new state);
 * when the click came from another message (a reminder, the status list),
 * the request's own card is updated as well.
 */
export async function requestInvoke(
  context: TurnContext,
  data: unknown,
  language: Language,
  deps: RequestHandlerDeps,
): Promise<CardActionResponse> {
  const outcome = await applyRequestAction(deps.requests, actionContext(context, language, deps), data);
  deps.log.info({ outcome: outcome.kind }, 'request action');
  if (
    outcome.kind === 'not-found' ||
    outcome.kind === 'elsewhere' ||
    (outcome.kind === 'invalid' && outcome.card === undefined)
  ) {
    return messageResponse(outcome.message);
  }
  const card = cardForClick(data, outcome, deps.now())!;
  if (outcome.kind === 'updated' && !clickedRequestCard(context, outcome.request))
    await updateRequestCard(outcome.request, outcome.card, deps);
  return cardResponse(card);
}

/** Action.Submit fallback: the same actions, answered with the updated card and a short message. */
export async function requestSubmit(
  context: TurnContext,
  data: unknown,
  language: Language,
  deps: RequestHandlerDeps,
): Promise<void> {
  const outcome = await applyRequestAction(deps.requests, actionContext(context, language, deps), data);
  deps.log.info({ outcome: outcome.kind }, 'request action (submit)');
  if ('message' in outcome) await context.sendActivity(outcome.message);
  if (outcome.kind === 'not-found' || outcome.kind === 'elsewhere' || outcome.card === undefined) return;
  const clicked = context.activity.replyToId;
  if (outcome.kind === 'shown' || clicked === undefined) {
    await sendCard(context, outcome.card);
    return;
  }
  await updateCard(context, clicked, cardForClick(data, outcome, deps.now())!, deps);
  if (outcome.request !== undefined && !clickedRequestCard(context, outcome.request))
    await updateRequestCard(outcome.request, outcome.card, deps);
}
