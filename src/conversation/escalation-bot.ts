/**
 * The Teams activity handler: welcomes, commands, the partner profile and the
 * triage dialog. State lives in Cosmos: the profile and language preference
 * per user, the dialog per user per conversation (so two people can run
 * checks in the same group chat without stepping on each other).
 */
import {
  type InvokeResponse,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  MessageFactory,
  type PrivateConversationState,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
  type UserState,
} from 'botbuilder';
import { type DialogState, DialogSet } from './dialogs';
import { z } from 'zod';
import { literal } from '../cards/literal-text';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render-card';
import { helpCard, welcomeCard } from '../cards/help-cards';
import { profileCard } from '../cards/profile-card';
import { type Language, languageSchema, type Profile } from '../domain/facts';
import { languageFromLocale, t } from '../i18n';
import type { Logger } from '../log';
import { type Command, parseCommand } from './commands';
import { readProfileForm } from './profile-form';
import { classifyMessage } from '../domain/answers';
import { readText, suggestedFacts } from '../domain/reader/read-text';
import type { FeedbackRepository } from '../store/feedback-repository';
import { offerBoth, recordFeedback, routeSchema, sendAnswer } from './answer-handlers';
import { isRequestActionData, type RequestsRepository } from '../requests';
import type { RequestHandlerDeps } from './request-handlers';
import { answerLabel } from '../cards/question-card';
import { fileRequest, requestInvoke, requestSubmit, sendStatus, setEscalationChannelHere } from './request-handlers';
import { fetchFileRequestTask, fileRequestCommandId, submitFileRequest } from './file-request/file-request-extension';
import { type LastTriage, saveProfileAnswers, TriageDialog, triageDialogId, type TriageOptions } from './triage/triage-dialog';
import { triageStateSchema } from './triage/triage-state';
import { triageActionSchema } from './triage/triage-input';

const preferencesSchema = z.object({ language: languageSchema.optional() });
type Preferences = z.infer<typeof preferencesSchema>;

const cardCommandSchema = z.object({ cmd: z.enum(['help', 'new', 'status', 'profile', 'cancel']) });

export interface EscalationBotDeps {
  userState: UserState;
  privateConversationState: PrivateConversationState;
  feedback: FeedbackRepository;
  requests: RequestsRepository;
  setEscalationChannel: RequestHandlerDeps['setEscalationChannel'];
  reminderPolicy: RequestHandlerDeps['reminderPolicy'];
  /** The time source for deadlines and history (tests pass a fast clock). */
  now: () => Date;
  /** R24: a tenant's own days off (TENANT_HOLIDAYS). */
  tenantHolidays: (tenantId: string) => readonly string[];
  log: Logger;
}

export class EscalationBot extends TeamsActivityHandler {
  private readonly preferences: StatePropertyAccessor<Preferences>;
  private readonly profile: StatePropertyAccessor<Profile>;
  private readonly lastTriage: StatePropertyAccessor<LastTriage | undefined>;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: EscalationBotDeps) {
    super();
    this.preferences = deps.userState.createProperty('preferences');
    this.profile = deps.userState.createProperty('profile');
    this.lastTriage = deps.privateConversationState.createProperty('lastTriage');
    this.dialogs = new DialogSet(deps.privateConversationState.createProperty<DialogState>('dialogState'));
    this.dialogs.add(
      new TriageDialog({
        profile: this.profile,
        lastTriage: this.lastTriage,
        languageOf: (context) => this.language(context),
        now: deps.now,
        tenantHolidays: deps.tenantHolidays,
        log: deps.log,
      }),
    );

    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) {
        deps.log.info({ conversationType: context.activity.conversation.conversationType }, 'bot added');
        await this.sendCard(context, welcomeCard(await this.language(context)));
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });
  }

  /** Save state after every turn, whatever the handlers did. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.privateConversationState.saveChanges(context);
    await this.deps.userState.saveChanges(context);
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const value: unknown = context.activity.value;
    const command = this.commandOf(value, text);
    this.deps.log.info({ command: command?.kind, card: value !== undefined }, 'message');
    if (command !== undefined) return this.runCommand(context, command);
    if (isRequestActionData(value)) return requestSubmit(context, value, await this.language(context), this.deps);
    if (isObjectWith(value, 'profile')) return this.saveProfile(context, value);
    if (isObjectWith(value, 'feedback')) return recordFeedback(context, value, await this.language(context), this.deps);
    if (isObjectWith(value, 'route')) return this.followRoute(context, value);

    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog !== undefined) {
      await dc.continueDialog();
      return;
    }
    if (isObjectWith(value, 'triage')) return this.resumeTriage(context, value);
    await this.routeText(context, text);
  }

  /** Issue 9: a question gets its answer, a problem starts triage, an unclear message offers both. */
  private async routeText(context: TurnContext, text: string): Promise<void> {
    const language = await this.language(context);
    const kind = text.trim() === '' ? 'unknown' : classifyMessage(text);
    this.deps.log.info({ route: kind }, 'free text');
    switch (kind) {
      case 'question':
        return sendAnswer(context, text, language, this.deps);
      case 'ambiguous':
        return offerBoth(context, text, language);
      case 'problem':
        return this.startTriage(context, { text });
      case 'unknown':
        if (Object.keys(suggestedFacts(readText(text))).length > 0) return this.startTriage(context, { text });
        await context.sendActivity(t(language, 'fallback.notUnderstood'));
    }
  }

  private async followRoute(context: TurnContext, value: unknown): Promise<void> {
    const route = routeSchema.safeParse(value);
    if (!route.success) return this.routeText(context, '');
    if (route.data.route === 'answer') return sendAnswer(context, route.data.text, await this.language(context), this.deps);
    return this.startTriage(context, { text: route.data.text });
  }

  private commandOf(value: unknown, text: string): Command | undefined {
    const submitted = cardCommandSchema.safeParse(value);
    if (submitted.success) return { kind: submitted.data.cmd };
    return value === undefined ? parseCommand(text) : undefined;
  }

  private async runCommand(context: TurnContext, command: Command): Promise<void> {
    const language = await this.language(context);
    switch (command.kind) {
      case 'help':
        return this.sendCard(context, helpCard(language));
      case 'new':
        return this.startTriage(context, {});
      case 'cancel': {
        const active = await this.endTriage(context);
        await context.sendActivity(t(language, active ? 'triage.cancelled' : 'triage.nothingToCancel'));
        return;
      }
      case 'profile':
        return this.sendCard(context, profileCard(await this.profile.get(context, {}), language, this.deps.now()));
      case 'language': {
        await this.preferences.set(context, { ...(await this.preferences.get(context, {})), language: command.language });
        // A check under way speaks the new language from its next card on.
        const dc = await this.dialogs.createContext(context);
        if (dc.activeDialog?.id === triageDialogId) dc.activeDialog.state = { ...dc.activeDialog.state, language: command.language };
        await context.sendActivity(t(command.language, 'language.switched'));
        return;
      }
      case 'status':
        return sendStatus(context, language, this.deps);
      case 'setEscalationChannel':
      case 'clearEscalationChannel':
        return setEscalationChannelHere(context, command.kind === 'setEscalationChannel', language, this.deps);
    }
  }

  /** Ends a check under way, keeping its profile answers; false when there was none. */
  private async endTriage(context: TurnContext): Promise<boolean> {
    const dc = await this.dialogs.createContext(context);
    const active = dc.activeDialog;
    if (active === undefined) return false;
    const state = triageStateSchema.safeParse(active.state);
    if (state.success) await saveProfileAnswers(context, state.data, this.profile);
    await dc.cancelAllDialogs();
    return true;
  }

  private async startTriage(context: TurnContext, options: Omit<TriageOptions, 'requester'>): Promise<void> {
    await this.endTriage(context);
    const dc = await this.dialogs.createContext(context);
    const { from } = context.activity;
    const result = await dc.beginDialog(triageDialogId, { ...options, requester: { id: from.id, name: from.name ?? '' } });
    this.deps.log.debug({ status: result.status }, 'triage started');
  }

  /** A click on a finished check's card: change an answer, R3's one click back, or "I've filed it". */
  private async resumeTriage(context: TurnContext, value: unknown): Promise<void> {
    const language = await this.language(context);
    const last = await this.lastTriage.get(context);
    const action = triageActionSchema.safeParse(value);
    if (last === undefined || !action.success) {
      await context.sendActivity(t(language, last === undefined ? 'triage.notYours' : 'triage.expired'));
      return;
    }
    const data = action.data;
    if (data.triage === 'change') {
      const facts = { ...last.facts };
      delete facts[data.question as keyof typeof facts];
      return this.startTriage(context, { facts, guessed: last.guessed.filter((k) => k !== data.question) });
    }
    if (data.triage === 'health') {
      return this.startTriage(context, { facts: { ...last.facts, serviceHealth: data.value }, guessed: last.guessed, title: last.title });
    }
    if (data.triage === 'filed') {
      const profile = await this.profile.get(context, {});
      const title = last.title ?? [
        answerLabel(language, { kind: 'fact', key: 'product' }, last.facts.product),
        answerLabel(language, { kind: 'fact', key: 'category' }, last.facts.category),
      ].join(' · ');
      await fileRequest(context, { last, profile, language, title, filed: true, serviceRequestNumber: data.srNumber?.trim() }, this.deps);
      return;
    }
    await context.sendActivity(t(language, 'triage.expired'));
  }

  /** An invoke this bot does not implement is the caller's mistake: 400 with a reason, not 501. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const response = await super.onInvokeActivity(context);
    if (response.status !== 501) return response;
    this.deps.log.info({ invoke: context.activity.name }, 'unknown invoke');
    return { status: 400, body: { error: `unknown invoke: ${String(context.activity.name).slice(0, 100)}` } };
  }

  /** "File support request" on a message, or from the compose box: the form. */
  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== fileRequestCommandId) return {};
    return fetchFileRequestTask(context, action, await this.language(context), { ...this.deps, profile: this.profile });
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== fileRequestCommandId) return {};
    return submitFileRequest(context, action, await this.language(context), { ...this.deps, profile: this.profile });
  }

  /** Universal Actions (Action.Execute) on request and reminder cards. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const language = await this.language(context);
    const data: unknown = invokeValue?.action?.data;
    if (isRequestActionData(data)) return requestInvoke(context, data, language, this.deps);
    this.deps.log.info({ verb: invokeValue?.action?.verb }, 'unknown card action');
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: t(language, 'fallback.notUnderstood') as never };
  }

  private async saveProfile(context: TurnContext, value: unknown): Promise<void> {
    const language = await this.language(context);
    const read = readProfileForm(value);
    if ('unknownZone' in read) {
      this.deps.log.info('profile form rejected: unknown time zone');
      await context.sendActivity(t(language, 'profile.unknownZone', { zone: literal(read.unknownZone) }));
      return;
    }
    if ('problem' in read) {
      this.deps.log.info({ problem: read.problem }, 'profile form rejected');
      await context.sendActivity(t(language, 'profile.invalid', { problem: read.problem }));
      return;
    }
    await this.profile.set(context, read.profile);
    await context.sendActivity(t(language, 'profile.saved'));
    await this.sendCard(context, profileCard(read.profile, language, this.deps.now()));
  }

  private async language(context: TurnContext): Promise<Language> {
    const preferences = await this.preferences.get(context, {});
    return preferences.language ?? languageFromLocale(context.activity.locale);
  }

  private async sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }
}

function isObjectWith(value: unknown, key: string): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && key in value;
}
