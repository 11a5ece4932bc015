/**
 * `npm run train-case-model`: trains the case model (src/domain/answers/case-model.ts)
 * from the tuning conversation set and the project's own labelled fixtures,
 * and writes src/domain/answers/case-model.json. The held-out set is never read.
 * WITHOUT_TUNING=1 leaves the tuning set out, to measure the rules on text the model never saw.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseGrams } from '../src/domain/answers/case-grams';
import { repoRoot } from './repo-paths';

type Example = readonly [text: string, isCase: boolean];

const smoothing = 0.1;
/** An n-gram seen fewer times than this is noise; it counts as unseen. */
const minimumCount = 2;

const fixture = (path: string): unknown[] =>
  JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', path), 'utf8')) as unknown[];

function examples(): Example[] {
  const tuning = fixture('conversation/tuning.json') as { text: string; route: string }[];
  const questions = fixture('questions.json') as { text: string }[];
  const problems = fixture('problem-messages.json') as { text: string }[];
  const sentences = fixture('reader-sentences.json') as { text: string }[];
  return [
    ...(process.env.WITHOUT_TUNING ? [] : tuning.map((m): Example => [m.text, m.route !== 'question'])),
    ...questions.map((m): Example => [m.text, false]),
    ...problems.map((m): Example => [m.text, true]),
    ...sentences.map((m): Example => [m.text, true]),
  ];
}

function train(data: readonly Example[]) {
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const documents = [0, 0];
  const totals = [0, 0];
  for (const [text, isCase] of data) {
    const k = isCase ? 0 : 1;
    documents[k]!++;
    for (const gram of caseGrams(text)) {
      counts[k]!.set(gram, (counts[k]!.get(gram) ?? 0) + 1);
      totals[k]!++;
    }
  }
  const vocabulary = new Set([...counts[0]!.keys(), ...counts[1]!.keys()]);
  const logP = (k: number, n: number) => Math.log((n + smoothing) / (totals[k]! + smoothing * vocabulary.size));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number> = {};
  for (const gram of [...vocabulary].sort()) {
    const [c, q] = [counts[0]!.get(gram) ?? 0, counts[1]!.get(gram) ?? 0];
    if (c + q >= minimumCount) weights[gram] = round(logP(0, c) - logP(1, q));
  }
  return { prior: round(Math.log(documents[0]! / documents[1]!)), unseen: round(logP(0, 0) - logP(1, 0)), weights };
}

const model = train(examples());
writeFileSync(join(repoRoot, 'src', 'domain', 'answers', 'case-model.json'), `${JSON.stringify(model)}\n`);
process.stdout.write(`case model: ${Object.keys(model.weights).length} n-grams\n`);
