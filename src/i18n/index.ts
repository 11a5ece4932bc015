/**
 * The bot's own strings, one dictionary pair per feature: general (en.ts,
 * ko.ts), tracked requests, reminders, and the labels their cards share.
 * Each is written with the one string mechanism, src/domain/texts/define-texts.ts.
 */
import type { Language } from '../domain/facts';
import { defineTexts } from '../domain/texts/define-texts';
import { en } from './en';
import { ko } from './ko';

export type { Language } from '../domain/facts';
export type { MessageKey } from './en';

/** The bot's general strings (src/i18n/en.ts, ko.ts). */
export const t = defineTexts({ en, ko });

export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
