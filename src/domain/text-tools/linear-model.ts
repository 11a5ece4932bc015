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

/** Flat arrays, not an array per n-gram: a model of 100 000 n-grams parses and loads in a fraction of the time. */
export interface LinearModelJson {
  readonly labels: readonly string[];
  readonly bias: readonly number[];
  readonly grams: readonly string[];
  /** Per gram (same order): where its entries end; they start where the previous gram's end. */
  readonly ends: readonly number[];
  /** Label index, weight, label index, weight, … for the labels each gram moves. */
  readonly entries: readonly number[];
}

export interface LinearModel<L extends string> {
  readonly labels: readonly L[];
  classify(text: string): Classification<L>;
  /** The same for a text's n-grams already taken (`gramsToRead`), so several models read a message once. */
  classifyGrams(grams: ReadonlySet<string>): Classification<L>;
}

/** A model reads a message's start: what it is about is said there, and the rest of a pasted thread only adds noise. */
const readLimit = 4_000;

/** Each text's n-grams are scaled by this over the root of their count, so a long text is not more certain than a short one. */
export function gramScale(count: number): number {
  return count === 0 ? 0 : 1 / Math.sqrt(count);
}

export function loadLinearModel<L extends string>(json: LinearModelJson, labels: readonly L[]): LinearModel<L> {
  const order = modelLabels(json.labels, labels);
  const index = new Map<string, number>();
  json.grams.forEach((gram, i) => index.set(gram, i));
  const { ends, entries } = json;
  const classifyGrams = (grams: ReadonlySet<string>): Classification<L> => {
    const scale = gramScale(grams.size);
    const scores = [...json.bias];
    for (const gram of grams) {
      const i = index.get(gram);
      if (i === undefined) continue;
      for (let k = i === 0 ? 0 : ends[i - 1]!; k < ends[i]!; k += 2) scores[entries[k]!]! += entries[k + 1]! * scale;
    }
    return classification(order, scores);
  };
  return { labels: order, classifyGrams, classify: (text) => classifyGrams(gramsToRead(text)) };
}

/** The n-grams a model reads of a text: its start, where what it is about is said. */
export const gramsToRead = (text: string): Set<string> => textGrams(text.slice(0, readLimit));
