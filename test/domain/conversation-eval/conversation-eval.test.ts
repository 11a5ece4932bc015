/**
 * The reader's evaluation: every labelled set under test/fixtures/conversation
 * is scored and printed. On the held-out set (never tuned on) the scores are
 * compared with two gates: the product's targets, whose shortfalls are
 * printed, and the floor this version reaches, below which the test fails
 * (a change may raise the floor, never lower it). Per-message misses are
 * printed for the tuning set only, and only with EVAL_MISSES=1: the held-out
 * set's stay unread.
 */
import assert from 'node:assert/strict';
import { evaluate, type Evaluation, factKeys, precision, profileKeys, recall, type Tally } from './evaluate';
import { type LabelledSet, loadSets, loadTrainingSets } from './labelled-set';

interface Gate {
  readonly routing: number;
  readonly detouredProblems: number;
  readonly topic: number;
  readonly factRecall: number;
  readonly factPrecision: number;
  readonly returningQuestions: number;
}

/** What partners need: a wrong pre-fill is worse than a question. */
const target: Gate = {
  routing: 0.97,
  detouredProblems: 0,
  topic: 0.95,
  factRecall: 0.95,
  factPrecision: 0.98,
  returningQuestions: 1,
};
/** Measured on the held-out set by this version (routing 98.5 %, none detoured, topic 96.1 %, facts en 98.7 / 97.6 %, ko 99.5 / 98.4 %, 0.982 questions). */
const floor: Gate = {
  routing: 0.985,
  detouredProblems: 0,
  topic: 0.96,
  factRecall: 0.976,
  factPrecision: 0.986,
  returningQuestions: 0.982,
};

const percent = (n: number): string => `${(n * 100).toFixed(1)} %`;
const ratio = (right: number, total: number): number => (total === 0 ? 1 : right / total);
const pr = (t: Tally): string =>
  t.stated + t.wrong === 0
    ? '      –      '
    : `${percent(precision(t)).padStart(7)} ${percent(recall(t)).padStart(7)} (${t.correct}/${t.stated}${t.wrong > 0 ? `, ${t.wrong} wrong` : ''})`;

/** The printed scores; a set labelled with routes and topics only gets those. */
function report(set: LabelledSet, e: Evaluation): string {
  const routing = [
    `  ${set.name}: ${e.messages} messages`,
    `    routing ${percent(ratio(e.routing.right, e.routing.total))} (${e.routing.right}/${e.routing.total}); problems detoured ${e.detouredProblems}; "answer or decide?" card ${percent(ratio(e.unsure, e.messages))} (${e.unsure})`,
    `    wrong routes: ${
      Object.entries(e.confusions)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ') || 'none'
    }`,
    `    topic   ${percent(ratio(e.topic.right, e.topic.total))} (${e.topic.right}/${e.topic.total})`,
  ];
  const facts = [
    `    returning user's check: ${(e.returningQuestions.total / Math.max(1, e.returningQuestions.checks)).toFixed(2)} questions on average over ${e.returningQuestions.checks} problems; ${e.returningQuestions.statedButAsked} asked for a stated fact; ${(e.returningQuestions.withEveryStatedFact / Math.max(1, e.returningQuestions.checks)).toFixed(2)} if every stated fact were read`,
    `    fact                precision / recall (en)              precision / recall (ko)`,
    ...[...factKeys, ...profileKeys].map(
      (key) => `    ${key.padEnd(18)}  ${pr(e.facts.en.byKey[key]).padEnd(34)}  ${pr(e.facts.ko.byKey[key])}`,
    ),
    `    ${'every stated fact'.padEnd(18)}  ${pr(e.facts.en.all).padEnd(34)}  ${pr(e.facts.ko.all)}`,
    `    of which stated in questions, whose answer shows only the profile facts: en ${e.facts.en.inQuestions}, ko ${e.facts.ko.inQuestions}`,
  ];
  return (set.routingOnly ? routing : [...routing, ...facts]).join('\n');
}

/** Every score of `e` that misses `gate`, said as "what is < what it must be". */
function shortfalls(e: Evaluation, gate: Gate): string[] {
  const questionsPerCheck = e.returningQuestions.total / Math.max(1, e.returningQuestions.checks);
  return [
    ratio(e.routing.right, e.routing.total) >= gate.routing
      ? ''
      : `routing ${percent(ratio(e.routing.right, e.routing.total))} < ${percent(gate.routing)}`,
    e.detouredProblems <= gate.detouredProblems
      ? ''
      : `${e.detouredProblems} problems detoured > ${gate.detouredProblems}`,
    ratio(e.topic.right, e.topic.total) >= gate.topic
      ? ''
      : `topic ${percent(ratio(e.topic.right, e.topic.total))} < ${percent(gate.topic)}`,
    ...(['en', 'ko'] as const).flatMap((language) => [
      recall(e.facts[language].all) >= gate.factRecall
        ? ''
        : `${language} fact recall ${percent(recall(e.facts[language].all))} < ${percent(gate.factRecall)}`,
      precision(e.facts[language].all) >= gate.factPrecision
        ? ''
        : `${language} fact precision ${percent(precision(e.facts[language].all))} < ${percent(gate.factPrecision)}`,
    ]),
    questionsPerCheck <= gate.returningQuestions
      ? ''
      : `${questionsPerCheck.toFixed(2)} questions per returning check > ${gate.returningQuestions}`,
  ].filter((failure) => failure !== '');
}

describe('the message reader on the labelled conversation sets', function () {
  // Reading the fourteen thousand routing-check messages takes under a minute here: these are scores, not timings.
  this.timeout(300_000);
  const sets = loadSets();

  it('the training sets have readable labels', () => {
    const training = loadTrainingSets();
    assert.deepEqual(
      training.map((set) => set.name),
      [
        'training/wa',
        'training/wc',
        'training/wd',
        'training/we',
        'training/wf',
        'training/wg',
        'training/wh',
        'training/wj',
        'training/wk',
        'training/wl',
        'training/wm',
        'fact-training/xa',
        'fact-training/xb',
        'fact-training/xc',
        'fact-training/xd',
        'fact-training/xe',
        'fact-training/xf',
        'fact-training/xg',
        'fact-training/xh',
        'fact-training/xi',
        'fact-training/xj',
      ],
    );
    assert.deepEqual(
      training.flatMap((set) => set.unreadable),
      [],
    );
  });

  it('a list of plans read in another order than its label is read right: the plans are a set', () => {
    const e = evaluate({
      name: 'plans',
      heldOut: false,
      routingOnly: false,
      unreadable: [],
      messages: [
        {
          id: 'plans-1',
          language: 'en',
          text: "We have both Premier and ASfP. Customer's Azure VM is down for everyone.",
          route: 'problem',
          facts: {},
          profile: { paidPlans: ['premier', 'advanced'] },
        },
      ],
    });
    assert.deepEqual(e.facts.en.byKey.paidPlans, { correct: 1, wrong: 0, stated: 1 });
  });

  for (const set of sets) {
    it(`${set.name}: every entry has readable labels, and the scores are printed${set.heldOut ? ' and stay at or above the floor' : ''}`, () => {
      const e = evaluate(set);
      console.log(report(set, e));
      if (!set.heldOut && process.env.EVAL_MISSES)
        console.log(e.misses.map((miss) => `      ${miss.id}: ${miss.what}`).join('\n'));
      assert.deepEqual(set.unreadable, []);
      if (!set.heldOut) return;
      const belowTarget = shortfalls(e, target);
      if (belowTarget.length > 0) console.log(`    below the target: ${belowTarget.join('; ')}`);
      assert.deepEqual(shortfalls(e, floor), [], 'the held-out scores fell below the floor this version reached');
    });
  }
});
