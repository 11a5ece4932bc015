/**
 * `npm run train-reader-models`: rewrites the reader's models
 * (scripts/reader-models.ts) from the labelled sets. The held-out and the
 * validation sets are never read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseModel, modelFiles, modelText, questionKindModel, topicModel } from './reader-models';
import { repoRoot } from './repo-paths';

const models = { caseModel: caseModel(), topicModel: topicModel(), questionKindModel: questionKindModel() };
for (const [name, model] of Object.entries(models)) {
  writeFileSync(join(repoRoot, modelFiles[name as keyof typeof modelFiles]), modelText(model));
}
process.stdout.write(
  `case model: ${Object.keys(models.caseModel.weights).length} n-grams; topic model: ${models.topicModel.grams.length} n-grams; question-kind model: ${models.questionKindModel.grams.length} n-grams\n`,
);
