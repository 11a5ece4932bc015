/**
 * The real entry point as `npm start` runs it: a bad variable stops start-up
 * with one line naming it; SIGTERM shuts down cleanly.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const entry = join(__dirname, '..', '..', 'src', 'index.js');
const app = join(__dirname, '..', '..', 'src', 'app.js');

function run(env: Record<string, string>) {
  return spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('the process (dist/src/index.js)', () => {
  it('stops start-up with one line that names the bad variable', async () => {
    const child = run({ PORT: 'abc' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 1);
    const lines = stderr.split('\n').filter((l) => l.startsWith('Configuration error'));
    assert.deepEqual(lines, ['Configuration error: PORT must be a whole number from 0 to 65535, got "abc"']);
  });

  it('serves, then on SIGTERM stops accepting, closes Cosmos and exits 0', async () => {
    const child = run({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /"url":"(http:\/\/[^"]+)"/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error(`exited early: ${stdout}`)));
    });
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.match(stdout, /data lives in memory only/);

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(stdout, /"msg":"shutting down"/);
    assert.match(stdout, /"msg":"stopped"/);
    await assert.rejects(fetch(`${url}/healthz`));
  });

  it('loads no botbuilder-dialogs prompts or text recognizers (about 37 MB it never uses)', () => {
    const script = `require(${JSON.stringify(app)}); console.log(JSON.stringify(Object.keys(require.cache)))`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const loaded: string[] = JSON.parse(run.stdout);
    assert.ok(loaded.some((path) => path.includes('botbuilder-dialogs')), 'the dialog modules are loaded');
    assert.deepEqual(
      loaded.filter((path) => /botbuilder-dialogs[\\/]lib[\\/](prompts|choices)|recognizers-text-(suite|number|choice|date-time)[\\/]/.test(path)),
      [],
    );
  });
});
