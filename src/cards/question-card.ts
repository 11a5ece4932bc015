/**
 * One triage question as a card (cards/question.json): a button per answer,
 * a multi-select for questions with several answers, and what was guessed
 * from the user's words with a button to change each guess.
 */
import { describeQuestion, optionIds, type Question } from '../domain/assess';
import { t, type Language, type MessageKey } from '../i18n';
import { renderCard, type AdaptiveCardJson } from './render-card';

export interface UnderstoodFact {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

/** Which check a card belongs to and the step it shows: every button carries both. */
export interface CheckAt {
  readonly check: string;
  readonly step: number;
}

export interface QuestionCardInput {
  readonly question: Question;
  readonly language: Language;
  /** Empty in personal chat; "Asked by …" in group chats and channels. */
  readonly askedBy: string;
  readonly understood: readonly UnderstoodFact[];
  readonly at: CheckAt;
  /** "Back" only once something was answered. */
  readonly canGoBack: boolean;
}

/**
 * What the reader guessed, on one line ("I understood: Product **Azure** ·
 * Impact **…**"), with one "Change…" that opens a button per guess, each
 * naming what it changes ("Change product").
 */
export function questionCard({
  question,
  language,
  askedBy,
  understood,
  at,
  canGoBack,
}: QuestionCardInput): AdaptiveCardJson {
  const text = describeQuestion(question, language);
  const options = text.options.map((o) => ({ id: o.id, title: o.label }));
  return renderCard('question', {
    askedBy,
    check: at.check,
    step: at.step,
    canGoBack,
    understoodLine: understoodLine(language, understood),
    understood: understood.map((u) => ({ key: u.key, changeTitle: changeTitle(language, u.label) })),
    changeMenuTitle: t(language, 'summary.changeAnswers'),
    prompt: text.prompt,
    hint: t(language, 'triage.typeHint'),
    key: question.key,
    options: text.multiple ? [] : options,
    multiple: text.multiple,
    choices: text.multiple ? options : [],
    chooseMany: t(language, 'triage.chooseMany'),
    confirmTitle: t(language, 'triage.confirm'),
    backTitle: t(language, 'triage.back'),
    startOverTitle: t(language, 'triage.startOver'),
    cancelTitle: t(language, 'triage.cancel'),
  });
}

/** "Change product" / "제품 변경": a Change button says what it changes. */
export function changeTitle(language: Language, label: string): string {
  return t(language, 'triage.changeFact', { fact: language === 'en' ? label.toLowerCase() : label });
}

export type CheckNotice = 'movedOn' | 'cancelled' | 'ended' | 'outdated';

/**
 * What a card the check has left says (moved on, cancelled, ended), or a card from an earlier version of the bot;
 * with the check under way, it offers "Show the current question here", else a new check.
 */
export function checkNoticeCard(language: Language, notice: CheckNotice, check = ''): AdaptiveCardJson {
  return renderCard('check-notice', {
    text: t(language, `triage.notice.${notice}`),
    check,
    showTitle: t(language, 'triage.showCurrent'),
    startTitle: t(language, 'triage.startNew'),
  });
}

/** What was read from the user's words, on one line: "I understood: Product **Azure** · Impact **…**". */
export function understoodLine(
  language: Language,
  understood: readonly Pick<UnderstoodFact, 'label' | 'value'>[],
): string {
  return `${t(language, 'triage.understood')} ${understood.map((u) => `${u.label} **${u.value}**`).join(' · ')}`;
}

/** The label of a fact or profile field ("Product", "제품"). */
export function factLabel(language: Language, key: string): string {
  return t(language, `fact.${key}` as MessageKey);
}

/** An answer's label in the user's language ("Azure", "프로덕션 중단"). */
export function answerLabel(language: Language, question: Question, value: unknown): string {
  const options = describeQuestion(question, language).options;
  return optionIds(value)
    .map((id) => options.find((o) => o.id === id)?.label ?? id)
    .join(', ');
}
