/**
 * Picks the topic that answers a plain support question, by deterministic cue
 * scoring (text/cue.ts). Both languages' cues are tried on every message: partners
 * mix English product names into Korean and write English with Korean terms.
 */
import { type Cue, type CueText, cueText, parseCue, scoreCues } from '../text/cue';
import type { AnswerTopic } from './topic';
import { topics } from './topics';

export interface QuestionMatch {
  readonly topic: AnswerTopic;
  /** Summed weight of the topic's cues the message matched. */
  readonly score: number;
}

/** Below this a match is one stray keyword, not an answerable question. */
export const minimumTopicScore = 2;

interface CompiledTopic {
  readonly topic: AnswerTopic;
  readonly cues: readonly Cue[];
}

const compiledTopics: readonly CompiledTopic[] = topics.map((topic) => ({
  topic,
  cues: [...topic.cues.en, ...topic.cues.ko].map(parseCue),
}));

export function matchQuestionText(text: CueText): QuestionMatch | undefined {
  let best: QuestionMatch | undefined;
  for (const { topic, cues } of compiledTopics) {
    const score = scoreCues(cues, text);
    // Strictly greater: on a tie the earlier topic in `topicIds` wins, deterministically.
    if (score >= minimumTopicScore && (best === undefined || score > best.score)) best = { topic, score };
  }
  return best;
}

/** The topic that best answers the question, or undefined when none scores enough. */
export function answerQuestion(text: string): QuestionMatch | undefined {
  return matchQuestionText(cueText(text));
}
