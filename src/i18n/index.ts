/**
 * Bilingual UI text. Each feature keeps its own English dictionary and a
 * Korean twin typed `Record<keyof typeof en, string>`, so a missing Korean
 * string fails to compile; `defineTexts` turns the pair into a translator.
 */
import type { Language } from '../domain/facts';
import { fill, type TextParams } from '../domain/fill';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type { Language } from '../domain/facts';
export type { MessageKey } from './en';

export type Translator<K extends string> = (language: Language, key: K, params?: TextParams) => string;

export function defineTexts<K extends string>(dictionaries: Record<Language, Record<K, string>>): Translator<K> {
  return (language, key, params) => fill(dictionaries[language][key], params);
}

/** The bot's general strings (src/i18n/en.ts, ko.ts). */
export const t: Translator<MessageKey> = defineTexts({ en, ko });

export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
