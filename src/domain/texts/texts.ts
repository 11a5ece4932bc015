/**
 * The shape every language's texts must have: a missing message or option
 * label in any language fails to compile.
 */
import type { OptionId, QuestionKey } from '../assessment/questions';
import type { MessageKey } from './en';

export interface QuestionTexts<K extends QuestionKey> {
  readonly prompt: string;
  readonly options: Readonly<Record<OptionId<K>, string>>;
}

export interface Texts {
  readonly messages: Readonly<Record<MessageKey, string>>;
  readonly questions: { readonly [K in QuestionKey]: QuestionTexts<K> };
}
