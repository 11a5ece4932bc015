/**
 * The assessment's texts in every language, and the one function that fills
 * in a text's `{name}` parameters.
 */
import type { Language } from '../facts';
import { fill, type TextParams } from '../fill';
import { en, type MessageKey } from './en';
import { ko } from './ko';
import type { Texts } from './texts';

export type { MessageKey } from './en';
export type { QuestionTexts, Texts } from './texts';

export const texts: Readonly<Record<Language, Texts>> = { en, ko };

/** The message in the language, with each `{name}` replaced by its value. */
export function message(language: Language, key: MessageKey, params: TextParams = {}): string {
  return fill(texts[language].messages[key], params);
}
