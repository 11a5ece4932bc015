/**
 * The direction of dependencies between the top-level folders of src/: a
 * folder imports only folders below it, so no folder imports its importer.
 * ESLint's import-x/no-cycle looks at files and finds no cycle; this looks at
 * folders, where a change in one place otherwise ripples back. Type-only
 * imports count: they couple folders as much as value imports do.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { preProcessFile } from 'typescript';
import { repoRoot } from '../../src/repo-paths';

const srcDir = join(repoRoot, 'src');

/** Modules directly in src/ that any folder may use; the other files there (app, index, telemetry) wire folders together. */
const shared = ['config.ts', 'log.ts', 'repo-paths.ts', 'startup-error.ts'] as const;

/**
 * What each folder may import, top to bottom: server → conversation →
 * requests → reminders → store, and cards (which only binds data to
 * templates) → the strings (i18n) → domain, which is pure and imports nothing
 * outside itself.
 */
const mayImport: Record<string, readonly string[]> = {
  server: ['conversation', 'requests', 'reminders', 'store', 'cards', 'i18n', 'domain', ...shared],
  conversation: ['requests', 'reminders', 'store', 'cards', 'i18n', 'domain', ...shared],
  requests: ['reminders', 'store', 'cards', 'i18n', 'domain', ...shared],
  reminders: ['store', 'cards', 'i18n', 'domain', ...shared],
  store: ['domain', ...shared],
  cards: ['i18n', 'domain', 'repo-paths.ts'],
  i18n: ['domain'],
  domain: [],
};

interface Import {
  readonly from: string;
  readonly to: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The file a relative specifier names: `x.ts`, `x/index.ts`, or `x` itself (a JSON file). */
function resolved(importer: string, specifier: string): string {
  const base = resolve(dirname(importer), specifier);
  const found = [`${base}.ts`, join(base, 'index.ts'), base].find((path) => existsSync(path));
  assert.ok(found !== undefined, `${relative(repoRoot, importer)} imports ${specifier}, which is not a file`);
  return found;
}

/** Every relative import, export-from and require of src/**\/*.ts, as repository paths. */
function imports(): Import[] {
  return sources(srcDir).flatMap((file) =>
    preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({
        from: relative(repoRoot, file).split(sep).join('/'),
        to: relative(repoRoot, resolved(file, specifier)).split(sep).join('/'),
      })),
  );
}

/** "cards" for src/cards/x.ts, "config.ts" for src/config.ts. */
function unitOf(path: string): string {
  return path.split('/')[1]!;
}

const crossing = imports().filter((i) => unitOf(i.from) !== unitOf(i.to));

describe('folder dependencies', () => {
  it('the import parser sees imports across folders (so an empty finding means something)', () => {
    assert.ok(crossing.some((i) => i.from === 'src/app.ts' && i.to === 'src/server/http-server.ts'));
    assert.ok(crossing.some((i) => i.from.startsWith('src/conversation/') && i.to === 'src/requests/index.ts'));
  });

  it('every folder of src/ has its place in the order', () => {
    const folders = readdirSync(srcDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    assert.deepEqual(
      folders.filter((folder) => !(folder in mayImport)),
      [],
    );
  });

  it('no two folders import each other', () => {
    const pairs = new Map<string, Import>();
    for (const i of crossing) pairs.set(`${unitOf(i.from)} → ${unitOf(i.to)}`, i);
    const both = [...pairs.entries()]
      .filter(([pair]) => {
        const [a, b] = pair.split(' → ');
        return a! < b! && pairs.has(`${b} → ${a}`);
      })
      .map(([pair, i]) => {
        const [a, b] = pair.split(' → ');
        const back = pairs.get(`${b} → ${a}`)!;
        return `${a} ↔ ${b} (${i.from} → ${i.to}; ${back.from} → ${back.to})`;
      });
    assert.deepEqual(both, []);
  });

  it('each folder imports only the folders below it (domain nothing outside itself, cards only domain and the strings)', () => {
    const wrong = crossing
      .filter((i) => unitOf(i.from) in mayImport && !mayImport[unitOf(i.from)]!.includes(unitOf(i.to)))
      .map((i) => `${i.from} → ${i.to}`);
    assert.deepEqual(wrong, []);
  });
});
