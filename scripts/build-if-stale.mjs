// prestart: compile TypeScript only when dist/ is missing or older than a
// source file, so `npm install && npm start` works from a fresh clone and a
// start after an edit runs the edit, while a start with nothing changed (or a
// production install, which has dist/ but neither sources nor TypeScript)
// starts at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const stamp = join(root, 'dist', '.tsbuildinfo');
const sources = ['src', 'test', 'bench', 'scripts'];

function newestSource() {
  let newest = statSync(join(root, 'tsconfig.json')).mtimeMs;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json'))
        newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of sources) if (existsSync(join(root, dir))) visit(join(root, dir));
  return newest;
}

const canBuild = existsSync(join(root, 'tsconfig.json')) && existsSync(join(root, 'node_modules', 'typescript'));
if (!canBuild) {
  if (existsSync(join(root, 'dist', 'src', 'index.js'))) process.exit(0);
  console.error('build-if-stale: dist/ is missing and TypeScript is not installed: run npm install, then npm start');
  process.exit(1);
}
if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource()) process.exit(0);

const tsc = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
  { stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// tsc leaves its build info alone when no output changed; mark this build as current.
const now = new Date();
utimesSync(stamp, now, now);
