/**
 * The words that are commands, in English and Korean. A command is the whole
 * message (after the @mention is stripped), so "help me with Azure" is not one.
 */
import type { Language } from '../domain/facts';
import { wordForm } from '../domain/text-tools/normalise';

export type Command =
  | { kind: 'help' }
  | { kind: 'new' }
  | { kind: 'status' }
  | { kind: 'profile' }
  | { kind: 'cancel' }
  | { kind: 'setEscalationChannel' }
  | { kind: 'clearEscalationChannel' }
  | { kind: 'language'; language: Language };

type SimpleCommand = Exclude<Command, { kind: 'language' }>['kind'];

/** The first word of each list is the one the help card shows. */
export const commandWords: Record<SimpleCommand, Record<Language, readonly string[]>> = {
  help: { en: ['help', '?', 'commands'], ko: ['도움말', '도움', '명령어'] },
  new: { en: ['new', 'escalate', 'start', 'triage'], ko: ['새 문의', '새로', '에스컬레이션', '시작'] },
  status: { en: ['status', 'my requests'], ko: ['상태', '내 요청'] },
  profile: { en: ['profile'], ko: ['프로필'] },
  cancel: { en: ['cancel', 'stop', 'quit'], ko: ['취소', '중단', '그만'] },
  setEscalationChannel: { en: ['set escalation channel'], ko: ['에스컬레이션 채널 설정'] },
  clearEscalationChannel: { en: ['clear escalation channel'], ko: ['에스컬레이션 채널 해제'] },
};

export const languageWords: Record<Language, readonly string[]> = { en: ['language'], ko: ['언어'] };

/** The word the help card shows for each command in `language`: the first of its list. */
export function shownCommandWords(language: Language): Record<Command['kind'], string> {
  const shown = Object.entries(commandWords).map(([kind, words]) => [kind, words[language][0]!]);
  return { ...(Object.fromEntries(shown) as Record<SimpleCommand, string>), language: languageWords[language][0]! };
}

const languageValues: Record<string, Language> = {
  en: 'en',
  english: 'en',
  영어: 'en',
  ko: 'ko',
  korean: 'ko',
  한국어: 'ko',
  한글: 'ko',
};

export function parseCommand(text: string): Command | undefined {
  const normalised = wordForm(text);
  for (const [kind, words] of Object.entries(commandWords) as [SimpleCommand, Record<Language, readonly string[]>][]) {
    if (words.en.includes(normalised) || words.ko.includes(normalised)) return { kind };
  }
  const [first, value, ...rest] = normalised.split(' ');
  if (rest.length === 0 && first !== undefined && value !== undefined) {
    const isLanguageWord = languageWords.en.includes(first) || languageWords.ko.includes(first);
    const language = languageValues[value];
    if (isLanguageWord && language !== undefined) return { kind: 'language', language };
  }
  return undefined;
}
