/**
 * CI: a production install (scripts/stage-release.sh, then npm ci --omit=dev)
 * starts with `npm start` without compiling, against a Cosmos DB account
 * given by COSMOS_ENDPOINT (here the embedded server, started apart from it
 * as a real account runs), answers /healthz, /readyz and a message, and
 * prints no deprecation warning; without COSMOS_ENDPOINT it stops with one
 * line saying why. Usage: node dist/scripts/production-check.js <folder>
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { EmbeddedCosmos, embeddedCosmosKey } from '../src/store/embedded-cosmos';

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

function npmStart(folder: string, env: Record<string, string>): Started {
  // Only what the bot reads: no development settings leak into the check.
  const child = spawn('npm', ['start', '--silent'], {
    cwd: folder,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function listeningUrl(started: Started, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /"url":"(http:\/\/[^"]+)"[^\n]*"msg":"listening"/.exec(started.output());
    if (match !== null) return match[1]!;
    if (started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the production bot did not start:\n${started.output()}`);
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`production check failed: ${what}`);
  console.log(`ok - ${what}`);
}

async function main(folder: string): Promise<void> {
  const database = new EmbeddedCosmos();
  await database.start();
  const bot = npmStart(folder, { COSMOS_ENDPOINT: database.endpoint, COSMOS_KEY: embeddedCosmosKey });
  try {
    const url = await listeningUrl(bot, 60_000);
    check((await fetch(`${url}/healthz`)).status === 200, 'GET /healthz answers 200');
    check((await fetch(`${url}/readyz`)).status === 200, 'GET /readyz answers 200 (Cosmos DB reachable)');
    const id = randomUUID();
    const reply = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id,
        text: 'help',
        channelId: 'msteams',
        deliveryMode: 'expectReplies',
        locale: 'en-US',
        // Anonymous mode answers loopback service URLs only.
        serviceUrl: 'http://127.0.0.1',
        from: { id: '29:production-check' },
        recipient: { id: '28:bot' },
        conversation: { id: `a:${id}`, conversationType: 'personal', tenantId: id },
        channelData: { tenant: { id } },
      }),
    });
    const body = (await reply.json()) as { activities?: unknown[] };
    check(reply.status === 200 && (body.activities?.length ?? 0) > 0, 'a "help" message gets a reply');
    check(!/tsc|DeprecationWarning/.test(bot.output()), 'no compile step and no deprecation warning at start');
  } finally {
    process.kill(-bot.child.pid!, 'SIGTERM');
    await bot.exited;
    await database.stop();
  }

  const unconfigured = npmStart(folder, {});
  const code = await unconfigured.exited;
  const lines = unconfigured.output().trim().split('\n');
  check(
    code !== 0 && lines.length === 1 && /cannot start: COSMOS_ENDPOINT is not set/.test(lines[0]!),
    'without COSMOS_ENDPOINT it stops with one line saying why',
  );
}

main(process.argv[2] ?? '').catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
