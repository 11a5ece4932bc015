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

export interface QuestionCardInput {
  readonly question: Question;
  readonly language: Language;
  /** Empty in personal chat; "Asked by …" in group chats and channels. */
  readonly askedBy: string;
  readonly understood: readonly UnderstoodFact[];
}

export function questionCard({ question, language, askedBy, understood }: QuestionCardInput): AdaptiveCardJson {
  const text = describeQuestion(question, language);
  const options = text.options.map((o) => ({ id: o.id, title: o.label }));
  return renderCard('question', {
    askedBy,
    understoodTitle: t(language, 'triage.understood'),
    understood,
    changeTitle: t(language, 'triage.change'),
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

/** The label of a fact or profile field ("Product", "제품"). */
export function factLabel(language: Language, key: string): string {
  return t(language, `fact.${key}` as MessageKey);
}

/** An answer's label in the user's language ("Azure", "프로덕션 중단"). */
export function answerLabel(language: Language, question: Question, value: unknown): string {
  const options = describeQuestion(question, language).options;
  return optionIds(value).map((id) => options.find((o) => o.id === id)?.label ?? id).join(', ');
}
