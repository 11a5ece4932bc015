/**
 * The reader's trained models, built from the labelled sets (test/fixtures):
 * the case model (src/domain/answers/case-model.ts), the topic model
 * (src/domain/answers/topic-model.ts), the question-kind model
 * (src/domain/answers/question-kind-model.ts) and one model per learned fact
 * (src/domain/reader/learned-facts.ts). The topic model learns from the tuning set and the training sets
 * (test/fixtures/conversation/training); the case and question-kind models also from the fact-training
 * sets, and the case model from the project's own fixtures. The validation sets are kept out of these three,
 * to choose techniques by. The fact models learn from those and from the validation sets too:
 * stated facts are labelled unevenly from writer to writer, and more writers averaged it out (see the
 * folder's README). Never from the held-out set. Deterministic: the same files give the
 * same models, byte for byte (a test holds the shipped models to it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CaseLabel, caseLabels } from '../src/domain/answers/case-model';
import { questionKinds } from '../src/domain/answers/question-kind-model';
import { questionSentences } from '../src/domain/answers/sentences';
import { topicIds, type TopicId } from '../src/domain/answers/topic';
import { learnedTopic } from '../src/domain/answers/topic-model';
import { factModelLabels, type LearnedFact, learnedFacts } from '../src/domain/reader/learned-facts';
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

/**
 * What the case and question-kind models learn from: the fact-training writers too. With them both logistic
 * regressions read the validation sets better (the case model was naive Bayes, which did not); the topic model did not.
 */
const routeConversations = (): Labelled[] => [...conversations(), ...writerSets('fact-training')];

/** What the fact models learn from: every labelled set but the held-out one. */
const factConversations = (): Labelled[] => [
  ...conversations(),
  ...writerSets('validation'),
  ...writerSets('fact-training'),
];

/** Case (a problem, alone or with a question) against a plain question. */
export function caseModel() {
  const examples: (readonly [string, CaseLabel])[] = [
    ...routeConversations().map((m) => [m.text, m.route === 'question' ? 'question' : 'case'] as const),
    ...fixture('questions.json').map((m) => [m.text, 'question'] as const),
    ...fixture('problem-messages.json').map((m) => [m.text, 'case'] as const),
    ...fixture('reader-sentences.json').map((m) => [m.text, 'case'] as const),
  ];
  return trainLinearModel(examples, caseLabels);
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
  const examples = routeConversations().flatMap((m) => {
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
