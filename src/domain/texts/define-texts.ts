/**
 * The one way user-facing strings are written. Every text exists in English
 * and Korean: a single text as a `Localized` pair, a feature's strings as a
 * dictionary pair passed to `defineTexts`, whose Korean half must have every
 * English key (a missing Korean string fails to compile). Both are filled by
 * `fillText`: the text's own `{name}` parameters, plus the support policy's
 * figures (`{hoursA}`, `{signatureGold}`…), so no text writes a figure itself.
 */
import type { Language } from '../facts';
import { fill, type TextParams } from '../fill';
import { policyParams, supportPolicy, type SupportPolicy } from '../policy';

export type { TextParams } from '../fill';

/** A text, or any value, in every language. */
export type Localized<T = string> = Readonly<Record<Language, T>>;

export type Dictionary<K extends string> = Readonly<Record<K, string>>;

export type Translator<K extends string> = (language: Language, key: K, params?: TextParams) => string;

/** The shipped policy's figures as parameters, built once: every string of every card is filled with them. */
const shippedFigures = policyParams(supportPolicy);

/** A text with its parameters and the policy's figures filled in; `policy` is replaceable for tests. */
export function fillText(template: string, params: TextParams = {}, policy?: SupportPolicy): string {
  return fill(template, { ...(policy === undefined ? shippedFigures : policyParams(policy)), ...params });
}

/** A single bilingual text (a topic's body, a rule's title) in `language`. */
export function localize(text: Localized, language: Language, params?: TextParams): string {
  return fillText(text[language], params);
}

/** A feature's translator. The keys come from the English dictionary alone, so Korean must match them. */
export function defineTexts<K extends string>(dictionaries: {
  readonly en: Dictionary<K>;
  readonly ko: NoInfer<Dictionary<K>>;
}): Translator<K> {
  return (language, key, params) => fillText(dictionaries[language][key], params);
}
