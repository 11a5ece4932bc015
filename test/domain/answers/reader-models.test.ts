import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelText, readerModels } from '../../../scripts/reader-models';
import { repoRoot } from '../../../src/repo-paths';

describe('the shipped reader models', () => {
  const shipped = (file: string): string => readFileSync(join(repoRoot, file), 'utf8');

  it('covers the case, topic and question-kind models and one model per learned fact', () => {
    assert.deepEqual(Object.keys(readerModels), [
      'caseModel',
      'topicModel',
      'questionKindModel',
      'productModel',
      'categoryModel',
      'serviceHealthModel',
      'impactModel',
      'natureModel',
    ]);
  });

  for (const [name, { file, train }] of Object.entries(readerModels)) {
    it(`the ${name} is what \`npm run train-reader-models\` makes of the labelled sets`, () => {
      assert.ok(shipped(file) === modelText(train()), 'run npm run train-reader-models');
    });
  }
});
