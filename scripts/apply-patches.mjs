// postinstall: apply patches/ with patch-package, a development dependency.
// A production install (npm ci --omit=dev) has neither patch-package nor the
// packages the patches fix (the embedded Cosmos DB's query engine, a
// development dependency too), so it has nothing to patch. A patched package
// present without patch-package is an error: it would run unpatched.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const installed = (name) => existsSync(join(root, 'node_modules', name, 'package.json'));
// patch-package names a patch "<scope>+<name>+<version>.patch".
const patched = readdirSync(join(root, 'patches'))
  .filter((file) => file.endsWith('.patch'))
  .map((file) => file.replace(/\+[^+]+\.patch$/, ''))
  .map((name) => (name.startsWith('@') ? name.replace('+', '/') : name))
  .filter(installed);

if (patched.length === 0) process.exit(0);
if (!installed('patch-package')) {
  console.error(
    `apply-patches: ${patched.join(', ')} installed without patch-package; install with development dependencies (npm install)`,
  );
  process.exit(1);
}
const run = spawnSync(process.execPath, [join(root, 'node_modules', 'patch-package', 'index.js')], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
