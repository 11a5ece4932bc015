/**
 * Reminder tick cost (R26, R27): with 1 000, 10 000 and 100 000 stored
 * support requests of which 100 are due, the time one scheduler tick takes
 * and the Cosmos documents and requests it costs, counted as the SDK sends
 * and receives them. The proactive sender is an in-process stand-in, so the
 * numbers are the scheduler's and the store's, not the Bot Connector's.
 *
 * Sizes grow in one container (seed to 1 000, measure; top up to 10 000 …).
 * Before each measured tick 100 new due requests are added; the previous
 * tick's 100 are no longer due (their next reminder moved to the breach).
 * Run as a child of run-all.ts (results over IPC) or on its own.
 *
 * The embedded server has no index: its due query scans every document, so
 * the tick's time grows with the stored count there (a real account serves
 * the query from the index on nextReminderAt). The documents read per tick —
 * the measure that carries over to a real account — do not depend on that;
 * processingMs (the tick without its query) is reported apart.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type Container, CosmosClient } from '@azure/cosmos';
import { createHttpServer } from '@vercel/cosmosdb-server';
import type { SupportRequest } from '../src/domain/requests/support-request';
import { ReminderScheduler } from '../src/reminders/scheduler';
import { containerSpecs } from '../src/store/containers';
import { embeddedCosmosKey } from '../src/store/embedded-cosmos';
import { RequestsRepository } from '../src/store/requests-repository';
import { silentLog } from '../test/helpers/log-capture';
import { filedRequest } from '../test/reminders/fixtures';
import { CosmosRequestCounter, type CosmosRequestKind } from './cosmos-request-counter';
import { percentile } from './latency-stats';

export interface TickMeasurement {
  readonly storedRequests: number;
  readonly due: number;
  readonly ticks: number;
  /** Median over the ticks. */
  readonly tickMs: number;
  /** The due query alone, which on the embedded server scans every document (see the file comment). */
  readonly dueQueryMs: number;
  /** The tick without its due query: claiming, sending and recording the 100. */
  readonly processingMs: number;
  /** Documents the store sent back during one tick: query results + point reads that found one. */
  readonly documentsReadPerTick: number;
  readonly requestsPerTick: Record<CosmosRequestKind | 'total', number>;
  readonly sentPerTick: number;
  readonly seedSeconds: number;
  readonly rssBytesAfterSeed: number;
}

export const defaultReminderBenchSizes = '1000,10000,100000';

const tickAt = new Date('2026-03-09T11:30:00Z');
/** Severity A in English, filed 90 minutes before the tick: its 75 % reminder is due (R21, R26). */
const dueFiledAt = new Date('2026-03-09T10:00:00Z');
/** Filed 10 minutes before the tick: nothing is due yet at any severity. */
const quietFiledAt = new Date('2026-03-09T11:20:00Z');
const duePerTick = 100;
const seedConcurrency = 64;
/** Generous: queries scan every document (see the file comment), and a slow machine must not time out at 100 000. */
const requestTimeoutMs = 600_000;

/**
 * The same emulator as src/store/embedded-cosmos.ts, but on this thread and
 * keeping idle connections open: on a slow machine a scan of 100 000
 * documents (0.3–0.6 s here) can hold this thread past the default 5 s
 * keep-alive, and the scheduler's next write would then meet a connection
 * the server is just closing (ECONNRESET).
 */
async function startEmbeddedServer(): Promise<{ server: Server; endpoint: string }> {
  const server = createHttpServer({ keepAlive: true });
  server.keepAliveTimeout = requestTimeoutMs;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function openRequestsContainer(endpoint: string): Promise<{ client: CosmosClient; container: Container }> {
  const client = new CosmosClient({
    endpoint,
    key: embeddedCosmosKey,
    connectionPolicy: { requestTimeout: requestTimeoutMs, enableEndpointDiscovery: false },
  });
  const { database } = await client.databases.createIfNotExists({ id: 'reminder-tick-bench' });
  const { container } = await database.containers.createIfNotExists({
    id: containerSpecs.requests.id,
    partitionKey: { paths: [containerSpecs.requests.partitionKey] },
  });
  return { client, container };
}

/** Copies of one validated template with fresh ids, so seeding tens of thousands costs no schema work per document. */
function copies(template: SupportRequest, count: number): SupportRequest[] {
  return Array.from({ length: count }, () => {
    const tenantId = randomUUID();
    const conversation = {
      ...(template.conversation.conversation as Record<string, unknown>),
      id: `a:${randomUUID()}`,
      tenantId,
    };
    return { ...template, id: randomUUID(), tenantId, conversation: { ...template.conversation, conversation } };
  });
}

async function createAll(container: Container, documents: readonly SupportRequest[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < documents.length) await container.items.create(documents[next++]!);
  };
  await Promise.all(Array.from({ length: seedConcurrency }, worker));
}

const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

export async function runReminderTickBench(
  sizes: readonly number[],
  ticksPerSize = 3,
  log: (line: string) => void = () => undefined,
): Promise<TickMeasurement[]> {
  const counter = new CosmosRequestCounter().start();
  const embedded = await startEmbeddedServer();
  const { client, container } = await openRequestsContainer(embedded.endpoint);
  try {
    const quiet = [
      filedRequest({ severity: 'B', supportLanguage: 'en', filedAt: quietFiledAt }),
      filedRequest({ severity: 'C', supportLanguage: 'ko', filedAt: quietFiledAt }),
    ];
    const due = filedRequest({ severity: 'A', supportLanguage: 'en', filedAt: dueFiledAt });
    const scheduler = new ReminderScheduler({
      container,
      sender: { send: async () => ({ activityId: randomUUID() }) },
      log: silentLog,
      now: () => tickAt,
      // One tick takes all 100 due; the default batch (50) takes them in two back-to-back ticks.
      settings: { batchSize: duePerTick },
    });

    const results: TickMeasurement[] = [];
    let stored = 0;
    for (const size of sizes) {
      const seedStarted = performance.now();
      const toAdd = Math.max(0, size - duePerTick - stored);
      for (const template of quiet) await createAll(container, copies(template, Math.ceil(toAdd / quiet.length)));
      stored += quiet.length * Math.ceil(toAdd / quiet.length);
      const seedSeconds = (performance.now() - seedStarted) / 1000;
      log(`  seeded ${stored.toLocaleString('en-US')} quiet requests in ${seedSeconds.toFixed(1)} s`);

      const tickMs: number[] = [];
      const queryMs: number[] = [];
      const documents: number[] = [];
      const requests: Record<CosmosRequestKind | 'total', number>[] = [];
      const sent: number[] = [];
      let storedAtFirstTick = 0;
      for (let tick = 0; tick < ticksPerSize; tick++) {
        await createAll(container, copies(due, duePerTick));
        stored += duePerTick;
        if (tick === 0) storedAtFirstTick = stored;
        if (tick === 0) {
          // The due query alone, once per size: on the embedded server it is most of the tick.
          const queryStarted = performance.now();
          const found = await new RequestsRepository(container, silentLog).findDue(tickAt, 1000);
          queryMs.push(performance.now() - queryStarted);
          if (found.length !== duePerTick)
            throw new Error(`expected ${duePerTick} due, the due query found ${found.length}`);
        }

        counter.reset();
        const started = performance.now();
        const report = await scheduler.tick(tickAt);
        tickMs.push(performance.now() - started);
        const counts = counter.snapshot();
        documents.push(counts.documentsReturned);
        requests.push({ total: counts.total, ...counts.byKind });
        sent.push(report.sent);
        if (report.sent !== duePerTick || report.errors > 0)
          throw new Error(`tick sent ${report.sent} of ${duePerTick} (${JSON.stringify(report)})`);
      }
      const medianOf = (kind: CosmosRequestKind | 'total') => median(requests.map((r) => r[kind]));
      results.push({
        storedRequests: storedAtFirstTick,
        due: duePerTick,
        ticks: ticksPerSize,
        tickMs: median(tickMs),
        dueQueryMs: median(queryMs),
        processingMs: median(tickMs) - median(queryMs),
        documentsReadPerTick: median(documents),
        requestsPerTick: {
          total: medianOf('total'),
          read: medianOf('read'),
          write: medianOf('write'),
          query: medianOf('query'),
          other: medianOf('other'),
        },
        sentPerTick: median(sent),
        seedSeconds,
        rssBytesAfterSeed: process.memoryUsage().rss,
      });
      log(
        `  ${storedAtFirstTick.toLocaleString('en-US')} stored: tick ${median(tickMs).toFixed(0)} ms, ${median(documents)} documents read`,
      );
    }
    return results;
  } finally {
    counter.stop();
    client.dispose();
    embedded.server.closeAllConnections();
    await new Promise((resolve) => embedded.server.close(resolve));
  }
}

function sizesFromEnv(): number[] {
  const text = process.env.REMINDER_BENCH_SIZES ?? defaultReminderBenchSizes;
  return text
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > duePerTick);
}

if (require.main === module) {
  runReminderTickBench(sizesFromEnv(), 3, (line) => process.stderr.write(`${line}\n`)).then(
    (results) => {
      if (process.send !== undefined) process.send({ results }, () => process.exit(0));
      else process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`reminder tick bench failed: ${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
