/**
 * A topic's answer in one language, ready for a card: title, body, follow-up
 * links and the source articles it rests on.
 */
import type { Language } from '../facts';
import { sources, sourceUrl } from '../sources';
import { localize } from '../texts/define-texts';
import { answerLinks } from './links';
import type { AnswerTopic, RuleId, TopicId } from './topic';

export interface LocalizedLink {
  readonly title: string;
  readonly url: string;
}

export interface LocalizedAnswer {
  readonly topicId: TopicId;
  readonly rules: readonly RuleId[];
  readonly title: string;
  readonly body: string;
  readonly links: readonly LocalizedLink[];
  readonly sources: readonly LocalizedLink[];
}

export function localizeAnswer(topic: AnswerTopic, language: Language): LocalizedAnswer {
  return {
    topicId: topic.id,
    rules: topic.rules,
    title: localize(topic.title, language),
    body: localize(topic.body, language),
    links: topic.links.map((id) => ({ title: localize(answerLinks[id].title, language), url: answerLinks[id].url })),
    sources: topic.sources.map((id) => ({
      title: localize(sources[id].title, language),
      url: sourceUrl(id, language),
    })),
  };
}
