/**
 * What the bot remembers of a user besides the partner profile (user state
 * "preferences"). Nothing here answers a check's question.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Language } from '../domain/facts';

export interface Preferences {
  /** The language the bot speaks to the user. */
  language?: Language;
  /**
   * R22: the support language of the last request tracked, shown on the profile. Never pre-filled into a check:
   * it flips the deadline between around the clock and business hours, so each check asks it.
   */
  supportLanguageUsed?: Language;
}

export type PreferencesState = StatePropertyAccessor<Preferences>;

export async function rememberSupportLanguage(
  context: TurnContext,
  preferences: PreferencesState,
  supportLanguage: Language,
): Promise<void> {
  const current = await preferences.get(context, {});
  if (current.supportLanguageUsed !== supportLanguage)
    await preferences.set(context, { ...current, supportLanguageUsed: supportLanguage });
}
