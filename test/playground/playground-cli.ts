/**
 * Runs the Microsoft 365 Agents Playground CLI as a child process: offline
 * (no browser opened, telemetry off), on a free loopback port, pointed at the
 * bot as a Teams client (`msteams`). Its connector stand-in is its own
 * `/_connector` path, so proactive messages stay on loopback too.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { withTimeout } from './deadline';

export interface RunningPlayground {
  /** The web client's address, e.g. http://127.0.0.1:56150/. */
  readonly url: string;
  /** Everything the CLI printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const cliPath = path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');

/** `timeZone`: the playground sends its own process's zone as the user's (activity.localTimezone). */
export async function startPlayground(
  botMessagesUrl: string,
  port: number,
  startTimeoutMs: number,
  timeZone = 'UTC',
): Promise<RunningPlayground> {
  const child = spawn(
    process.execPath,
    [
      cliPath,
      '--app-endpoint',
      botMessagesUrl,
      '--channel-id',
      'msteams',
      '--port',
      String(port),
      '--disable-telemetry',
    ],
    {
      // TEAMSAPPTESTER_BROWSER=none keeps the CLI from opening a browser of its own.
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', TZ: timeZone },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stopping it also stops anything it started.
      detached: true,
    },
  );
  let printed = '';
  child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const stop = () => stopProcessGroup(child);
  try {
    // It falls back to a random port when the asked one is taken, so read the one it chose.
    const listeningPort = await withTimeout(
      new Promise<number>((resolve, reject) => {
        const check = () => {
          const match = /Listening on (\d+)/.exec(printed);
          if (match) resolve(Number(match[1]));
        };
        child.stdout.on('data', check);
        child.once('exit', (code) => reject(new Error(`the playground CLI exited with code ${code}:\n${printed}`)));
      }),
      startTimeoutMs,
      'the playground CLI to start listening',
    );
    return { url: `http://127.0.0.1:${listeningPort}/`, output: () => printed, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** SIGTERM, then SIGKILL if it has not exited within 3 s. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = once(child, 'exit');
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  try {
    await withTimeout(exited, 3_000, 'the playground CLI to exit');
  } catch {
    signal('SIGKILL');
    await withTimeout(exited, 3_000, 'the playground CLI to exit after SIGKILL');
  }
}
