/** The check both trained text models (naive Bayes and logistic regression) pass on the same two-label examples. */
import assert from 'node:assert/strict';
import type { Classification } from '../../src/domain/text-tools/classification';

export const modelLabelsForTest = ['down', 'billing'] as const;
type Label = (typeof modelLabelsForTest)[number];

export const modelExamples = [
  ['the customer VM is down', 'down'],
  ['고객사 서버 다운됐어요', 'down'],
  ['we were charged twice on the invoice', 'billing'],
  ['청구서에 두 번 청구됐어요', 'billing'],
] as const;

/** Reads the label whose n-grams the text shares, in English and Korean, with probabilities summing to 1. */
export function assertReadsTheSharedNgrams(model: { classify(text: string): Classification<Label> }): void {
  for (const [text, label] of [
    ['their VM went down', 'down'],
    ['서버가 다운', 'down'],
    ['charged twice', 'billing'],
    ['두 번 청구', 'billing'],
  ] as const) {
    const reading = model.classify(text);
    assert.equal(reading.label, label, text);
    assert.ok(Math.abs(reading.probabilities.down + reading.probabilities.billing - 1) < 1e-9);
    assert.equal(reading.probability, reading.probabilities[label]);
  }
}
