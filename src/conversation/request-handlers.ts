/**
 * The Teams side of tracked requests: "I've filed it" turns the
 * finished check into a request, card actions (Action.Execute invokes, or
 * Action.Submit from clients without Universal Actions) change it, and the
 * card that shows it is updated in place. The rules live in src/requests.
 */
import {
  type Activity,
  type AdaptiveCardInvokeResponse,
  MessageFactory,
  teamsGetTeamInfo,
  TurnContext,
} from 'botbuilder';
import { assess } from '../domain/assess';
import type { Facts, Profile } from '../domain/facts';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render-card';
import type { Language } from '../i18n';
import type { Logger } from '../log';
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
import type { Person, SupportRequest } from '../domain/requests/support-request';
import type { ReminderPolicy } from '../domain/reminders/reminder-policy';
import { reminderCard } from '../cards/reminder-card';
import { z } from 'zod';
import { t } from '../i18n';
import { personOf, tenantOf } from './turn-identity';
import { type CalendarDeps, calendarOfTurn } from './response-calendar';

export interface RequestHandlerDeps extends CalendarDeps {
  readonly requests: RequestsRepository;
  /** R26: the reminder policy new requests are filed under. */
  readonly reminderPolicy: ReminderPolicy;
  /** Points a tenant's reminders also at a team channel (a conversation reference), or stops (undefined). */
  readonly setEscalationChannel: (tenantId: string, reference: Record<string, unknown> | undefined, setBy: Person, now: Date) => Promise<void>;
  readonly now: () => Date;
  readonly log: Logger;
}

function teamIdOf(context: TurnContext): string | undefined {
  return teamsGetTeamInfo(context.activity)?.id ?? undefined;
}

function actionContext(context: TurnContext, language: Language, deps: RequestHandlerDeps): ActionContext {
  return { tenantId: tenantOf(context), actor: personOf(context), language, now: deps.now() };
}

/** Sends a card and returns the id Teams gave the message (absent when replies are buffered). */
async function sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<string | undefined> {
  const sent = await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  return sent?.id || undefined;
}

/** Replaces a posted card; a failure (message deleted, bot removed) is logged, never fatal. */
async function updateCard(context: TurnContext, activityId: string, card: AdaptiveCardJson, deps: RequestHandlerDeps): Promise<void> {
  try {
    await context.updateActivity({ id: activityId, type: 'message', attachments: [cardAttachment(card)] } as Partial<Activity>);
  } catch (err) {
    deps.log.warn({ err: (err as Error).message, activityId }, 'could not update the request card in place');
  }
}

export interface FileInput {
  readonly facts: Facts;
  readonly profile: Profile;
  readonly language: Language;
  readonly serviceRequestNumber?: string;
  readonly title: string;
  readonly filed: boolean;
  readonly source?: NewSupportRequest['source'];
  /** Post the request card into the conversation (default); false = only return it (compose box). */
  readonly post?: boolean;
}

/** Creates the request, posts its card, and remembers which message shows it; returns both (undefined when refused). */
export async function fileRequest(
  context: TurnContext,
  input: FileInput,
  deps: RequestHandlerDeps,
): Promise<{ readonly request: SupportRequest; readonly card: AdaptiveCardJson } | undefined> {
  const teamId = teamIdOf(context);
  const assessment = assess(input.facts, input.profile);
  const supportLanguage = assessment.supportLanguage ?? input.language;
  const outcome = await createSupportRequest(deps.requests, {
    tenantId: tenantOf(context),
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
  deps.log.info({ requestId: outcome.request.id, status: outcome.request.status, severity: outcome.request.assessment.severity }, 'request created');
  if (input.post === false) return outcome;
  const activityId = await sendCard(context, outcome.card);
  if (activityId !== undefined) await recordCardActivity(deps.requests, outcome.request.tenantId, outcome.request.id, activityId);
  return outcome;
}

/** `status` / `상태`: the team's open requests in a team channel, else the user's. */
export async function sendStatus(context: TurnContext, language: Language, deps: RequestHandlerDeps): Promise<void> {
  const tenantId = tenantOf(context);
  const teamId = teamIdOf(context);
  const scope: RequestScope = teamId === undefined ? { tenantId, userId: context.activity.from.id } : { tenantId, teamId };
  const { card } = await showStatus(deps.requests, scope, language, deps.now());
  await sendCard(context, card);
}

/** `set escalation channel` in a team channel; elsewhere it explains where to use it. */
export async function setEscalationChannelHere(context: TurnContext, on: boolean, language: Language, deps: RequestHandlerDeps): Promise<void> {
  if (context.activity.conversation.conversationType !== 'channel') {
    await context.sendActivity(t(language, 'channel.onlyInChannel'));
    return;
  }
  const reference = on ? (TurnContext.getConversationReference(context.activity) as Record<string, unknown>) : undefined;
  await deps.setEscalationChannel(tenantOf(context), reference, personOf(context), deps.now());
  deps.log.info({ on }, 'escalation channel changed');
  await context.sendActivity(t(language, on ? 'channel.set' : 'channel.cleared'));
}

/** Buttons on a reminder card carry which reminder they are on, so that card is re-rendered in place. */
const fromReminderSchema = z.object({
  verb: z.string(),
  reminderSeq: z.number().int().nonnegative(),
  reminderKind: z.enum(['due-soon', 'breached', 'still-waiting']),
});

function cardForClick(data: unknown, outcome: { request?: Parameters<typeof reminderCard>[0]['request']; card?: AdaptiveCardJson }, now: Date): AdaptiveCardJson | undefined {
  const reminder = fromReminderSchema.safeParse(data);
  if (!reminder.success || reminder.data.verb === 'request.open' || outcome.request === undefined) return outcome.card;
  return reminderCard({ request: outcome.request, reminder: { kind: reminder.data.reminderKind, seq: reminder.data.reminderSeq }, now });
}

/**
 * Action.Execute: the returned card replaces the clicked one for everyone in
 * the chat (a reminder card stays a reminder card, showing the new state);
 * when the click came from another message (a reminder, the status list),
 * the request's own card is updated as well.
 */
export async function requestInvoke(context: TurnContext, data: unknown, language: Language, deps: RequestHandlerDeps): Promise<AdaptiveCardInvokeResponse> {
  const outcome = await applyRequestAction(deps.requests, actionContext(context, language, deps), data);
  deps.log.info({ outcome: outcome.kind }, 'request action');
  if (outcome.kind === 'not-found' || (outcome.kind === 'invalid' && outcome.card === undefined)) {
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: outcome.message as never };
  }
  const card = cardForClick(data, outcome, deps.now())!;
  const shownIn = outcome.request?.cardActivityId;
  if (outcome.kind === 'updated' && shownIn !== undefined && shownIn !== context.activity.replyToId) {
    await updateCard(context, shownIn, outcome.card!, deps);
  }
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card as never };
}

/** Action.Submit fallback: the same actions, answered with the updated card and a short message. */
export async function requestSubmit(context: TurnContext, data: unknown, language: Language, deps: RequestHandlerDeps): Promise<void> {
  const outcome = await applyRequestAction(deps.requests, actionContext(context, language, deps), data);
  deps.log.info({ outcome: outcome.kind }, 'request action (submit)');
  if ('message' in outcome) await context.sendActivity(outcome.message);
  if (outcome.kind === 'not-found' || outcome.card === undefined) return;
  const clicked = context.activity.replyToId;
  if (outcome.kind === 'shown' || clicked === undefined) {
    await sendCard(context, outcome.card);
    return;
  }
  await updateCard(context, clicked, cardForClick(data, outcome, deps.now())!, deps);
  const shownIn = outcome.request?.cardActivityId;
  if (shownIn !== undefined && shownIn !== clicked) await updateCard(context, shownIn, outcome.card, deps);
}
