/**
 * The triage dialog: reads what the user wrote, then asks only the questions
 * the assessment still needs and ends with the answer, all on ONE card that
 * each step redraws in place. Answers to profile questions go to
 * the user's profile, so they are asked once across checks.
 *
 * Every card names its check and step; a click from a card the check has
 * moved past changes nothing and says so. The state stays in Cosmos (one
 * read and one write per click, as before): a typed answer needs it anyway,
 * and only the stored step can tell a stale card from the current one.
 */
import { randomUUID } from 'node:crypto';
import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { z } from 'zod';
import { answerCard as topicAnswerCard } from '../../cards/answer-card';
import { literal, literalName } from '../../cards/literal-text';
import { answerLabel, checkNoticeCard, factLabel, questionCard } from '../../cards/question-card';
import { cardAttachment } from '../../cards/render-card';
import type { AdaptiveCardJson } from '../../cards/render-card';
import { summaryCard } from '../../cards/summary-card';
import { topicById } from '../../domain/answers';
import {
  assess,
  factOptions,
  optionValue,
  profileOptions,
  type Assessment,
  type Question,
  type QuestionKey,
} from '../../domain/assess';
import { formatDue, responseWindow } from '../../domain/clock';
import type { Facts, Language, Profile } from '../../domain/facts';
import { understandMessage, type Understanding } from '../../domain/reader';
import { t } from '../../i18n';
import type { Logger } from '../../log';
import { canRedrawInPlace } from '../card-presenter';
import { Dialog, type DialogContext, type DialogTurnResult } from '../dialogs';
import { plainText, titleFrom } from '../file-request/message-text';
import { type CalendarDeps, calendarOfTurn } from '../response-calendar';
import { readAnswer } from './answer-reader';
import { type CheckStep, inputOfClick, inputOfText, type TriageInput } from './triage-input';
import { type lastTriageSchema, type TriageState, triageStateSchema } from './triage-state';

export interface TriageOptions {
  readonly requester: TriageState['requester'];
  /** The message that started the check, read for facts. */
  readonly text?: string;
  /** Facts carried over, e.g. from a finished check whose answer is being changed. */
  readonly facts?: Facts;
  readonly guessed?: TriageState['guessed'];
  readonly title?: string;
  /** The message whose card this check takes over (a finished check's answer being changed). */
  readonly cardActivityId?: string;
}

/** What a finished check leaves behind for "Change answers", R3's one click and "I've filed it" (once filed, `tracked`). */
export type LastTriage = z.infer<typeof lastTriageSchema>;

/** Shows a check's card: in place of the clicked or last card when it can, else as a new message; returns where it is. */
export type PresentCard = (
  context: TurnContext,
  card: AdaptiveCardJson,
  shownIn: string | undefined,
) => Promise<string | undefined>;

export interface TriageDeps extends CalendarDeps {
  readonly profile: StatePropertyAccessor<Profile>;
  readonly lastTriage: StatePropertyAccessor<LastTriage | undefined>;
  languageOf(context: TurnContext): Promise<Language>;
  readonly present: PresentCard;
  readonly now: () => Date;
  readonly log: Logger;
}

/**
 * The profile answers given in a check, and the profile facts read from its messages, merged into the
 * user's profile as it is now (another chat may have changed it).
 */
export async function saveProfileAnswers(
  context: TurnContext,
  state: Pick<TriageState, 'answered' | 'guessed' | 'profile'>,
  profile: StatePropertyAccessor<Profile>,
): Promise<void> {
  const answered = state.answered.filter((q) => q.kind === 'profile').map((q) => q.key);
  const keys = [...new Set([...answered, ...state.guessed.filter(isProfileKey)])] as (keyof Profile)[];
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
      check: randomUUID().slice(0, 8),
      step: 0,
      facts: { ...options?.facts },
      guessed: [...(options?.guessed ?? [])],
      answered: [],
      profile: await this.deps.profile.get(dc.context, {}),
      language: await this.deps.languageOf(dc.context),
      requester: options?.requester ?? { id: dc.context.activity.from.id, name: dc.context.activity.from.name ?? '' },
      ...(options?.title ? { title: options.title } : {}),
      ...(options?.cardActivityId ? { cardActivityId: options.cardActivityId } : {}),
    };
    if (options?.text) {
      state.title ??= titleFrom(plainText(options.text, 'text'));
      Object.assign(state, withReading(state, understandMessage(options.text)));
      this.deps.log.debug({ guessed: state.guessed }, 'read facts from text');
    }
    return this.step(dc, state);
  }

  /** A typed turn while the check is under way. */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = await this.stateOf(dc);
    if (state === undefined) return dc.endDialog();
    return this.handle(dc, state, inputOfText(dc.context.activity.text ?? ''));
  }

  /** A click on the check's card: acted on only when the card shows the step the check is at. */
  async click(dc: DialogContext, action: CheckStep): Promise<DialogTurnResult> {
    const state = await this.stateOf(dc);
    if (state === undefined) return dc.endDialog();
    if (action.check !== state.check || action.step !== state.step) {
      this.deps.log.info({ step: state.step, clicked: action.step }, 'click on a card the check has moved past');
      await this.deps.present(dc.context, checkNoticeCard(state.language, 'movedOn', state.check), undefined);
      return Dialog.EndOfTurn;
    }
    return this.handle(dc, state, inputOfClick(action));
  }

  /** "Show the current question here": the current card takes the clicked card's place. */
  async showCurrent(dc: DialogContext): Promise<DialogTurnResult> {
    const state = await this.stateOf(dc);
    if (state === undefined) return dc.endDialog();
    return this.step(dc, { ...state, cardActivityId: undefined });
  }

  /** The check's id, when one is under way in this dialog context. */
  static checkOf(dc: DialogContext): string | undefined {
    if (dc.activeDialog?.id !== triageDialogId) return undefined;
    const parsed = triageStateSchema.safeParse(dc.activeDialog.state);
    return parsed.success ? parsed.data.check : undefined;
  }

  /** `language ko` mid-check: the next card speaks the new language. */
  static switchLanguage(dc: DialogContext, language: Language): void {
    if (dc.activeDialog?.id === triageDialogId) dc.activeDialog.state = { ...dc.activeDialog.state, language };
  }

  /** Ends the check under way, keeping its profile answers; its card says it was cancelled. False when there was none. */
  async cancel(dc: DialogContext): Promise<boolean> {
    if (dc.activeDialog?.id !== triageDialogId) return false;
    const parsed = triageStateSchema.safeParse(dc.activeDialog.state);
    if (parsed.success) {
      await saveProfileAnswers(dc.context, parsed.data, this.deps.profile);
      // Only a card that can be redrawn says "cancelled"; the chat reply says it anyway.
      const { language, cardActivityId } = parsed.data;
      if (canRedrawInPlace(dc.context, cardActivityId))
        await this.deps.present(dc.context, checkNoticeCard(language, 'cancelled'), cardActivityId);
    }
    await dc.cancelAllDialogs();
    return true;
  }

  private async stateOf(dc: DialogContext): Promise<TriageState | undefined> {
    const parsed = triageStateSchema.safeParse(dc.activeDialog?.state);
    if (parsed.success) return parsed.data;
    this.deps.log.warn({ problem: parsed.error.issues[0]?.message }, 'triage state unreadable; ending the check');
    await dc.context.sendActivity(t(await this.deps.languageOf(dc.context), 'triage.expired'));
    return undefined;
  }

  private async handle(dc: DialogContext, state: TriageState, input: TriageInput): Promise<DialogTurnResult> {
    switch (input.triage) {
      case 'answer': {
        const question = questionFor(input.question);
        const chosen =
          input.value !== undefined ? [input.value] : (input.choice ?? '').split(',').filter((c) => c !== '');
        const valid = readAnswer(question, chosen.length === 0 ? 'none' : chosen.join(','));
        if (valid === undefined) return this.reask(dc, state, input.value ?? input.choice ?? '');
        return this.answer(dc, state, question, valid);
      }
      case 'text':
        return this.typed(dc, state, input.text);
      case 'resume':
        return state.previous === undefined ? this.reask(dc, state, 'resume') : this.resume(dc, state);
      case 'change':
        return this.step(dc, withoutAnswer(state, questionFor(input.question)));
      case 'back': {
        const last = state.answered.at(-1);
        if (last === undefined) {
          await dc.context.sendActivity(t(state.language, 'triage.nothingToGoBack'));
          return this.step(dc, state);
        }
        return this.step(dc, { ...withoutAnswer(state, last), answered: state.answered.slice(0, -1) });
      }
      case 'restart':
        // Profile answers stay: they are about the partner, not this problem.
        return this.step(dc, {
          ...state,
          facts: {},
          guessed: [],
          answered: state.answered.filter((q) => q.kind === 'profile'),
        });
      case 'health':
        return this.step(dc, { ...state, facts: { ...state.facts, serviceHealth: input.value } });
    }
  }

  private async answer(
    dc: DialogContext,
    state: TriageState,
    question: Question,
    ids: string[],
  ): Promise<DialogTurnResult> {
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

  /**
   * Text typed mid-check: an answer to the question on the card fills it and every other fact it states;
   * a question gets its answer and the same card again; a new problem starts a check of its own, the
   * first kept aside; facts alone fill what is still open. Only text that says none of this is re-asked.
   */
  private async typed(dc: DialogContext, state: TriageState, text: string): Promise<DialogTurnResult> {
    const full = understandMessage(text);
    // The language of a one-word answer ("yes") says nothing about the support language (R22).
    const { language: _written, ...facts } = full.facts;
    const reading = { ...full, facts };
    const ids = state.pending === undefined ? undefined : readAnswer(state.pending, text);
    if (ids !== undefined && reading.route !== 'question')
      return this.answer(dc, withReading(state, reading), state.pending!, ids);
    if ((reading.route === 'question' || reading.route === 'both') && reading.topic !== undefined) {
      await dc.context.sendActivity(
        MessageFactory.attachment(cardAttachment(topicAnswerCard(topicById(reading.topic), state.language))),
      );
      if (reading.route === 'question') return this.step(dc, state);
    }
    if (isNewProblem(state, reading)) return this.switchTo(dc, state, text);
    const filled = withReading(state, reading);
    if (filled.guessed.length > state.guessed.length) return this.step(dc, filled);
    return this.reask(dc, state, text);
  }

  /** A new problem mid-check: check it now, keep the first check's answers to return to, and say so. */
  private async switchTo(dc: DialogContext, state: TriageState, text: string): Promise<DialogTurnResult> {
    const title = state.title ?? '';
    await dc.context.sendActivity(t(state.language, 'triage.switched', { title: literal(title) }));
    const fresh: TriageState = {
      ...state,
      facts: {},
      guessed: [],
      answered: state.answered.filter((q) => q.kind === 'profile'),
      title: titleFrom(plainText(text, 'text')),
    };
    delete fresh.pending;
    return this.step(dc, { ...withReading(fresh, understandMessage(text)), previous: checkOf(state) });
  }

  /** Back to the check left for a new one; an unfinished check left now is kept in its place. */
  private async resume(dc: DialogContext, state: TriageState, finished = false): Promise<DialogTurnResult> {
    const { previous, ...current } = state;
    await dc.context.sendActivity(t(state.language, 'triage.resumed', { title: literal(previous?.title ?? '') }));
    return this.step(dc, { ...current, ...previous!, ...(finished ? {} : { previous: checkOf(state) }) });
  }

  private async reask(dc: DialogContext, state: TriageState, answer: string): Promise<DialogTurnResult> {
    if (answer !== '')
      await dc.context.sendActivity(t(state.language, 'triage.notAnOption', { answer: literal(answer.slice(0, 80)) }));
    return this.step(dc, state);
  }

  /** Assess what is known; draw the next question, or the answer and end. Each drawing is one step further. */
  private async step(dc: DialogContext, current: TriageState): Promise<DialogTurnResult> {
    const { context } = dc;
    const state: TriageState = { ...current, step: current.step + 1 };
    const { language, profile } = state;
    const assessment = assess(state.facts, profile);
    // Only a shared chat needs to say whose check a card belongs to.
    const shared = ['groupChat', 'channel'].includes(context.activity.conversation.conversationType ?? '');
    const askedBy =
      shared && state.requester.name !== ''
        ? t(language, 'triage.askedBy', { name: literalName(state.requester.name) })
        : '';

    // R3: "check service health first" is an answer of its own; its card brings the user back in one click.
    if (assessment.nextQuestion !== undefined && assessment.decision !== 'check-service-health') {
      const understood = state.guessed.map((key) => {
        const question = questionFor(key);
        return {
          key,
          label: factLabel(language, key),
          value: answerLabel(language, question, valueOf(state, profile, question)),
        };
      });
      const card = questionCard({
        question: assessment.nextQuestion,
        language,
        askedBy,
        understood,
        at: state,
        canGoBack: state.answered.length > 0,
      });
      const shownIn = await this.deps.present(context, card, state.cardActivityId);
      dc.activeDialog!.state = {
        ...state,
        pending: assessment.nextQuestion,
        ...(shownIn === undefined ? {} : { cardActivityId: shownIn }),
      };
      return Dialog.EndOfTurn;
    }

    await saveProfileAnswers(context, state, this.deps.profile);
    const last: LastTriage = {
      check: state.check,
      step: state.step,
      facts: state.facts,
      guessed: state.guessed,
      requester: state.requester,
      title: state.title,
      language,
    };
    await this.deps.lastTriage.set(context, last);
    await this.deps.present(
      context,
      this.answerCard(context, last, assessment, profile, askedBy),
      state.cardActivityId,
    );
    this.deps.log.info(
      { decision: assessment.decision, severity: assessment.severity, vehicle: assessment.vehicle },
      'triage answered',
    );
    // The check left for this one comes back on a card of its own; this answer stays where it is.
    if (state.previous !== undefined) return this.resume(dc, { ...state, cardActivityId: undefined }, true);
    return dc.endDialog();
  }

  /** The answer card of a finished check; once filed it links to the request instead of offering to file. */
  answerCard(
    context: TurnContext,
    last: LastTriage,
    assessment: Assessment,
    profile: Profile,
    askedBy = '',
  ): AdaptiveCardJson {
    const due = last.tracked === undefined ? this.due(context, assessment, profile, last.language) : undefined;
    return summaryCard({
      assessment,
      facts: last.facts,
      language: last.language,
      askedBy,
      due,
      at: last,
      ...(last.tracked ? { tracked: last.tracked } : {}),
    });
  }

  /** R21 R24: when the answer is due if filed now, on the same calendar the filed request will use. */
  private due(context: TurnContext, assessment: Assessment, profile: Profile, language: Language): string | undefined {
    const { severity, responseTarget } = assessment;
    if (severity === undefined || responseTarget === undefined) return undefined;
    const supportLanguage = assessment.supportLanguage ?? language;
    const calendar = calendarOfTurn(context, profile, language, supportLanguage, this.deps);
    return formatDue(
      severity,
      responseWindow(this.deps.now(), severity, supportLanguage, calendar),
      calendar.timeZone,
      language,
    );
  }
}

const isProfileKey = (key: QuestionKey): boolean => key in profileOptions;

/** The reading's facts and profile facts the check does not know yet, marked as read from text ("I understood"). */
function withReading(state: TriageState, reading: Understanding): TriageState {
  const answered = new Set(state.answered.map((q) => q.key));
  const facts: Record<string, unknown> = { ...state.facts };
  const profile: Record<string, unknown> = { ...state.profile };
  const guessed = [...state.guessed];
  const read = (target: Record<string, unknown>, entries: Record<string, unknown>, fillKnown: boolean) => {
    for (const [key, value] of Object.entries(entries)) {
      const known = target[key] !== undefined;
      // A profile fact the user states now wins over the stored one (it is shown, and can be changed); an answer given in this check stays.
      if (
        answered.has(key as QuestionKey) ||
        (known && !fillKnown) ||
        JSON.stringify(target[key]) === JSON.stringify(value)
      )
        continue;
      target[key] = value;
      if (!guessed.includes(key as QuestionKey)) guessed.push(key as QuestionKey);
    }
  };
  read(facts, reading.facts, false);
  read(profile, reading.profile, true);
  return { ...state, facts: facts as Facts, profile: profile as Profile, guessed };
}

/** A problem about another product or kind of issue than the one being checked. */
function isNewProblem(state: TriageState, reading: Understanding): boolean {
  if (reading.route !== 'problem' && reading.route !== 'both') return false;
  const differs = (key: 'product' | 'category') =>
    state.facts[key] !== undefined && reading.facts[key] !== undefined && state.facts[key] !== reading.facts[key];
  return differs('product') || differs('category');
}

function checkOf(state: TriageState): NonNullable<TriageState['previous']> {
  return {
    facts: state.facts,
    guessed: state.guessed,
    answered: state.answered,
    ...(state.title === undefined ? {} : { title: state.title }),
  };
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
