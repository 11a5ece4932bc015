/**
 * Folders of the repository the running code reads (card templates, pages).
 * The code runs compiled from dist/src/, three levels below the root.
 */
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
export const cardsDir = join(repoRoot, 'cards');
export const pagesDir = join(repoRoot, 'pages');
