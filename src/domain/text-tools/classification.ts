/** What a trained text classifier (gram-model.ts, linear-model.ts) says of a text, from its per-label scores. */

export interface Classification<L extends string> {
  readonly label: L;
  /** Posterior probability of `label`, 0..1. */
  readonly probability: number;
  /** Posterior probability per label. */
  readonly probabilities: Readonly<Record<L, number>>;
}

/** A shipped model's labels, in its own order, checked against the labels the code expects. */
export function modelLabels<L extends string>(shipped: readonly string[], expected: readonly L[]): readonly L[] {
  const known = new Set<string>(expected);
  if (shipped.length !== expected.length || shipped.some((label) => !known.has(label))) {
    throw new Error(`model labels ${shipped.join(', ')} are not ${expected.join(', ')}`);
  }
  return shipped as readonly L[];
}

/** The softmax of per-label log-scores (in `order`), as a classification. */
export function classification<L extends string>(order: readonly L[], scores: readonly number[]): Classification<L> {
  const top = Math.max(...scores);
  const exp = scores.map((score) => Math.exp(score - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  const probabilities = Object.fromEntries(order.map((label, l) => [label, exp[l]! / sum])) as Record<L, number>;
  const best = scores.indexOf(top);
  return { label: order[best]!, probability: exp[best]! / sum, probabilities };
}
