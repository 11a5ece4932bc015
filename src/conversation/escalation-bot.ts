/**
 * The Teams activity handler: welcomes, commands and (later) the triage
 * dialog. Turn state lives in Cosmos through ConversationState/UserState.
 */
import {
  type ConversationState,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
  type UserState,
  MessageFactory,
} from 'botbuilder';
import { z } from 'zod';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render-card';
import { helpCard, welcomeCard } from '../cards/help-cards';
import { languageFromLocale, t, type Language } from '../i18n';
import type { Logger } from '../log';
import { type Command, parseCommand } from './commands';
import { languageSchema } from '../domain/facts';

/** Per-conversation settings; in a group chat the bot speaks one language. */
const conversationSettingsSchema = z.object({ language: languageSchema.optional() });
type ConversationSettings = z.infer<typeof conversationSettingsSchema>;

const cardCommandSchema = z.object({ cmd: z.enum(['help', 'new', 'status', 'profile', 'cancel']) });

export interface EscalationBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  log: Logger;
}

export class EscalationBot extends TeamsActivityHandler {
  private readonly settings: StatePropertyAccessor<ConversationSettings>;

  constructor(private readonly deps: EscalationBotDeps) {
    super();
    this.settings = deps.conversationState.createProperty<ConversationSettings>('settings');

    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) {
        deps.log.info({ conversationType: context.activity.conversation.conversationType }, 'bot added');
        await this.sendCard(context, welcomeCard(await this.language(context)));
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      const command = this.commandOf(context);
      deps.log.info({ command: command?.kind ?? 'text' }, 'message');
      await this.respond(context, command);
      await next();
    });
  }

  /** Save state after every turn, whatever the handlers did. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context);
    await this.deps.userState.saveChanges(context);
  }

  private commandOf(context: TurnContext): Command | undefined {
    const submitted = cardCommandSchema.safeParse(context.activity.value);
    if (submitted.success) return { kind: submitted.data.cmd };
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    return parseCommand(text);
  }

  private async respond(context: TurnContext, command: Command | undefined): Promise<void> {
    switch (command?.kind) {
      case 'language': {
        const settings = await this.settings.get(context, {});
        await this.settings.set(context, { ...settings, language: command.language });
        await context.sendActivity(t(command.language, 'language.switched'));
        return;
      }
      case 'help':
        await this.sendCard(context, helpCard(await this.language(context)));
        return;
      default:
        await context.sendActivity(t(await this.language(context), 'fallback.notUnderstood'));
    }
  }

  private async language(context: TurnContext): Promise<Language> {
    const settings = await this.settings.get(context, {});
    return settings.language ?? languageFromLocale(context.activity.locale);
  }

  private async sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  }
}
