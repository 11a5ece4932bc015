import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseModel, modelFiles, modelText, questionKindModel, topicModel } from '../../../scripts/reader-models';
import { repoRoot } from '../../../src/repo-paths';

describe('the shipped reader models', () => {
  const shipped = (file: string): string => readFileSync(join(repoRoot, file), 'utf8');

  it('the case model is what `npm run train-reader-models` makes of the labelled sets', () => {
    assert.ok(shipped(modelFiles.caseModel) === modelText(caseModel()), 'run npm run train-reader-models');
  });

  it('the topic model is what `npm run train-reader-models` makes of the labelled sets', () => {
    assert.ok(shipped(modelFiles.topicModel) === modelText(topicModel()), 'run npm run train-reader-models');
  });

  it('the question-kind model is what `npm run train-reader-models` makes of the labelled sets', () => {
    assert.ok(
      shipped(modelFiles.questionKindModel) === modelText(questionKindModel()),
      'run npm run train-reader-models',
    );
  });
});
