/**
 * Scores the message reader on a labelled set: routing, the topic
 * of questions, per-fact precision and recall per language, the questions a
 * returning user's check still asks, and how often the "answer or decide?"
 * card appears.
 */
import { profileFactsUsed } from '../../../src/domain/answers';
import { assess } from '../../../src/domain/assess';
import type { Facts, Language, Profile } from '../../../src/domain/facts';
import { understandMessage, type Understanding } from '../../../src/domain/reader';
import type { LabelledMessage, LabelledSet } from './labelled-set';

export const factKeys = [
  'product',
  'tenant',
  'category',
  'serviceHealth',
  'nature',
  'impact',
  'onpremVersion',
  'adminRelationship',
] as const;
export const profileKeys = [
  'cspModel',
  'role',
  'azureAccessGranted',
  'mpnLevel',
  'cloudCompetency',
  'benefitsActivated',
  'paidPlans',
] as const;
export type ScoredKey = (typeof factKeys)[number] | (typeof profileKeys)[number];
const scoredKeys: readonly ScoredKey[] = [...factKeys, ...profileKeys];

export interface Tally {
  /** Read and right. */
  correct: number;
  /** Read, but the label says otherwise or states nothing. */
  wrong: number;
  /** Stated in the label. */
  stated: number;
}

export const emptyTally = (): Tally => ({ correct: 0, wrong: 0, stated: 0 });
export const precision = (t: Tally): number => (t.correct + t.wrong === 0 ? 1 : t.correct / (t.correct + t.wrong));
export const recall = (t: Tally): number => (t.stated === 0 ? 1 : t.correct / t.stated);

export interface Miss {
  readonly id: string;
  readonly what: string;
}

export interface Evaluation {
  readonly messages: number;
  readonly routing: { readonly right: number; readonly total: number };
  /** Wrong routes by kind: "label → read" and how often. */
  readonly confusions: Readonly<Record<string, number>>;
  readonly topic: { readonly right: number; readonly total: number };
  /** Problems (labelled problem or both) that got the choice card or only an answer. */
  readonly detouredProblems: number;
  /** How often the "answer or decide?" card would be shown. */
  readonly unsure: number;
  /** Per language: per key, every stated fact together, and how many of those a question states (an answer shows only its profile facts). */
  readonly facts: Readonly<
    Record<
      Language,
      { readonly byKey: Readonly<Record<ScoredKey, Tally>>; readonly all: Tally; readonly inQuestions: number }
    >
  >;
  /** Questions a returning user's check asks, per problem message. */
  readonly returningQuestions: {
    readonly total: number;
    readonly checks: number;
    readonly statedButAsked: number;
    /** The questions the same checks would ask if the reader read every labelled fact and nothing else: the least reading can reach. */
    readonly withEveryStatedFact: number;
  };
  readonly misses: readonly Miss[];
}

/** A returning user: every profile question already answered (a direct-bill admin agent, Gold with a cloud competency). */
const returningProfile: Profile = {
  cspModel: 'direct',
  role: 'admin-agent',
  mpnLevel: 'gold',
  cloudCompetency: true,
  benefitsActivated: true,
  paidPlans: [],
  supportLanguage: 'en',
  timeZone: 'Asia/Seoul',
};

/** The answer the simulated user gives to a question the message left open. */
const openAnswers: Required<Omit<Facts, 'language'>> = {
  product: 'azure',
  tenant: 'customer',
  category: 'technical',
  serviceHealth: 'not-listed',
  nature: 'unavailable',
  impact: 'moderate',
  onpremVersion: 'current',
  adminRelationship: true,
};

// A list fact (the paid plans) is a set: its order says nothing.
const canonical = (value: unknown): string =>
  JSON.stringify(Array.isArray(value) ? [...(value as unknown[])].map(String).sort() : value);
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

function labelledValue(message: LabelledMessage, key: ScoredKey): unknown {
  return (message.facts as Record<string, unknown>)[key] ?? (message.profile as Record<string, unknown>)[key];
}

const isProfileKey = (key: ScoredKey): key is (typeof profileKeys)[number] =>
  (profileKeys as readonly string[]).includes(key);

/**
 * What the user is shown as read: a check pre-fills the facts and profile facts; an answer card shows the
 * profile facts its question states that its notes rest on ("I understood", personal-notes.ts), and no facts.
 */
function readValue(reading: Understanding, key: ScoredKey): unknown {
  const profile = (reading.profile as Record<string, unknown>)[key];
  if (reading.route === 'problem' || reading.route === 'both')
    return (reading.facts as Record<string, unknown>)[key] ?? profile;
  const shown =
    reading.route === 'question' &&
    reading.topic !== undefined &&
    isProfileKey(key) &&
    (profileFactsUsed(reading.topic) as readonly string[]).includes(key);
  return shown ? profile : undefined;
}

/** Walks the check as a returning user would: the read facts pre-filled, each question answered truthfully. */
function walkCheck(
  message: LabelledMessage,
  reading: Pick<Understanding, 'facts' | 'profile'>,
): { asked: number; statedButAsked: number } {
  const profile: Profile = { ...returningProfile, ...reading.profile };
  const facts: Facts = { ...reading.facts };
  let asked = 0;
  let statedButAsked = 0;
  for (let step = 0; step < 20; step++) {
    const { nextQuestion, decision } = assess(facts, profile);
    if (nextQuestion === undefined || decision === 'check-service-health') break;
    asked++;
    const labelled = labelledValue(message, nextQuestion.key as ScoredKey);
    if (labelled !== undefined) statedButAsked++;
    if (nextQuestion.kind === 'fact') {
      const key = nextQuestion.key as keyof typeof openAnswers | 'language';
      (facts as Record<string, unknown>)[key] = labelled ?? (key === 'language' ? message.language : openAnswers[key]);
    } else {
      (profile as Record<string, unknown>)[nextQuestion.key] =
        labelled ?? (nextQuestion.key === 'azureAccessGranted' ? true : 'none');
    }
  }
  return { asked, statedButAsked };
}

export function evaluate(set: LabelledSet): Evaluation {
  const tallies = () => ({
    byKey: Object.fromEntries(scoredKeys.map((key) => [key, emptyTally()])) as Record<ScoredKey, Tally>,
    all: emptyTally(),
    inQuestions: 0,
  });
  const facts = { en: tallies(), ko: tallies() };
  const misses: Miss[] = [];
  let routingRight = 0;
  const confusions: Record<string, number> = {};
  let topicRight = 0;
  let topicTotal = 0;
  let detouredProblems = 0;
  let unsure = 0;
  const returning = { total: 0, checks: 0, statedButAsked: 0, withEveryStatedFact: 0 };

  for (const message of set.messages) {
    const reading = understandMessage(message.text);
    if (reading.route === message.route) routingRight++;
    else {
      misses.push({ id: message.id, what: `route ${reading.route}, label ${message.route}` });
      const kind = `${message.route} → ${reading.route}`;
      confusions[kind] = (confusions[kind] ?? 0) + 1;
    }
    if (reading.route === 'unsure') unsure++;
    const problem = message.route !== 'question';
    if (problem && reading.route !== 'problem' && reading.route !== 'both') detouredProblems++;
    if (message.topic !== undefined && message.route !== 'problem') {
      topicTotal++;
      // The topic the user is answered with: none when the message was not routed to an answer.
      const topic = reading.topic;
      if (topic === message.topic) topicRight++;
      else misses.push({ id: message.id, what: `topic ${topic ?? 'none'}, label ${message.topic}` });
    }
    for (const key of scoredKeys) {
      const label = labelledValue(message, key);
      const read = readValue(reading, key);
      const tally = facts[message.language];
      for (const t of [tally.byKey[key], tally.all]) {
        if (label !== undefined) t.stated++;
        if (label !== undefined && t === tally.all && message.route === 'question') tally.inQuestions++;
        if (read !== undefined && label !== undefined && same(read, label)) t.correct++;
        else if (read !== undefined) t.wrong++;
      }
      if (!same(read, label))
        misses.push({
          id: message.id,
          what: `${key} ${JSON.stringify(read) ?? 'unread'}, label ${JSON.stringify(label) ?? 'none'}`,
        });
    }
    if (problem) {
      const walk = walkCheck(message, reading);
      returning.checks++;
      returning.total += walk.asked;
      returning.statedButAsked += walk.statedButAsked;
      returning.withEveryStatedFact += walkCheck(message, {
        facts: message.facts as Facts,
        profile: message.profile as Profile,
      }).asked;
    }
  }
  return {
    messages: set.messages.length,
    routing: { right: routingRight, total: set.messages.length },
    confusions,
    topic: { right: topicRight, total: topicTotal },
    detouredProblems,
    unsure,
    facts,
    returningQuestions: returning,
    misses,
  };
}
