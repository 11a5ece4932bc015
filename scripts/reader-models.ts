/**
 * The reader's trained models, built from the labelled sets (test/fixtures):
 * the case model (src/domain/answers/case-model.ts), the topic model
 * (src/domain/answers/topic-model.ts), the question-kind model
 * (src/domain/answers/question-kind-model.ts) and one model per learned fact
 * (src/domain/reader/learned-facts.ts). The first three learn from the tuning set, the
 * training sets (test/fixtures/conversation/training) and, for the case model,
 * the project's own fixtures; the validation sets are kept out of them to choose techniques by.
 * The fact models learn from those and from every other writer's set (validation and fact-training):
 * stated facts are labelled unevenly from writer to writer, and more writers averaged it out (see the
 * folder's README). Never from the held-out set. Deterministic: the same files give the
 * same models, byte for byte (a test holds the shipped models to it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionKinds } from '../src/domain/answers/question-kind-model';
import { questionSentences } from '../src/domain/answers/sentences';
import { topicIds, type TopicId } from '../src/domain/answers/topic';
import { learnedTopic } from '../src/domain/answers/topic-model';
import { factModelLabels, type LearnedFact, learnedFacts } from '../src/domain/reader/learned-facts';
import { textGrams } from '../src/domain/text-tools/grams';
import { repoRoot } from './repo-paths';
import { trainGramModel } from './train-gram-model';
import { linearDefaults, trainLinearModel } from './train-linear-model';

interface Labelled {
  readonly text: string;
  readonly route?: string;
  readonly topic?: string;
  readonly facts?: Readonly<Record<string, unknown>>;
}

const fixturesFolder = join(repoRoot, 'test', 'fixtures');
const fixture = (path: string): Labelled[] =>
  JSON.parse(readFileSync(join(fixturesFolder, path), 'utf8')) as Labelled[];

/** Every writer's set in one folder of test/fixtures/conversation. */
const writerSets = (folder: string): Labelled[] =>
  readdirSync(join(fixturesFolder, 'conversation', folder))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => fixture(join('conversation', folder, file)));

/** The tuning set and the training sets: partner messages labelled with route and topic. */
function conversations(): Labelled[] {
  return [...fixture(join('conversation', 'tuning.json')), ...writerSets('training')];
}

/** What the fact models learn from: every labelled set but the held-out one. */
const factConversations = (): Labelled[] => [
  ...conversations(),
  ...writerSets('validation'),
  ...writerSets('fact-training'),
];

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Case (a problem, alone or with a question) against a plain question, in the case model's format. */
export function caseModel() {
  const examples: (readonly [string, boolean])[] = [
    ...conversations().map((m) => [m.text, m.route !== 'question'] as const),
    ...fixture('questions.json').map((m) => [m.text, false] as const),
    ...fixture('problem-messages.json').map((m) => [m.text, true] as const),
    ...fixture('reader-sentences.json').map((m) => [m.text, true] as const),
  ];
  const smoothing = 0.1;
  const minimumCount = 2;
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const documents = [0, 0];
  const totals = [0, 0];
  for (const [text, isCase] of examples) {
    const k = isCase ? 0 : 1;
    documents[k]!++;
    for (const gram of textGrams(text)) {
      counts[k]!.set(gram, (counts[k]!.get(gram) ?? 0) + 1);
      totals[k]!++;
    }
  }
  const vocabulary = new Set([...counts[0]!.keys(), ...counts[1]!.keys()]);
  const logP = (k: number, n: number) => Math.log((n + smoothing) / (totals[k]! + smoothing * vocabulary.size));
  const weights: Record<string, number> = {};
  for (const gram of [...vocabulary].sort()) {
    const [c, q] = [counts[0]!.get(gram) ?? 0, counts[1]!.get(gram) ?? 0];
    if (c + q >= minimumCount) weights[gram] = round(logP(0, c) - logP(1, q));
  }
  return { prior: round(Math.log(documents[0]! / documents[1]!)), unseen: round(logP(0, 0) - logP(1, 0)), weights };
}

/** The topic of a question (a message routed `question` or `both`); questions.json stays out, to test it on. */
export function topicModel() {
  const examples = conversations()
    .filter((m) => m.route !== 'problem')
    .flatMap((m) => (m.topic === undefined ? [] : [[m.text, m.topic] as const]));
  return trainGramModel(examples, topicIds, { smoothing: 0.1, minimumCount: 2 });
}

/**
 * General question or one about the case, per question sentence: a question's sentences are general, a problem's
 * ask about its case. A "both" message's sentences are left out: which of them is the general one is not labelled.
 */
export function questionKindModel() {
  const examples = conversations().flatMap((m) => {
    const sentences = questionSentences(m.text);
    if (m.route !== 'both')
      return sentences.map((sentence) => [sentence, m.route === 'question' ? 'general' : 'case'] as const);
    const topic = m.topic as TopicId | undefined;
    if (topic === undefined || sentences.length === 0) return [];
    const general = sentences.reduce((best, sentence) =>
      learnedTopic(sentence).probabilities[topic] > learnedTopic(best).probabilities[topic] ? sentence : best,
    );
    return [[general, 'general'] as const];
  });
  return trainLinearModel(examples, questionKinds);
}

/**
 * An n-gram in fewer of the fact models' texts than this is left out: they learn from about three times the texts
 * of the other models, and at the default of 3 their vocabulary doubled and took twice as long to load, with no better
 * reading in the cross-validation (chosen there: 6 read as well, at the size the models had before).
 */
const factModelMinimumCount = 6;

/** One fact's value, or "none", from the problems (questions are answered, not checked, so they pre-fill nothing). */
export function factModel(fact: LearnedFact) {
  const examples = factConversations()
    .filter((m) => m.route !== 'question')
    .map((m) => [m.text, String(m.facts?.[fact] ?? 'none')] as const);
  return trainLinearModel(examples, factModelLabels(fact), { ...linearDefaults, minimumCount: factModelMinimumCount });
}

const answers = join('src', 'domain', 'answers');
const factModelFile = (fact: LearnedFact): string => join('src', 'domain', 'reader', 'models', `${fact}-model.json`);

/** Every model: where it is shipped, and how it is made. */
export const readerModels: Readonly<Record<string, { readonly file: string; readonly train: () => unknown }>> = {
  caseModel: { file: join(answers, 'case-model.json'), train: caseModel },
  topicModel: { file: join(answers, 'topic-model.json'), train: topicModel },
  questionKindModel: { file: join(answers, 'question-kind-model.json'), train: questionKindModel },
  ...Object.fromEntries(
    learnedFacts.map((fact) => [`${fact}Model`, { file: factModelFile(fact), train: () => factModel(fact) }]),
  ),
};

/** A model file's text, as written. */
export const modelText = (model: unknown): string => `${JSON.stringify(model)}\n`;
