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
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EmbeddedCosmosCommand, EmbeddedCosmosReply } from './embedded-cosmos-protocol';

/** The embedded server checks no signature; the SDK only needs a base64 key. */
export const embeddedCosmosKey = Buffer.from('escalation-advisor-embedded-cosmos').toString('base64');

/** A database's garbage is short-lived request data: a small young generation keeps the thread's memory down. */
const youngGenerationMb = 8;

export class EmbeddedCosmos {
  private worker: Worker | undefined;
  private port = 0;

  /** `onCrash` hears of a failure inside the server thread; the bot then sees an unreachable database. */
  constructor(private readonly onCrash: (err: Error) => void = () => {}) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const worker = new Worker(join(__dirname, 'embedded-cosmos-thread.js'), {
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    });
    worker.on('error', (err) => this.onCrash(err));
    this.worker = worker;
    const reply = await this.reply(worker);
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
    await this.send({ op: 'stop' }, worker).catch(() => undefined);
    await worker.terminate();
  }

  private send(command: EmbeddedCosmosCommand, worker = this.worker): Promise<EmbeddedCosmosReply> {
    if (worker === undefined) return Promise.reject(new Error('the embedded Cosmos DB is not running'));
    const reply = this.reply(worker);
    worker.postMessage(command);
    return reply;
  }

  /** The thread answers each command in order, so the next message is this command's answer. */
  private reply(worker: Worker): Promise<EmbeddedCosmosReply> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number) => reject(new Error(`the embedded Cosmos DB thread exited (${code})`));
      worker.once('exit', onExit);
      worker.once('message', (message: EmbeddedCosmosReply) => {
        worker.off('exit', onExit);
        resolve(message);
      });
    });
  }
}
