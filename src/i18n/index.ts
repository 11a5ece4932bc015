/**
 * Bilingual UI text. Each feature keeps its own English dictionary and a
 * Korean twin typed `Record<keyof typeof en, string>`, so a missing Korean
 * string fails to compile; `defineTexts` turns the pair into a translator.
 */
import type { Language } from '../domain/facts';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type { Language } from '../domain/facts';
export type { MessageKey } from './en';

export type Params = Readonly<Record<string, string | number>>;
export type Translator<K extends string> = (language: Language, key: K, params?: Params) => string;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function defineTexts<K extends string>(dictionaries: Record<Language, Record<K, string>>): Translator<K> {
  return (language, key, params) => fill(dictionaries[language][key], params);
}

/** The bot's general strings (src/i18n/en.ts, ko.ts). */
export const t: Translator<MessageKey> = defineTexts({ en, ko });

export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
