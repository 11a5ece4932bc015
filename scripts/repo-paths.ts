/** Where the scripts find the project, wherever they run from (compiled to dist/scripts/). */
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const manifestDir = path.join(repoRoot, 'manifest');
export const buildDir = path.join(repoRoot, 'build');
