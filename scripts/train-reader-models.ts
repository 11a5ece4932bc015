/**
 * `npm run train-reader-models`: rewrites the reader's models
 * (scripts/reader-models.ts) from the labelled sets. The held-out and the
 * validation sets are never read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelText, readerModels } from './reader-models';
import { repoRoot } from './repo-paths';

for (const [name, { file, train }] of Object.entries(readerModels)) {
  const text = modelText(train());
  writeFileSync(join(repoRoot, file), text);
  process.stdout.write(`${name}: ${file}, ${Math.round(text.length / 1024)} KB\n`);
}
