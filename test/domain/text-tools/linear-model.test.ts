import assert from 'node:assert/strict';
import { linearDefaults, trainLinearModel } from '../../../scripts/train-linear-model';
import { loadLinearModel } from '../../../src/domain/text-tools/linear-model';
import {
  assertReadsTheSharedNgrams,
  modelExamples as examples,
  modelLabelsForTest as labels,
} from '../../helpers/text-model-check';

const options = { ...linearDefaults, minimumCount: 1 };
const json = trainLinearModel(examples, labels, options);

describe('the linear (logistic regression) model', () => {
  it('reads the label whose n-grams the text shares, in English and Korean, with probabilities summing to 1', () => {
    assertReadsTheSharedNgrams(loadLinearModel(json, labels));
  });

  it('an n-gram both labels share decides nothing: the words that differ carry the weight', () => {
    const shared = trainLinearModel(
      [
        ['customer says the VM is down', 'down'],
        ['customer says the invoice is wrong', 'billing'],
      ],
      labels,
      options,
    );
    const weightOf = (gram: string): number => {
      const i = shared.grams.indexOf(gram);
      return i < 0 ? 0 : Math.abs(shared.entries[(i === 0 ? 0 : shared.ends[i - 1]!) + 1] ?? 0);
    };
    assert.ok(weightOf('down') > 0, 'a distinguishing n-gram is kept');
    assert.ok(weightOf('says') < weightOf('down'));
  });

  it('training is deterministic: the same examples give the same model, byte for byte', () => {
    assert.equal(JSON.stringify(trainLinearModel(examples, labels, options)), JSON.stringify(json));
  });

  it('refuses a model trained for other labels, and an example whose label it does not have', () => {
    assert.throws(() => loadLinearModel(json, ['down', 'fraud'] as const), /model labels/);
    assert.throws(() => trainLinearModel([['text', 'fraud']], labels, options), /unknown label/);
  });
});
