/**
 * Answers to plain support questions (cards/answer.json) and the choice card
 * for a message that could be either a question or a problem
 * (cards/route-choice.json).
 */
import { localizeAnswer, personalNotes, profileFactsUsed, type AnswerTopic } from '../domain/answers';
import { describeLine } from '../domain/assess';
import type { Profile } from '../domain/facts';
import { t, type Language } from '../i18n';
import { answerLabel, factLabel, understoodLine } from './question-card';
import { renderCard, type AdaptiveCardJson } from './render-card';

/** A card carries the user's words back in its data; a long message is cut, not refused. */
const maxCarriedText = 1_000;

/** The profile facts the question stated that the answer's notes rest on, as the check's "I understood" line shows them; '' when none. */
function aboutYouLine(topic: AnswerTopic, profile: Profile, language: Language): string {
  const stated = profileFactsUsed(topic.id).filter((key) => profile[key] !== undefined);
  if (stated.length === 0) return '';
  return understoodLine(
    language,
    stated.map((key) => ({
      label: factLabel(language, key),
      value: answerLabel(language, { kind: 'profile', key }, profile[key]),
    })),
  );
}

/** `profile`: what the question says of the partner, never the stored profile (R12–R17 notes for what they told us). */
export function answerCard(topic: AnswerTopic, language: Language, profile: Profile = {}): AdaptiveCardJson {
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
    aboutYouLine: aboutYouLine(topic, profile, language),
    personalNotes: personalNotes(topic.id, profile).map((note) => ({ text: describeLine(note, language).text })),
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
