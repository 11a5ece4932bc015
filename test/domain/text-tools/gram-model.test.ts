import assert from 'node:assert/strict';
import { trainGramModel } from '../../../scripts/train-gram-model';
import { loadGramModel } from '../../../src/domain/text-tools/gram-model';

const labels = ['down', 'billing'] as const;
const json = trainGramModel(
  [
    ['the customer VM is down', 'down'],
    ['고객사 서버 다운됐어요', 'down'],
    ['we were charged twice on the invoice', 'billing'],
    ['청구서에 두 번 청구됐어요', 'billing'],
  ],
  labels,
  { smoothing: 0.1, minimumCount: 1 },
);

describe('the n-gram model', () => {
  it('reads the label whose n-grams the text shares, in English and Korean, with probabilities summing to 1', () => {
    const model = loadGramModel(json, labels);
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
  });

  it('refuses a model trained for other labels', () => {
    assert.throws(() => loadGramModel(json, ['down', 'fraud'] as const), /model labels/);
  });

  it('training refuses an example whose label the model does not have', () => {
    assert.throws(
      () => trainGramModel([['text', 'fraud']], labels, { smoothing: 0.1, minimumCount: 1 }),
      /unknown label/,
    );
  });
});
