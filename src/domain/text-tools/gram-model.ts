/**
 * A trained text classifier: multinomial naive Bayes over the character
 * n-grams of a message (grams.ts), so it reads Korean without a tokenizer and
 * tolerates typos and spacing. Trained offline by scripts/train-gram-model.ts (run by npm run train-reader-models)
 * on the labelled training sets (never the held-out or the validation sets) and
 * shipped as JSON; reading one is a lookup per n-gram.
 */
import { type Classification, classification, modelLabels } from './classification';
import { textGrams } from './grams';

/** A model as shipped: labels, and per n-gram the log-likelihood of each label that saw it. */
export interface GramModelJson {
  readonly labels: readonly string[];
  /** log P(label). */
  readonly prior: readonly number[];
  /** log P(gram | label) for an n-gram the label never saw in training. */
  readonly unseen: readonly number[];
  readonly grams: readonly string[];
  /** Per gram (same order): label index, log P(gram | label), label index, … for the labels that saw it. */
  readonly seen: readonly (readonly number[])[];
}

export interface GramModel<L extends string> {
  readonly labels: readonly L[];
  classify(text: string): Classification<L>;
}

/** A model reads a message's start: what it is about is said there, and the rest of a pasted thread only adds noise. */
const readLimit = 4_000;

/** Per known n-gram: the labels that saw it, and how much more likely it made each than an unseen n-gram would. */
interface Deltas {
  readonly labels: Uint8Array;
  readonly deltas: Float64Array;
}

export function loadGramModel<L extends string>(json: GramModelJson, labels: readonly L[]): GramModel<L> {
  const order = modelLabels(json.labels, labels);
  const unseen = json.unseen;
  const byGram = new Map<string, Deltas>();
  json.grams.forEach((gram, i) => {
    const seen = json.seen[i] ?? [];
    const count = seen.length / 2;
    const entry = { labels: new Uint8Array(count), deltas: new Float64Array(count) };
    for (let k = 0; k < count; k++) {
      const label = seen[2 * k]!;
      entry.labels[k] = label;
      entry.deltas[k] = seen[2 * k + 1]! - unseen[label]!;
    }
    byGram.set(gram, entry);
  });
  return {
    labels: order,
    classify(text) {
      // Every known n-gram adds its label's unseen likelihood, and the labels that saw it their difference.
      const scores = [...json.prior];
      let knownGrams = 0;
      for (const gram of textGrams(text.slice(0, readLimit))) {
        const entry = byGram.get(gram);
        if (entry === undefined) continue;
        knownGrams++;
        for (let k = 0; k < entry.labels.length; k++) scores[entry.labels[k]!]! += entry.deltas[k]!;
      }
      for (let l = 0; l < scores.length; l++) scores[l]! += knownGrams * unseen[l]!;
      return classification(order, scores);
    },
  };
}
