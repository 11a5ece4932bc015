/**
 * All Cosmos DB I/O goes through src/store, where every
 * call has the store's deadline, one conflict/retry loop and one error
 * classifier. Elsewhere in src, the Cosmos SDK may appear only as types.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../../src/repo-paths';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('Cosmos DB I/O only through src/store', () => {
  const src = join(repoRoot, 'src');
  const outside = sources(src).filter((path) => !relative(src, path).startsWith('store'));

  it('no module outside src/store reads or writes a container', () => {
    const offenders = outside.filter((path) =>
      /\.items\.|\.item\(|\.database\(|\.container\(\s*['"]/.test(
        readFileSync(path, 'utf8').replace(/store\.container\('/g, ''),
      ),
    );
    assert.deepEqual(
      offenders.map((path) => relative(repoRoot, path)),
      [],
    );
  });

  it('outside src/store the Cosmos SDK is imported for its types only', () => {
    const offenders = outside.filter((path) =>
      /^import (?!type )[^;]*from '@azure\/cosmos'/m.test(readFileSync(path, 'utf8')),
    );
    assert.deepEqual(
      offenders.map((path) => relative(repoRoot, path)),
      [],
    );
  });

  it('one error classifier: no status-code helper of its own outside src/store/cosmos-errors.ts', () => {
    const offenders = sources(src).filter(
      (path) =>
        !path.endsWith('cosmos-errors.ts') &&
        /\.code === (404|409|412)|code\?: unknown[^]*?=== 4(04|09|12)/.test(readFileSync(path, 'utf8')),
    );
    assert.deepEqual(
      offenders.map((path) => relative(repoRoot, path)),
      [],
    );
  });
});
