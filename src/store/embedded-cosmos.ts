/**
 * The embedded Cosmos DB server used when no account is configured: it runs
 * in-process on loopback over plain HTTP (about twice as fast as its HTTPS)
 * with keep-alive, and keeps data in memory only.
 *
 * It runs on its own thread, as a real Cosmos DB runs on its own servers: the
 * database's request handling never holds up a bot turn's event loop. (The
 * turn benchmark measured 16–48 % more turns a second this way, at the same
 * peak RSS.)
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EmbeddedCosmosCommand, EmbeddedCosmosReply, EmbeddedCosmosStart } from './embedded-cosmos-protocol';

/**
 * A fresh key for each process: the embedded server refuses requests not
 * signed with it, so only this process (and whoever it hands the key to) can
 * read or change the data.
 */
export const embeddedCosmosKey = randomBytes(32).toString('base64');

/** A database's garbage is short-lived request data: a small young generation keeps the thread's memory down. */
const youngGenerationMb = 8;

interface Waiter {
  resolve(reply: EmbeddedCosmosReply): void;
  reject(err: Error): void;
}

export class EmbeddedCosmos {
  private worker: Worker | undefined;
  private port = 0;
  /** The thread answers each command in order, so replies go to waiters first in, first out. */
  private readonly waiting: Waiter[] = [];

  /** `onCrash` hears of a failure inside the server thread; the bot then sees an unreachable database. */
  constructor(private readonly onCrash: (err: Error) => void = () => {}) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const worker = new Worker(join(__dirname, 'embedded-cosmos-thread.js'), {
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
      workerData: { key: embeddedCosmosKey } satisfies EmbeddedCosmosStart,
    });
    worker.on('message', (reply: EmbeddedCosmosReply) => this.waiting.shift()?.resolve(reply));
    worker.on('error', (err) => this.onCrash(err));
    worker.on('exit', (code) => {
      for (const waiter of this.waiting.splice(0))
        waiter.reject(new Error(`the embedded Cosmos DB thread exited (${code})`));
    });
    this.worker = worker;
    const reply = await this.nextReply();
    if (reply.op !== 'listening') {
      await this.stop();
      throw new Error(`the embedded Cosmos DB did not start: ${reply.op === 'failed' ? reply.message : reply.op}`);
    }
    this.port = reply.port;
  }

  /** Make the server unreachable (an outage) or reachable again; data stays. */
  async setReachable(reachable: boolean): Promise<void> {
    await this.send({ op: 'reachable', reachable });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    if (worker === undefined) return;
    this.worker = undefined;
    const stopped = this.nextReply();
    worker.postMessage({ op: 'stop' } satisfies EmbeddedCosmosCommand);
    await stopped.catch(() => undefined);
    await worker.terminate();
  }

  private send(command: EmbeddedCosmosCommand): Promise<EmbeddedCosmosReply> {
    if (this.worker === undefined) return Promise.reject(new Error('the embedded Cosmos DB is not running'));
    const reply = this.nextReply();
    this.worker.postMessage(command);
    return reply;
  }

  private nextReply(): Promise<EmbeddedCosmosReply> {
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }
}
