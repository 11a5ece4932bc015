/**
 * A trained linear text classifier (multinomial logistic regression) over the
 * character n-grams of a message (grams.ts). Unlike naive Bayes it weighs
 * n-grams against each other, so the words that decide between two values
 * ("only the test tenant" vs "all users") get the weight, not the words both
 * share. Trained offline by scripts/train-linear-model.ts and shipped as JSON;
 * reading one is a lookup per n-gram.
 */
import { type Classification, classification, modelLabels } from './classification';
import { textGrams } from './grams';

export interface LinearModelJson {
  readonly labels: readonly string[];
  readonly bias: readonly number[];
  readonly grams: readonly string[];
  /** Per gram (same order): label index, weight, label index, weight, … for the labels it moves. */
  readonly weights: readonly (readonly number[])[];
}

export interface LinearModel<L extends string> {
  readonly labels: readonly L[];
  classify(text: string): Classification<L>;
}

/** A model reads a message's start: what it is about is said there, and the rest of a pasted thread only adds noise. */
const readLimit = 4_000;

/** Each text's n-grams are scaled by this over the root of their count, so a long text is not more certain than a short one. */
export function gramScale(count: number): number {
  return count === 0 ? 0 : 1 / Math.sqrt(count);
}

export function loadLinearModel<L extends string>(json: LinearModelJson, labels: readonly L[]): LinearModel<L> {
  const order = modelLabels(json.labels, labels);
  const byGram = new Map<string, readonly number[]>();
  json.grams.forEach((gram, i) => byGram.set(gram, json.weights[i] ?? []));
  return {
    labels: order,
    classify(text) {
      const grams = textGrams(text.slice(0, readLimit));
      const scale = gramScale(grams.size);
      const scores = [...json.bias];
      for (const gram of grams) {
        const row = byGram.get(gram);
        if (row === undefined) continue;
        for (let k = 0; k < row.length; k += 2) scores[row[k]!]! += row[k + 1]! * scale;
      }
      return classification(order, scores);
    },
  };
}
