/**
 * Picks the topic that answers a plain support question: deterministic cue
 * scoring (text-tools/cue.ts), re-ranked by the topic model (topic-model.ts). Both languages' cues are tried on every message: partners
 * mix English product names into Korean and write English with Korean terms.
 */
import { type Cue, type CueText, cueText, parseCue, scoreCues, termsMet } from '../text-tools/cue';
import type { AnswerTopic, TopicId } from './topic';
import { learnedTopic } from './topic-model';
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

/**
 * Does the text speak of the topic at all: two terms of one of its cues, or a whole one-term cue? The model
 * is sure of something for any text ("can you summarize this thread"); this keeps chit-chat unanswered.
 */
function hinted(id: TopicId, text: CueText): boolean {
  const compiled = compiledTopics.find(({ topic }) => topic.id === id);
  return (compiled?.cues ?? []).some((cue) => termsMet(cue, text) >= Math.min(2, cue.terms.length));
}

/** A learned topic this sure is a second reader's opinion: in a case message it lowers the cue score a question needs. */
export const trustedTopicProbability = 0.9;

/**
 * How much the topic model counts beside the cues: a cue point per 1/0.3 nats of the model's log-probability, and no
 * topic loses more than 5 nats (1.5 points). The model re-ranks the cues' candidates and reads paraphrases they miss;
 * being sure of something for any text, it cannot outvote a clear cue match.
 */
const modelWeight = 0.3;
const modelFloor = -5;

/** The topic that best answers the question, or undefined when neither the cues nor the model find one. */
export function answerQuestion(text: string): QuestionMatch | undefined {
  const words = cueText(text);
  const { probabilities } = learnedTopic(text);
  let best: (QuestionMatch & { readonly combined: number }) | undefined;
  let cued: QuestionMatch | undefined;
  for (const { topic, cues } of compiledTopics) {
    const score = scoreCues(cues, words);
    const combined = score + modelWeight * Math.max(Math.log(probabilities[topic.id]), modelFloor);
    // Strictly greater: on a tie the earlier topic in `topicIds` wins, deterministically.
    if (best === undefined || combined > best.combined) best = { topic, score, combined };
    if (score >= minimumTopicScore && (cued === undefined || score > cued.score)) cued = { topic, score };
  }
  if (best !== undefined && (best.score >= minimumTopicScore || hinted(best.topic.id, words))) {
    return { topic: best.topic, score: best.score };
  }
  return cued;
}
