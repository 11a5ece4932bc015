/**
 * Picks the topic that answers a plain support question: deterministic cue
 * scoring (text-tools/cue.ts), re-ranked by the topic model (topic-model.ts). Both languages' cues are tried on every message: partners
 * mix English product names into Korean and write English with Korean terms.
 */
import { type Cue, type CueText, cueText, parseCue, scoreCues, termsMet } from '../text-tools/cue';
import { minimumModelText } from '../text-tools/grams';
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

/** Does the text speak of the topic: `terms` terms of one of its cues (or the whole of a shorter cue)? */
function hinted(id: TopicId, text: CueText, terms: number): boolean {
  const compiled = compiledTopics.find(({ topic }) => topic.id === id);
  return (compiled?.cues ?? []).some((cue) => termsMet(cue, text) >= Math.min(terms, cue.terms.length));
}

// Words of Microsoft support and the partner's tools: a message without any is chit-chat, whatever the model says.
const supportWords = parseCue(
  'microsoft|ms$|partner|csp|mpn|support|ticket|sr$|request|incident|escalat|sev|portal|benefit|provider|reseller|distributor|premier|asfp|signature|azure|m365|office|dynamics|exchange|sharepoint|intune|entra|billing|invoice|subscription|tenant|admin|agent|helpdesk|help desk|marketplace|isv|on-prem|onprem|파트너|파센|지원|요청|티켓|인시던트|에스컬|심각도|포털|혜택|공급자|리셀러|총판|디스티|프리미어|시그니처|애저|청구|구독|테넌트|관리자|에이전트|헬프데스크|마켓플레이스|온프레미스|온프렘|서비스',
);

/**
 * Is the learned topic the answer although no cue scores? The model is sure of some topic for any text ("can you
 * summarize this thread"), so it needs the text to speak of the topic: two terms of one of its cues, or, in a
 * message long enough to read that speaks of support at all, one term ("which button in the new request form for
 * Intune stuff?" paraphrases the documents).
 */
function speaksOf(id: TopicId, text: string, words: CueText): boolean {
  return (
    hinted(id, words, 2) ||
    (text.length >= minimumModelText && termsMet(supportWords, words) > 0 && hinted(id, words, 1))
  );
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
  if (best !== undefined && (best.score >= minimumTopicScore || speaksOf(best.topic.id, text, words))) {
    return { topic: best.topic, score: best.score };
  }
  return cued;
}
