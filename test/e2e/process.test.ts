/**
 * The real entry point as `npm start` runs it: a bad variable stops start-up
 * with one line naming it; SIGTERM shuts down cleanly.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { activityFrom, newUser } from '../helpers/bot-harness';
import { TokenIssuer } from '../helpers/token-issuer';

const entry = join(__dirname, '..', '..', 'src', 'index.js');
const app = join(__dirname, '..', '..', 'src', 'app.js');

/** Resolves with the URL once the process logs it. */
function listeningUrl(child: ReturnType<typeof run>, output: { stdout: string }): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output.stdout += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output.stdout);
      if (match) resolve(match[1]!);
    });
    child.on('exit', () => reject(new Error(`exited early: ${output.stdout}`)));
  });
}

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

  it('prints no token, key, secret, message text or stack trace at the default log level, whatever it is sent', async () => {
    const appId = '11111111-2222-3333-4444-555555555555';
    const issuer = await TokenIssuer.start();
    const child = run({ PORT: '0', HOST: '127.0.0.1', REMINDERS_ENABLED: 'false', ...issuer.env(appId) });
    const output = { stdout: '' };
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const url = await listeningUrl(child, output);
      const user = newUser();
      const secretText = 'the customer password is hunter2';
      const claims = TokenIssuer.claims(appId, 'https://smba.trafficmanager.net/teams/');
      const good = issuer.sign(claims);
      const post = (body: string | Buffer, headers: Record<string, string>) =>
        fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        }).then((r) => r.status);
      const message = (fields: Record<string, unknown> = {}) =>
        JSON.stringify(activityFrom(user, { type: 'message', text: secretText, ...fields }));
      const statuses = [
        ((issuer.available = false), await post(message(), { authorization: `Bearer ${good}` })),
        ((issuer.available = true), await post(message(), { authorization: `Bearer ${good}` })),
        await post(message(), { authorization: `Bearer ${issuer.signWithStrangerKey(claims)}` }),
        await post(message(), { authorization: `Bearer ${issuer.hmacWithPublicKey(claims)}` }),
        await post(message(), { authorization: `Bearer ${issuer.unsigned(claims)}` }),
        await post(message(), { authorization: `Bearer ${issuer.sign({ ...claims, exp: 1 })}` }),
        await post(Buffer.from('x'), { authorization: `Bearer ${good}`, 'content-encoding': 'gzip' }),
        await post(
          gzipSync(
            message({ conversation: { id: user.conversationId, x: 'NESTED' } }).replace(
              '"NESTED"',
              `${'['.repeat(5000)}${']'.repeat(5000)}`,
            ),
          ),
          { authorization: `Bearer ${good}`, 'content-encoding': 'gzip' },
        ),
        await post(message({ value: { n: 'NESTED' } }).replace('"NESTED"', `${'['.repeat(50)}${']'.repeat(50)}`), {
          authorization: `Bearer ${good}`,
        }),
      ];
      assert.deepEqual(statuses, [503, 200, 401, 401, 401, 401, 400, 400, 200]);
    } finally {
      // 'close', not 'exit': every line the process wrote up to its shutdown has been read.
      const closed = new Promise((resolve) => child.on('close', resolve));
      child.kill('SIGTERM');
      await closed;
      await issuer.stop();
    }
    const printed = output.stdout + stderr;
    assert.equal(stderr, '', 'nothing on stderr');
    for (const line of output.stdout.split('\n').filter((l) => l !== '')) {
      const parsed = JSON.parse(line) as { level: number };
      assert.ok(parsed.level >= 30, `info or above only: ${line.slice(0, 200)}`);
      assert.ok(line.length < 2_000, `a short line: ${line.slice(0, 200)}`);
    }
    for (const [what, pattern] of [
      ['a token', /eyJ/],
      ['an Authorization header', /bearer/i],
      ['a key', /BEGIN|PRIVATE|"n":"/],
      ['the app password', /not-a-real-secret/],
      ['message text', /hunter2/],
      ['a stack trace', /\s+at .+:\d+:\d+/],
    ] as const) {
      assert.doesNotMatch(printed, pattern, `printed ${what}`);
    }
  });

  it('loads no botbuilder-dialogs prompts or text recognizers (about 37 MB it never uses)', () => {
    const script = `require(${JSON.stringify(app)}); console.log(JSON.stringify(Object.keys(require.cache)))`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const loaded: string[] = JSON.parse(run.stdout);
    assert.ok(
      loaded.some((path) => path.includes('botbuilder-dialogs')),
      'the dialog modules are loaded',
    );
    assert.deepEqual(
      loaded.filter((path) =>
        /botbuilder-dialogs[\\/]lib[\\/](prompts|choices)|recognizers-text-(suite|number|choice|date-time)[\\/]/.test(
          path,
        ),
      ),
      [],
    );
  });
});
