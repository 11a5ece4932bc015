/**
 * A clone of the repository is all a reader has: code, tests, benchmarks and
 * scripts point to the rulebook (docs/rulebook.md), never to issue numbers or
 * sections they cannot see, nor to files outside the repository.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../../src/repo-paths';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|mjs|sh)$/.test(entry.name) ? [path] : [];
  });
}

/** Every file but this one, whose patterns name what they look for. */
const files = ['src', 'test', 'bench', 'scripts']
  .flatMap((dir) => sources(join(repoRoot, dir)))
  .filter((path) => path !== __filename.replace(/\.js$/, '.ts').replace(join(repoRoot, 'dist'), repoRoot));

/** A section cited as the rulebook's: "rulebook §2", "rulebook's §7", "rulebook §3–§5", "rulebook §2, §7". */
const rulebookSections = /rulebook(?:'s)? §\d+(?:(?:–|, )§\d+)*/g;

function offenders(pattern: RegExp): string[] {
  return files.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        pattern.test(line.replace(rulebookSections, '')) ? [`${relative(repoRoot, path)}:${i + 1}`] : [],
      ),
  );
}

describe('the repository stands alone', () => {
  it('cites rules and rulebook sections, not issue numbers or bare section marks', () => {
    assert.deepEqual(offenders(/\b[Ii]ssue \d+|§\d/), []);
  });

  it('reads nothing beside the repository (no path to a sibling folder of shared material)', () => {
    assert.deepEqual(offenders(/\.\.\/shared|[,(]\s*['"]shared['"]/), []);
  });
});
