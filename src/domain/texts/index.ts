/**
 * The assessment's texts in every language: its messages through the one
 * string mechanism (define-texts.ts), its questions for describeQuestion.
 */
import { defineTexts, type Localized } from './define-texts';
import { en, type MessageKey } from './en';
import { ko } from './ko';
import type { Texts } from './texts';

export type { MessageKey } from './en';
export type { QuestionTexts, Texts } from './texts';

export const texts: Localized<Texts> = { en, ko };

/** The message in the language, with each `{name}` replaced by its value. */
export const message = defineTexts<MessageKey>({ en: en.messages, ko: ko.messages });
