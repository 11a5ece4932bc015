/**
 * Multinomial logistic regression over the presence of character n-grams,
 * trained by AdaGrad with L2 regularisation. Deterministic for the same
 * examples: a seeded shuffle, a fixed number of passes.
 */
import { textGrams } from '../src/domain/text-tools/grams';
import { gramScale, type LinearModelJson } from '../src/domain/text-tools/linear-model';

export type Example = readonly [text: string, label: string];

export interface LinearTrainOptions {
  readonly passes: number;
  /** L2 penalty per example step. */
  readonly l2: number;
  readonly learningRate: number;
  /** An n-gram seen in fewer training texts than this is noise and left out. */
  readonly minimumCount: number;
  /** Weights smaller than this are dropped from the shipped model. */
  readonly keepAbove: number;
}

export const linearDefaults: LinearTrainOptions = {
  passes: 30,
  l2: 1e-4,
  learningRate: 0.5,
  minimumCount: 3,
  keepAbove: 0.1,
};

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** A small deterministic generator (mulberry32), so a retrained model is byte for byte the same. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainLinearModel(
  examples: readonly Example[],
  labels: readonly string[],
  options: LinearTrainOptions = linearDefaults,
): LinearModelJson {
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const documentCounts = new Map<string, number>();
  const texts = examples.map(([text, label]) => {
    const l = labelIndex.get(label);
    if (l === undefined) throw new Error(`unknown label ${label}`);
    const grams = textGrams(text);
    for (const gram of grams) documentCounts.set(gram, (documentCounts.get(gram) ?? 0) + 1);
    return { grams, label: l };
  });
  const vocabulary = [...documentCounts]
    .filter(([, n]) => n >= options.minimumCount)
    .map(([gram]) => gram)
    .sort();
  const gramIndex = new Map(vocabulary.map((gram, i) => [gram, i]));
  const rows = texts.map(({ grams, label }) => {
    const features = [...grams].flatMap((gram) => {
      const i = gramIndex.get(gram);
      return i === undefined ? [] : [i];
    });
    return { features, scale: gramScale(grams.size), label };
  });
  const L = labels.length;
  const weights = new Float64Array(vocabulary.length * L);
  const squares = new Float64Array(vocabulary.length * L).fill(1e-8);
  const bias = new Float64Array(L);
  const biasSquares = new Float64Array(L).fill(1e-8);
  const random = seeded(17);
  const order = rows.map((_, i) => i);
  const scores = new Float64Array(L);
  for (let pass = 0; pass < options.passes; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const { features, scale, label } = rows[r]!;
      for (let l = 0; l < L; l++) {
        let s = bias[l]!;
        for (const f of features) s += weights[f * L + l]! * scale;
        scores[l] = s;
      }
      const top = Math.max(...scores);
      let sum = 0;
      for (let l = 0; l < L; l++) sum += scores[l] = Math.exp(scores[l]! - top);
      for (let l = 0; l < L; l++) {
        const gradient = scores[l]! / sum - (l === label ? 1 : 0);
        biasSquares[l] += gradient * gradient;
        bias[l] -= (options.learningRate * gradient) / Math.sqrt(biasSquares[l]!);
        for (const f of features) {
          const k = f * L + l;
          const g = gradient * scale + options.l2 * weights[k]!;
          squares[k] += g * g;
          weights[k] -= (options.learningRate * g) / Math.sqrt(squares[k]!);
        }
      }
    }
  }
  const grams: string[] = [];
  const ends: number[] = [];
  const entries: number[] = [];
  vocabulary.forEach((gram, i) => {
    const start = entries.length;
    for (let l = 0; l < L; l++) {
      const w = round(weights[i * L + l]!);
      if (Math.abs(w) >= options.keepAbove) entries.push(l, w);
    }
    if (entries.length > start) {
      grams.push(gram);
      ends.push(entries.length);
    }
  });
  return { labels: [...labels], bias: [...bias].map(round), grams, ends, entries };
}
