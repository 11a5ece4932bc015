/**
 * The triage dialog: reads what the user wrote, then asks only the questions
 * the assessment still needs (one card at a time) and ends with the summary
 * card. Answers to profile questions go to the user's profile, so they are
 * asked once across checks.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from '../dialogs';
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { assess, factOptions, optionValue, type Question } from '../../domain/assess';
import type { Facts, Profile } from '../../domain/facts';
import { readText, suggestedFacts } from '../../domain/reader/read-text';
import { cardAttachment } from '../../cards/render-card';
import { answerLabel, factLabel, questionCard } from '../../cards/question-card';
import { summaryCard } from '../../cards/summary-card';
import { literal } from '../../cards/literal-text';
import { t, type Language } from '../../i18n';
import type { Logger } from '../../log';
import { plainText, titleFrom } from '../file-request/message-text';
import { type Assessment } from '../../domain/assess';
import { formatDue, responseWindow } from '../../domain/clock';
import { type CalendarDeps, calendarOfTurn } from '../response-calendar';
import { readAnswer } from './answer-reader';
import { type TriageInput, triageInputOf } from './triage-input';
import { type TriageState, triageStateSchema } from './triage-state';

export interface TriageOptions {
  readonly requester: TriageState['requester'];
  /** The message that started the check, read for facts. */
  readonly text?: string;
  /** Facts carried over, e.g. from a finished check whose answer is being changed. */
  readonly facts?: Facts;
  readonly guessed?: TriageState['guessed'];
  readonly title?: string;
}

/** What a finished check leaves behind for "Change answers", R3's one click and "I've filed it". */
export type LastTriage = Pick<TriageState, 'facts' | 'guessed' | 'requester' | 'title'>;

export interface TriageDeps extends CalendarDeps {
  readonly profile: StatePropertyAccessor<Profile>;
  readonly lastTriage: StatePropertyAccessor<LastTriage | undefined>;
  languageOf(context: TurnContext): Promise<Language>;
  readonly now: () => Date;
  readonly log: Logger;
}

/** The profile answers given in a check, merged into the user's profile as it is now (another chat may have changed it). */
export async function saveProfileAnswers(context: TurnContext, state: Pick<TriageState, 'answered' | 'profile'>, profile: StatePropertyAccessor<Profile>): Promise<void> {
  const keys = state.answered.filter((q) => q.kind === 'profile').map((q) => q.key as keyof Profile);
  if (keys.length === 0) return;
  const current = await profile.get(context, {});
  await profile.set(context, { ...current, ...Object.fromEntries(keys.map((key) => [key, state.profile[key]])) });
}

export const triageDialogId = 'triage';

export class TriageDialog extends Dialog<TriageOptions> {
  constructor(private readonly deps: TriageDeps) {
    super(triageDialogId);
  }

  override async beginDialog(dc: DialogContext, options?: TriageOptions): Promise<DialogTurnResult> {
    const state: TriageState = {
      facts: { ...options?.facts },
      guessed: [...(options?.guessed ?? [])],
      answered: [],
      profile: await this.deps.profile.get(dc.context, {}),
      language: await this.deps.languageOf(dc.context),
      requester: options?.requester ?? { id: dc.context.activity.from.id, name: dc.context.activity.from.name ?? '' },
      ...(options?.title ? { title: options.title } : {}),
    };
    if (options?.text) {
      state.title ??= titleFrom(plainText(options.text, 'text'));
      const guessed = suggestedFacts(readText(options.text));
      for (const [key, value] of Object.entries(guessed) as [keyof Facts, never][]) {
        if (state.facts[key] !== undefined) continue;
        state.facts[key] = value;
        state.guessed.push(key);
      }
      this.deps.log.debug({ guessed: state.guessed }, 'read facts from text');
    }
    return this.step(dc, state);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const parsed = triageStateSchema.safeParse(dc.activeDialog?.state);
    if (!parsed.success) {
      this.deps.log.warn({ problem: parsed.error.issues[0]?.message }, 'triage state unreadable; ending the check');
      await dc.context.sendActivity(t(await this.deps.languageOf(dc.context), 'triage.expired'));
      return dc.endDialog();
    }
    const activity = dc.context.activity;
    return this.handle(dc, parsed.data, triageInputOf(activity.value, activity.text ?? ''));
  }

  private async handle(dc: DialogContext, state: TriageState, input: TriageInput): Promise<DialogTurnResult> {
    const { language } = state;
    switch (input.triage) {
      case 'answer': {
        const question = questionFor(input.question);
        const chosen = input.value !== undefined ? [input.value] : (input.choice ?? '').split(',').filter((c) => c !== '');
        const valid = readAnswer(question, chosen.length === 0 ? 'none' : chosen.join(','));
        if (valid === undefined) return this.reask(dc, state, language, input.value ?? input.choice ?? '');
        return this.answer(dc, state, question, valid);
      }
      case 'text': {
        const ids = state.pending === undefined ? undefined : readAnswer(state.pending, input.text);
        if (state.pending === undefined || ids === undefined) return this.reask(dc, state, language, input.text);
        return this.answer(dc, state, state.pending, ids);
      }
      case 'change':
        return this.step(dc, withoutAnswer(state, questionFor(input.question)));
      case 'back': {
        const last = state.answered.at(-1);
        if (last === undefined) {
          await dc.context.sendActivity(t(language, 'triage.nothingToGoBack'));
          return this.step(dc, state);
        }
        return this.step(dc, { ...withoutAnswer(state, last), answered: state.answered.slice(0, -1) });
      }
      case 'restart':
        // Profile answers stay: they are about the partner, not this problem.
        return this.step(dc, { ...state, facts: {}, guessed: [], answered: state.answered.filter((q) => q.kind === 'profile') });
      case 'health':
        return this.step(dc, { ...state, facts: { ...state.facts, serviceHealth: input.value } });
      default:
        return this.reask(dc, state, language, '');
    }
  }

  private async answer(dc: DialogContext, state: TriageState, question: Question, ids: string[]): Promise<DialogTurnResult> {
    const value = optionValue(question.key, ids);
    const next: TriageState = {
      ...state,
      guessed: state.guessed.filter((key) => key !== question.key),
      answered: [...state.answered.filter((q) => q.key !== question.key), question],
    };
    if (question.kind === 'fact') next.facts = { ...state.facts, [question.key]: value };
    else next.profile = { ...state.profile, [question.key]: value };
    return this.step(dc, next);
  }

  private async reask(dc: DialogContext, state: TriageState, language: Language, answer: string): Promise<DialogTurnResult> {
    if (answer !== '') await dc.context.sendActivity(t(language, 'triage.notAnOption', { answer: answer.slice(0, 80) }));
    return this.step(dc, state);
  }

  /** Assess what is known; ask the next question, or show the answer and end. */
  private async step(dc: DialogContext, state: TriageState): Promise<DialogTurnResult> {
    const { context } = dc;
    const { language, profile } = state;
    const assessment = assess(state.facts, profile);
    // Only a shared chat needs to say whose check a card belongs to.
    const shared = ['groupChat', 'channel'].includes(context.activity.conversation.conversationType ?? '');
    const askedBy = shared && state.requester.name !== '' ? t(language, 'triage.askedBy', { name: literal(state.requester.name) }) : '';

    // R3: "check service health first" is an answer of its own; its card brings the user back in one click.
    if (assessment.nextQuestion !== undefined && assessment.decision !== 'check-service-health') {
      dc.activeDialog!.state = { ...state, pending: assessment.nextQuestion };
      const understood = state.guessed.map((key) => {
        const question = questionFor(key);
        return { key, label: factLabel(language, key), value: answerLabel(language, question, valueOf(state, profile, question)) };
      });
      const card = questionCard({ question: assessment.nextQuestion, language, askedBy, understood });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
      return Dialog.EndOfTurn;
    }

    await saveProfileAnswers(context, state, this.deps.profile);
    await this.deps.lastTriage.set(context, { facts: state.facts, guessed: state.guessed, requester: state.requester, title: state.title });
    const card = summaryCard({ assessment, facts: state.facts, language, askedBy, due: this.due(context, assessment, profile, language) });
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
    this.deps.log.info({ decision: assessment.decision, severity: assessment.severity, vehicle: assessment.vehicle }, 'triage answered');
    return dc.endDialog();
  }

  /** R21 R24: when the answer is due if filed now, on the same calendar the filed request will use. */
  private due(context: TurnContext, assessment: Assessment, profile: Profile, language: Language): string | undefined {
    const { severity, responseTarget } = assessment;
    if (severity === undefined || responseTarget === undefined) return undefined;
    const supportLanguage = assessment.supportLanguage ?? language;
    const calendar = calendarOfTurn(context, profile, language, supportLanguage, this.deps);
    return formatDue(severity, responseWindow(this.deps.now(), severity, supportLanguage, calendar), calendar.timeZone, language);
  }
}

function questionFor(key: TriageState['answered'][number]['key']): Question {
  return (key in factOptions ? { kind: 'fact', key } : { kind: 'profile', key }) as Question;
}

function valueOf(state: TriageState, profile: Profile, question: Question): unknown {
  return question.kind === 'fact' ? state.facts[question.key] : profile[question.key];
}

function withoutAnswer(state: TriageState, question: Question): TriageState {
  const facts = { ...state.facts };
  const profile = { ...state.profile };
  if (question.kind === 'fact') delete facts[question.key];
  else delete profile[question.key];
  return { ...state, facts, profile, guessed: state.guessed.filter((key) => key !== question.key) };
}
