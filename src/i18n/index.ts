/**
 * Bilingual UI text: `t(language, key, params)`, and the user's language from
 * a Teams locale (ko* → Korean, anything else → English).
 */
import type { Language } from '../domain/facts';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type { Language } from '../domain/facts';
export type { MessageKey } from './en';

const dictionaries: Record<Language, Record<MessageKey, string>> = { en, ko };

export function t(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
