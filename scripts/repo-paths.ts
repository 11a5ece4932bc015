/** Where the scripts find the project (compiled to dist/scripts/, like src/ to dist/src/). */
import path from 'node:path';
import { repoRoot } from '../src/repo-paths';

export { repoRoot };
export const manifestDir = path.join(repoRoot, 'manifest');
export const buildDir = path.join(repoRoot, 'build');
