/**
 * The welcome and help cards: localised strings bound into cards/welcome.json
 * and cards/help.json.
 */
import { exampleQuestions } from '../domain/answers';
import { t, type Language } from '../i18n';
import { renderCard, type AdaptiveCardJson } from './render-card';

export function welcomeCard(language: Language): AdaptiveCardJson {
  return renderCard('welcome', {
    title: t(language, 'welcome.title'),
    intro: t(language, 'welcome.intro'),
    tryThis: t(language, 'welcome.tryThis'),
    describeLabel: t(language, 'welcome.describeLabel'),
    describePlaceholder: t(language, 'welcome.describePlaceholder'),
    checkTitle: t(language, 'welcome.check'),
    stepByStep: t(language, 'welcome.stepByStep'),
    showHelp: t(language, 'welcome.showHelp'),
  });
}

/** The commands the help card lists. */
export type HelpCommand = 'help' | 'new' | 'status' | 'profile' | 'language' | 'cancel' | 'setEscalationChannel';

/** `words`: the word that gives each command in `language`, from the conversation's command table. */
export function helpCard(language: Language, words: Readonly<Record<HelpCommand, string>>): AdaptiveCardJson {
  return renderCard('help', {
    title: t(language, 'help.title'),
    intro: t(language, 'help.intro'),
    commands: [
      { word: words.help, description: t(language, 'help.cmd.help') },
      { word: words.new, description: t(language, 'help.cmd.new') },
      { word: words.status, description: t(language, 'help.cmd.status') },
      { word: words.profile, description: t(language, 'help.cmd.profile') },
      { word: `${words.language} en | ko`, description: t(language, 'help.cmd.language') },
      { word: words.cancel, description: t(language, 'help.cmd.cancel') },
      { word: words.setEscalationChannel, description: t(language, 'help.cmd.escalationChannel') },
    ],
    examplesTitle: t(language, 'help.examples'),
    // The whole question as text (a button title would cut it off), with a short "Ask" beside it.
    examples: exampleQuestions(language).map((text) => ({ text })),
    askTitle: t(language, 'help.ask'),
    languageNote: t(language, 'help.languageNote'),
    startTriage: t(language, 'welcome.startTriage'),
  });
}
