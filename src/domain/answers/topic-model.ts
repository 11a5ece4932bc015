/**
 * Which topic answers a question, as learned from labelled partner messages:
 * a naive Bayes model over character n-grams (text-tools/gram-model.ts), trained by
 * `npm run train-reader-models` (scripts/reader-models.ts) on the tuning and
 * training sets — never the held-out or the validation sets, nor the question
 * fixtures (test/fixtures/questions.json), which test it. It reads paraphrases the topic cues cannot list: its
 * log-probability adds a bounded score to the cues' (match-question.ts), and a topic no cue suggests needs two terms
 * of one of its cues.
 */
import { loadGramModel, type GramModelJson } from '../text-tools/gram-model';
import { topicIds, type TopicId } from './topic';
import model from './topic-model.json';

const topicModel = loadGramModel<TopicId>(model as GramModelJson, topicIds);

export interface LearnedTopic {
  readonly topic: TopicId;
  /** The model's posterior probability of the topic, 0..1. */
  readonly probability: number;
  readonly probabilities: Readonly<Record<TopicId, number>>;
}

export function learnedTopic(text: string): LearnedTopic {
  const { label, probability, probabilities } = topicModel.classify(text);
  return { topic: label, probability, probabilities };
}
