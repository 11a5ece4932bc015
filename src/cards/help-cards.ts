/**
 * The welcome and help cards: localised strings bound into cards/welcome.json
 * and cards/help.json.
 */
import { commandWords, languageWords } from '../conversation/commands';
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

export function helpCard(language: Language): AdaptiveCardJson {
  const word = (kind: keyof typeof commandWords) => commandWords[kind][language][0]!;
  return renderCard('help', {
    title: t(language, 'help.title'),
    intro: t(language, 'help.intro'),
    commands: [
      { word: word('help'), description: t(language, 'help.cmd.help') },
      { word: word('new'), description: t(language, 'help.cmd.new') },
      { word: word('status'), description: t(language, 'help.cmd.status') },
      { word: word('profile'), description: t(language, 'help.cmd.profile') },
      { word: `${languageWords[language][0]} en | ko`, description: t(language, 'help.cmd.language') },
      { word: word('cancel'), description: t(language, 'help.cmd.cancel') },
      { word: word('setEscalationChannel'), description: t(language, 'help.cmd.escalationChannel') },
    ],
    examplesTitle: t(language, 'help.examples'),
    // The whole question as text (a button title would cut it off), with a short "Ask" beside it.
    examples: exampleQuestions(language).map((text) => ({ text })),
    askTitle: t(language, 'help.ask'),
    languageNote: t(language, 'help.languageNote'),
    startTriage: t(language, 'welcome.startTriage'),
  });
}
