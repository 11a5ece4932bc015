/**
 * Child-process entry: starts the server under test — the real bot
 * (`startApp`, embedded Cosmos in this same process, as `npm start` runs it
 * locally) or a baseline (echo, stateful-echo) — on a free loopback port,
 * reports its URL, then answers the parent's requests for stats, counter
 * resets, the live heap (after a full GC, so garbage V8 has not yet collected
 * is told apart from memory held) and the stored inventory.
 * Usage: node --expose-gc dist/bench/server-process.js bot|echo|stateful-echo
 */
import type { RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';
import { CosmosRequestCounter } from './cosmos-request-counter';
import type { RunningEchoBot } from './echo-bot';
import {
  type ServerKind,
  type ServerMessage,
  type ServerRequest,
  type ServerStats,
  serverKinds,
  type StoredInventory,
} from './server-protocol';

const counter = new CosmosRequestCounter().start();

function stats(): ServerStats {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  return {
    rssBytes: memory.rss,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: memory.heapUsed,
    cpuMicros: cpu.user + cpu.system,
    cosmos: counter.snapshot(),
  };
}

async function inventory(app: RunningApp): Promise<StoredInventory> {
  const state = await app.store
    .container('state')
    .items.query<StoredInventory['profiles'][number]>('SELECT c.key, c.state.profile.cspModel AS cspModel FROM c')
    .fetchAll();
  const requests = await app.store
    .container('requests')
    .items.query<StoredInventory['supportRequests'][number]>(
      "SELECT c.id, c.tenantId, c.serviceRequestNumber FROM c WHERE c.type = 'support-request'",
    )
    .fetchAll();
  return { stateDocuments: state.resources.length, profiles: state.resources, supportRequests: requests.resources };
}

function send(message: ServerMessage): void {
  process.send?.(message);
}

async function main(kind: ServerKind): Promise<void> {
  // The database is the embedded one in this process unless the parent passes another's endpoint (the soak does).
  const { COSMOS_ENDPOINT, COSMOS_KEY } = process.env;
  const config = loadConfig({
    COSMOS_ENDPOINT,
    COSMOS_KEY,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
  });
  const log = createLogger(config.logLevel);
  // Each child loads only its own server's modules, so the echo bot's memory is the echo bot's.
  const app: RunningApp | undefined =
    kind === 'bot' ? await (await import('../src/app.js')).startApp(config, log) : undefined;
  const server: RunningApp | RunningEchoBot =
    app ?? (await (await import('./echo-bot.js')).startEchoBot(config, log, { stateful: kind === 'stateful-echo' }));
  process.on('message', (raw) => {
    const request = raw as ServerRequest;
    const answer = async (): Promise<ServerStats | StoredInventory | number | null> => {
      switch (request.op) {
        case 'stats':
          return stats();
        case 'reset':
          counter.reset();
          return null;
        case 'live-heap':
          if (global.gc === undefined) throw new Error('start the server with --expose-gc');
          global.gc();
          return process.memoryUsage().heapUsed;
        case 'inventory':
          if (app === undefined) throw new Error('only the bot keeps an inventory');
          return inventory(app);
        case 'stop':
          await server.stop();
          setImmediate(() => process.exit(0));
          return null;
      }
    };
    answer().then(
      (result) => send({ id: request.id, result }),
      (err: unknown) => send({ id: request.id, error: (err as Error).stack ?? String(err) }),
    );
  });
  send({ ready: server.url });
}

const isServerKind = (value: string | undefined): value is ServerKind => serverKinds.some((known) => known === value);

const kind = process.argv[2];
if (!isServerKind(kind)) {
  process.stderr.write(`usage: server-process.js ${serverKinds.join('|')}\n`);
  process.exit(2);
}
main(kind).catch((err: unknown) => {
  process.stderr.write(`server under test failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
