/**
 * The parent's handle on a server under test running in a child process
 * (server-process.ts): start it, ask it for stats, stop it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { ServerKind, ServerMessage, ServerRequest, ServerStats, StoredInventory } from './server-protocol';

const startTimeoutMs = 30_000;

export class ServerChild {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();

  private constructor(
    readonly kind: ServerKind,
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (raw) => {
      const message = raw as ServerMessage;
      if (!('id' in message)) return;
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if ('error' in message) waiter?.reject(new Error(message.error));
      else waiter?.resolve(message.result);
    });
    child.on('exit', (code) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`${kind} server exited (${code})`));
      this.pending.clear();
    });
  }

  static start(kind: ServerKind, env: NodeJS.ProcessEnv = {}): Promise<ServerChild> {
    // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server under test.
    const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');
    const child = fork(join(__dirname, 'server-process.js'), [kind], {
      env: { ...process.env, ...env },
      // --expose-gc only lets the 'live-heap' request collect garbage; it changes nothing else.
      execArgv: [...process.execArgv, '--expose-gc', ...nodeArgs],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${kind} server did not start in ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
      child.once('exit', (code) => reject(new Error(`${kind} server exited before it was ready (${code})`)));
      child.on('message', function onReady(raw) {
        const message = raw as ServerMessage;
        if (!('ready' in message)) return;
        clearTimeout(timer);
        child.off('message', onReady);
        resolve(new ServerChild(kind, message.ready, child));
      });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  private ask<T>(op: ServerRequest['op']): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ id, op } satisfies ServerRequest);
    });
  }

  stats(): Promise<ServerStats> {
    return this.ask('stats');
  }

  resetCounters(): Promise<void> {
    return this.ask('reset');
  }

  /** Heap used right after a full garbage collection. */
  liveHeapBytes(): Promise<number> {
    return this.ask('live-heap');
  }

  inventory(): Promise<StoredInventory> {
    return this.ask('inventory');
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.ask('stop').catch(() => undefined);
    await exited;
  }
}
