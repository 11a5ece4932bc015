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
  type BotState,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { helpCard, welcomeCard } from '../cards/help-cards';
import { literal } from '../cards/literal-text';
import { profileCard } from '../cards/profile-card';
import { answerLabel, checkNoticeCard } from '../cards/question-card';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render-card';
import { deadlineText } from '../cards/request-display';
import { assess } from '../domain/assess';
import type { Language, Profile } from '../domain/facts';
import { readLimit, understandMessage } from '../domain/reader';
import { languageFromLocale, t } from '../i18n';
import type { Logger } from '../log';
import { requestVerbs, type RequestsRepository } from '../requests';
import type { FeedbackRepository } from '../store/feedback-repository';
import { feedbackSchema, offerBoth, recordFeedback, routeSchema, sendAnswer } from './answer-handlers';
import {
  badRequestResponse,
  cardResponse,
  type CardActionResponse,
  messageResponse,
  toAdaptiveCardInvokeResponse,
} from './card-action-response';
import { cardAction, type CardActionTable, dispatchCardAction, type DispatchOutcome, verbOf } from './card-actions';
import { canRedrawInPlace, cardPresenter, invokeCardOf } from './card-presenter';
import { type Command, parseCommand, shownCommandWords } from './commands';
import { type DialogState, DialogSet } from './dialogs';
import { fetchFileRequestTask, fileRequestCommandId, submitFileRequest } from './file-request/file-request-extension';
import type { PreferencesState } from './preferences';
import { profileCardFields, readProfileForm } from './profile-form';
import type { RequestHandlerDeps } from './request-handlers';
import {
  fileRequest,
  requestInvoke,
  requestSubmit,
  sendStatus,
  setEscalationChannelHere,
  showFiledCheck,
} from './request-handlers';
import {
  type LastTriage,
  type PresentCard,
  TriageDialog,
  triageDialogId,
  type TriageOptions,
} from './triage/triage-dialog';
import { type CheckStep, triageVerbs } from './triage/triage-input';
import { lastTriageSchema } from './triage/triage-state';

export interface EscalationBotDeps {
  /** The user's own state (profile, language). */
  userState: BotState;
  /** The user's state in this conversation (the check under way). */
  privateConversationState: BotState;
  feedback: FeedbackRepository;
  requests: RequestsRepository;
  escalationChannels: RequestHandlerDeps['escalationChannels'];
  sender: RequestHandlerDeps['sender'];
  reminderPolicy: RequestHandlerDeps['reminderPolicy'];
  /** The time source for deadlines and history (tests pass a fast clock). */
  now: () => Date;
  /** R24: a tenant's own days off (TENANT_HOLIDAYS). */
  tenantHolidays: (tenantId: string) => readonly string[];
  log: Logger;
}

export class EscalationBot extends TeamsActivityHandler {
  private readonly preferences: PreferencesState;
  private readonly profile: StatePropertyAccessor<Profile>;
  private readonly lastTriage: StatePropertyAccessor<LastTriage | undefined>;
  private readonly dialogs: DialogSet;
  private readonly triage: TriageDialog;
  private readonly cardActions: CardActionTable;
  private readonly present: PresentCard;

  constructor(private readonly deps: EscalationBotDeps) {
    super();
    this.preferences = deps.userState.createProperty('preferences');
    this.profile = deps.userState.createProperty('profile');
    this.lastTriage = deps.privateConversationState.createProperty('lastTriage');
    this.dialogs = new DialogSet(deps.privateConversationState.createProperty<DialogState>('dialogState'));
    this.present = cardPresenter(deps.log);
    this.triage = new TriageDialog({
      profile: this.profile,
      lastTriage: this.lastTriage,
      languageOf: (context) => this.language(context),
      present: this.present,
      now: deps.now,
      tenantHolidays: deps.tenantHolidays,
      log: deps.log,
    });
    this.dialogs.add(this.triage);
    this.cardActions = this.cardActionTable();

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
    if (value !== undefined) return this.onCardSubmit(context, value);
    const command = parseCommand(text);
    this.deps.log.info({ command: command?.kind }, 'message');
    if (command !== undefined) return this.runCommand(context, command);

    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog !== undefined) {
      await dc.continueDialog();
      return;
    }
    await this.routeText(context, text);
  }

  /** An Action.Submit click (or an Action.Execute fallback): the same table as the invokes. */
  private async onCardSubmit(context: TurnContext, value: unknown): Promise<void> {
    const outcome = await dispatchCardAction(this.cardActions, context, value);
    this.deps.log.info({ verb: verbOf(value), outcome: outcome.kind }, 'card submit');
    if (outcome.kind === 'card') await this.present(context, outcome.card, undefined);
    else if (outcome.kind === 'unknown' || outcome.kind === 'invalid') await this.outdatedCard(context);
  }

  /** A click whose data no verb of this version reads: a card from an earlier version of the bot. */
  private async outdatedCard(context: TurnContext): Promise<void> {
    const language = await this.language(context);
    if (isSharedChat(context)) {
      await context.sendActivity(t(language, 'triage.notice.outdated'));
      return;
    }
    const active = TriageDialog.checkOf(await this.dialogs.createContext(context));
    await this.present(context, checkNoticeCard(language, 'outdated', active), undefined);
  }

  /** One verb, one schema, one handler; the check's own verbs go to the dialog's methods. */
  private cardActionTable(): CardActionTable {
    const replied = { kind: 'replied' } as const;
    const replying = <S extends z.ZodType>(
      schema: S,
      act: (context: TurnContext, data: z.infer<S>) => Promise<unknown>,
    ) =>
      cardAction(schema, async (context, data) => {
        await act(context, data);
        return replied;
      });
    const requestAction = cardAction(z.object({ verb: z.string() }).passthrough(), async (context, data) => {
      const language = await this.language(context);
      if (context.activity.type !== 'invoke') {
        await requestSubmit(context, data, language, this.deps);
        return replied;
      }
      return { kind: 'invoke', response: await requestInvoke(context, data, language, this.deps) };
    });
    return {
      'check.start': replying(checkStartSchema, (context, data) =>
        this.startTriage(context, data.text?.trim() ? { text: data.text } : {}),
      ),
      'help.show': replying(z.object({ verb: z.literal('help.show') }), async (context) =>
        this.sendHelp(context, await this.language(context)),
      ),
      'message.route': replying(routeSchema, (context, data) => this.followRoute(context, data)),
      'answer.feedback': replying(feedbackSchema, async (context, data) =>
        recordFeedback(context, data, await this.language(context), this.deps),
      ),
      'profile.save': replying(z.object({ verb: z.literal('profile.save') }).passthrough(), (context, data) =>
        this.saveProfile(context, data),
      ),
      'triage.answer': replying(triageVerbs['triage.answer'], (context, data) => this.checkStep(context, data)),
      'triage.change': replying(triageVerbs['triage.change'], (context, data) => this.checkStep(context, data)),
      'triage.back': replying(triageVerbs['triage.back'], (context, data) => this.checkStep(context, data)),
      'triage.restart': replying(triageVerbs['triage.restart'], (context, data) => this.checkStep(context, data)),
      'triage.health': replying(triageVerbs['triage.health'], (context, data) => this.checkStep(context, data)),
      'triage.cancel': replying(triageVerbs['triage.cancel'], (context, data) =>
        this.cancelFromCard(context, data.check),
      ),
      'triage.show': replying(triageVerbs['triage.show'], (context, data) => this.showCurrent(context, data.check)),
      'triage.filed': replying(triageVerbs['triage.filed'], (context, data) =>
        this.fileFromAnswer(context, data.check, data.srNumber),
      ),
      ...Object.fromEntries(requestVerbs.map((verb) => [verb, requestAction])),
    };
  }

  /**
   * A problem starts the check at once; a question gets its answer; a problem with a second question gets
   * both, the answer first; only a message a reader could not place gets the "answer or decide?" card.
   */
  private async routeText(context: TurnContext, text: string): Promise<void> {
    const language = await this.language(context);
    const reading = understandMessage(text);
    this.deps.log.info({ route: reading.route, truncated: reading.truncated }, 'free text');
    if (reading.truncated)
      await context.sendActivity(t(language, 'reader.truncated', { limit: readLimit.toLocaleString(language) }));
    switch (reading.route) {
      case 'question':
        return sendAnswer(context, text, language, this.deps, reading);
      case 'unsure':
        return offerBoth(context, text, language);
      case 'both':
        await sendAnswer(context, text, language, this.deps, reading);
        return this.startTriage(context, { text });
      case 'problem':
        return this.startTriage(context, { text });
      case 'unknown':
        await context.sendActivity(t(language, 'fallback.notUnderstood'));
    }
  }

  private async followRoute(context: TurnContext, route: z.infer<typeof routeSchema>): Promise<void> {
    if (route.route === 'answer')
      return sendAnswer(context, route.text, await this.language(context), this.deps, {
        profile: understandMessage(route.text).profile,
      });
    return this.startTriage(context, { text: route.text });
  }

  private sendHelp(context: TurnContext, language: Language): Promise<void> {
    return this.sendCard(context, helpCard(language, shownCommandWords(language)));
  }

  private async runCommand(context: TurnContext, command: Command): Promise<void> {
    const language = await this.language(context);
    switch (command.kind) {
      case 'help':
        return this.sendHelp(context, language);
      case 'new':
        return this.startTriage(context, {});
      case 'cancel': {
        const active = await this.triage.cancel(await this.dialogs.createContext(context));
        await context.sendActivity(t(language, active ? 'triage.cancelled' : 'triage.nothingToCancel'));
        return;
      }
      case 'profile':
        return this.sendProfile(context, await this.profile.get(context, {}), language);
      case 'language': {
        await this.preferences.set(context, {
          ...(await this.preferences.get(context, {})),
          language: command.language,
        });
        // A check under way speaks the new language from its next card on.
        TriageDialog.switchLanguage(await this.dialogs.createContext(context), command.language);
        await context.sendActivity(t(command.language, 'language.switched'));
        return;
      }
      case 'status':
        return sendStatus(context, language, await this.profile.get(context, {}), this.deps);
      case 'setEscalationChannel':
      case 'clearEscalationChannel':
        return setEscalationChannelHere(context, command.kind === 'setEscalationChannel', language, this.deps);
    }
  }

  private async startTriage(context: TurnContext, options: Omit<TriageOptions, 'requester'>): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    await this.triage.cancel(dc);
    const { from } = context.activity;
    const result = await dc.beginDialog(triageDialogId, {
      ...options,
      requester: { id: from.id, name: from.name ?? '' },
    });
    this.deps.log.debug({ status: result.status }, 'triage started');
  }

  /** A finished check, as stored; an old or damaged record is as good as none. */
  private async lastOf(context: TurnContext): Promise<LastTriage | undefined> {
    const parsed = lastTriageSchema.safeParse(await this.lastTriage.get(context));
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * A click on a check's card. The check under way takes it (the dialog
   * checks the step); a finished check's answer takes "Change" and R3's one
   * click, starting a new check on the same card; anything else is a card
   * the user has moved past, which says so instead of acting.
   */
  private async checkStep(context: TurnContext, action: CheckStep): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const active = TriageDialog.checkOf(dc);
    if (active === action.check) {
      await this.triage.click(dc, action);
      return;
    }
    const last = await this.lastOf(context);
    if (
      last !== undefined &&
      last.check === action.check &&
      (action.verb === 'triage.change' || action.verb === 'triage.health')
    ) {
      const facts = { ...last.facts };
      if (action.verb === 'triage.change') delete facts[action.question as keyof typeof facts];
      else facts.serviceHealth = action.value;
      const guessed =
        action.verb === 'triage.change' ? last.guessed.filter((k) => k !== action.question) : last.guessed;
      return this.startTriage(context, {
        facts,
        guessed,
        ...(last.title ? { title: last.title } : {}),
        ...this.clickedCard(context),
      });
    }
    await this.staleCard(context, active);
  }

  /** The clicked message, which a check started from it redraws. */
  private clickedCard(context: TurnContext): { cardActivityId?: string } {
    const id = context.activity.replyToId;
    return id === undefined || id === '' ? {} : { cardActivityId: id };
  }

  /**
   * A card of a check that is no longer under way. In a personal chat the
   * card says so, offering the current question when there is one; in a
   * shared chat it may be someone else's card, seen by everyone, so it stays
   * and the clicker alone is told.
   */
  private async staleCard(context: TurnContext, active: string | undefined): Promise<void> {
    const language = await this.language(context);
    this.deps.log.info({ checkUnderWay: active !== undefined }, 'click on a card of a finished or replaced check');
    if (isSharedChat(context)) {
      await context.sendActivity(t(language, 'triage.notYours'));
      return;
    }
    await this.present(
      context,
      active === undefined ? checkNoticeCard(language, 'ended') : checkNoticeCard(language, 'movedOn', active),
      undefined,
    );
  }

  private async cancelFromCard(context: TurnContext, check: string): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const active = TriageDialog.checkOf(dc);
    if (active !== check) return this.staleCard(context, active);
    await this.triage.cancel(dc);
    await context.sendActivity(t(await this.language(context), 'triage.cancelled'));
  }

  private async showCurrent(context: TurnContext, check: string): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const active = TriageDialog.checkOf(dc);
    if (active === undefined) return this.staleCard(context, undefined);
    this.deps.log.debug({ same: active === check }, 'current question shown on a stale card');
    await this.triage.showCurrent(dc);
  }

  /**
   * "I've filed it": the request is created once, its card is posted, and
   * the answer card turns into "Tracked as request … · Open it" with no
   * filing button. A second click on a stale copy shows the same tracked
   * card instead of filing again.
   */
  private async fileFromAnswer(context: TurnContext, check: string, srNumber: string | undefined): Promise<void> {
    const last = await this.lastOf(context);
    if (last === undefined || last.check !== check) {
      // An earlier check of this user's: its request is shown if it was filed; nothing new is filed.
      const language = await this.language(context);
      const shown = last !== undefined && (await showFiledCheck(context, `check:${check}`, language, this.deps));
      // In a shared chat the card may be someone else's check.
      if (!shown)
        await context.sendActivity(
          t(language, last === undefined || isSharedChat(context) ? 'triage.notYours' : 'triage.expired'),
        );
      return;
    }
    const profile = await this.profile.get(context, {});
    const { language } = last;
    const title =
      last.title ??
      [
        answerLabel(language, { kind: 'fact', key: 'product' }, last.facts.product),
        answerLabel(language, { kind: 'fact', key: 'category' }, last.facts.category),
      ].join(' · ');
    // The check's id names the request: the same check is never filed twice (create-support-request.ts),
    // and a second click is told so and shown the request.
    const origin = `check:${last.check}`;
    const filed = await fileRequest(
      context,
      { origin, facts: last.facts, profile, language, title, filed: true, serviceRequestNumber: srNumber?.trim() },
      { ...this.deps, preferences: this.preferences },
    );
    if (filed === undefined) return;
    last.tracked = {
      requestId: filed.request.id,
      title: filed.request.title,
      deadline: deadlineText(filed.request, language),
    };
    await this.lastTriage.set(context, last);
    // The clicked answer card becomes "Tracked as request …"; a repeated click that cannot redraw it gets no second copy.
    if (filed.kind === 'created' || canRedrawInPlace(context, undefined)) {
      await this.present(
        context,
        this.triage.answerCard(context, last, assess(last.facts, profile), profile),
        undefined,
      );
    }
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
    return fetchFileRequestTask(context, action, await this.language(context), {
      ...this.deps,
      profile: this.profile,
      preferences: this.preferences,
    });
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId !== fileRequestCommandId) return {};
    return submitFileRequest(context, action, await this.language(context), {
      ...this.deps,
      profile: this.profile,
      preferences: this.preferences,
    });
  }

  /**
   * Universal Actions (Action.Execute): the check's card, request and
   * reminder cards. The card a handler drew replaces the clicked one; an
   * unknown verb or data that does not fit its verb is a 400.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = invokeValue?.action as { verb?: unknown; data?: unknown } | undefined;
    const data = isRecord(action?.data) ? { verb: action?.verb, ...action.data } : { verb: action?.verb };
    const outcome = await dispatchCardAction(this.cardActions, context, data);
    this.deps.log.info({ verb: verbOf(data), outcome: outcome.kind }, 'card action');
    return toAdaptiveCardInvokeResponse(await this.invokeResponse(context, outcome));
  }

  private async invokeResponse(context: TurnContext, outcome: DispatchOutcome): Promise<CardActionResponse> {
    switch (outcome.kind) {
      case 'card':
        return cardResponse(outcome.card);
      case 'invoke':
        return outcome.response;
      case 'replied': {
        const card = invokeCardOf(context);
        return card !== undefined ? cardResponse(card) : messageResponse(t(await this.language(context), 'card.done'));
      }
      case 'unknown':
        return badRequestResponse(`unknown verb: ${outcome.verb ?? '(none)'}`);
      case 'invalid':
        return badRequestResponse(`${outcome.verb}: ${outcome.problem}`);
    }
  }

  private async saveProfile(context: TurnContext, value: Record<string, unknown>): Promise<void> {
    const language = await this.language(context);
    const { verb: _verb, ...fields } = value;
    const read = readProfileForm(fields);
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
    await this.sendProfile(context, read.profile, language);
  }

  private async sendProfile(context: TurnContext, profile: Profile, language: Language): Promise<void> {
    const { supportLanguageUsed } = await this.preferences.get(context, {});
    await this.sendCard(
      context,
      profileCard(profile, profileCardFields, language, this.deps.now(), supportLanguageUsed),
    );
  }

  private async language(context: TurnContext): Promise<Language> {
    const preferences = await this.preferences.get(context, {});
    return preferences.language ?? languageFromLocale(context.activity.locale);
  }

  private async sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }
}

function isSharedChat(context: TurnContext): boolean {
  return ['groupChat', 'channel'].includes(context.activity.conversation.conversationType ?? '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const checkStartSchema = z.object({ verb: z.literal('check.start'), text: z.string().max(1_000).optional() });
