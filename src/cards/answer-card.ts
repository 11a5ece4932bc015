/**
 * Answers to plain support questions (cards/answer.json) and the choice card
 * for a message that could be either a question or a problem
 * (cards/route-choice.json).
 */
import { localizeAnswer, type AnswerTopic } from '../domain/answers';
import { t, type Language } from '../i18n';
import { renderCard, type AdaptiveCardJson } from './render-card';

/** A card carries the user's words back in its data; a long message is cut, not refused. */
const maxCarriedText = 1_000;

export function answerCard(topic: AnswerTopic, language: Language): AdaptiveCardJson {
  const answer = localizeAnswer(topic, language);
  return renderCard('answer', {
    title: answer.title,
    // One TextBlock per line: list markers render reliably that way in every Teams client.
    lines: answer.body.split('\n').map((text) => ({ text })),
    sourceLine: t(language, 'answer.source', {
      source: answer.sources.map((s) => `[${s.title}](${s.url})`).join(', '),
    }),
    // Rule ids mean something only to those who ask why.
    whyTitle: t(language, 'summary.why'),
    rulesLine: t(language, 'answer.rules', { rules: answer.rules.join(', ') }),
    topicId: answer.topicId,
    helpfulQuestion: t(language, 'answer.helpful'),
    yesTitle: t(language, 'answer.yes'),
    noTitle: t(language, 'answer.no'),
    links: answer.links,
    triageTitle: t(language, 'answer.startTriage'),
  });
}

/** "Not helpful": rephrase it, start a check, or read the source article. */
export function notHelpfulCard(topic: AnswerTopic, language: Language): AdaptiveCardJson {
  const answer = localizeAnswer(topic, language);
  return renderCard('not-helpful', {
    text: t(language, 'answer.notHelpful'),
    checkTitle: t(language, 'answer.startTriage'),
    sources: answer.sources.map((s) => ({ title: t(language, 'answer.openSource', { source: s.title }), url: s.url })),
  });
}

export function routeChoiceCard(text: string, language: Language): AdaptiveCardJson {
  return renderCard('route-choice', {
    prompt: t(language, 'route.prompt'),
    text: text.slice(0, maxCarriedText),
    answerTitle: t(language, 'route.answer'),
    triageTitle: t(language, 'route.triage'),
  });
}
