/** Multinomial naive Bayes over the presence of character n-grams; deterministic for the same examples. */
import type { GramModelJson } from '../src/domain/text-tools/gram-model';
import { textGrams } from '../src/domain/text-tools/grams';

export type Example = readonly [text: string, label: string];

export interface TrainOptions {
  /** Added to every count (Lidstone smoothing). */
  readonly smoothing: number;
  /** An n-gram seen fewer times than this is noise and left out. */
  readonly minimumCount: number;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function trainGramModel(
  examples: readonly Example[],
  labels: readonly string[],
  options: TrainOptions,
): GramModelJson {
  const index = new Map(labels.map((label, i) => [label, i]));
  const counts = new Map<string, number[]>();
  const documents = labels.map(() => 0);
  const totals = labels.map(() => 0);
  for (const [text, label] of examples) {
    const l = index.get(label);
    if (l === undefined) throw new Error(`unknown label ${label}`);
    documents[l]!++;
    for (const gram of textGrams(text)) {
      let row = counts.get(gram);
      if (row === undefined) counts.set(gram, (row = labels.map(() => 0)));
      row[l]!++;
      totals[l]!++;
    }
  }
  const kept = [...counts]
    .filter(([, row]) => row.reduce((a, b) => a + b, 0) >= options.minimumCount)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const vocabulary = kept.length;
  const logP = (l: number, n: number) =>
    Math.log((n + options.smoothing) / (totals[l]! + options.smoothing * vocabulary));
  const all = documents.reduce((a, b) => a + b, 0);
  return {
    labels: [...labels],
    prior: documents.map((n) => round(Math.log((n + 1) / (all + labels.length)))),
    unseen: labels.map((_, l) => round(logP(l, 0))),
    grams: kept.map(([gram]) => gram),
    seen: kept.map(([, row]) => row.flatMap((n, l) => (n > 0 ? [l, round(logP(l, n))] : []))),
  };
}
