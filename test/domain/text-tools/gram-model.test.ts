import assert from 'node:assert/strict';
import { trainGramModel } from '../../../scripts/train-gram-model';
import { loadGramModel } from '../../../src/domain/text-tools/gram-model';
import {
  assertReadsTheSharedNgrams,
  modelExamples,
  modelLabelsForTest as labels,
} from '../../helpers/text-model-check';

const json = trainGramModel(modelExamples, labels, { smoothing: 0.1, minimumCount: 1 });

describe('the n-gram model', () => {
  it('reads the label whose n-grams the text shares, in English and Korean, with probabilities summing to 1', () => {
    assertReadsTheSharedNgrams(loadGramModel(json, labels));
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
