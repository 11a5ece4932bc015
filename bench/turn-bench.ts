/**
 * Turn cost: N concurrent simulated users against a server under test in a
 * child process. The bot's users play whole triages (a new user and
 * conversation each time); the echo bot's users send messages. After a
 * warm-up, one window is measured: turns/s, latency percentiles, errors, the
 * server's CPU per turn and (bot) its Cosmos requests per turn.
 */
import { BenchSession, benchUser, Recorder } from './bench-session';
import type { CosmosRequestCounts, CosmosRequestKind } from './cosmos-request-counter';
import { type LatencySummary, summarize } from './latency-stats';
import type { ServerChild } from './server-child';
import { playScriptedTriage, triageScripts } from './triage-scripts';
import { TurnClient } from './turn-client';

export interface PhaseTiming {
  readonly warmupMs: number;
  readonly measureMs: number;
}

export interface TurnMeasurement extends LatencySummary {
  readonly target: ServerChild['kind'];
  readonly concurrency: number;
  readonly errors: number;
  readonly errorSamples: readonly string[];
  /** The server process's user + system CPU per measured turn. */
  readonly serverCpuMsPerTurn: number;
  /** Cosmos requests per measured turn, by kind (zero for the plain echo). */
  readonly cosmosPerTurn: Record<CosmosRequestKind | 'total', number>;
  readonly cosmosByContainerAndKind: Record<string, number>;
  /** Cosmos request and response body bytes per measured turn, per container (bot-state: the state documents). */
  readonly cosmosBytesPerTurn: Record<string, { written: number; read: number }>;
  /** Triages that reached their summary card in the window (bot only). */
  readonly triagesCompleted: number;
  readonly unscriptedQuestions: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function perTurn(counts: CosmosRequestCounts, turns: number): TurnMeasurement['cosmosPerTurn'] {
  const per = (n: number) => (turns === 0 ? 0 : n / turns);
  return {
    total: per(counts.total),
    read: per(counts.byKind.read),
    write: per(counts.byKind.write),
    query: per(counts.byKind.query),
    other: per(counts.byKind.other),
  };
}

export async function measureTurns(
  server: ServerChild,
  concurrency: number,
  timing: PhaseTiming,
): Promise<TurnMeasurement> {
  const client = new TurnClient(server.url);
  const recorder = new Recorder();
  let running = true;
  let measuring = false;
  let triagesCompleted = 0;
  let unscriptedQuestions = 0;
  const keepGoing = () => running;

  const triageUser = async (index: number) => {
    for (let round = index; running; round++) {
      const script = triageScripts[round % triageScripts.length]!;
      const session = new BenchSession(client, recorder, benchUser({ locale: script.locale }));
      const outcome = await playScriptedTriage(session, script, keepGoing);
      if (!running) return;
      if (outcome.summary === undefined) recorder.error('triage ended without a summary card');
      else if (measuring) triagesCompleted++;
      if (measuring) unscriptedQuestions += outcome.unscripted;
    }
  };
  const echoUser = async () => {
    const session = new BenchSession(client, recorder, benchUser());
    for (let turn = 0; running; turn++) await session.say(`hello ${turn}`);
  };

  const users = Array.from({ length: concurrency }, (_, i) => (server.kind === 'bot' ? triageUser(i) : echoUser()));
  const failed = Promise.all(users).then(
    () => new Error('every simulated user stopped early'),
    (err: unknown) => err as Error,
  );
  const guard = async <T>(step: Promise<T>): Promise<T> => {
    const outcome = await Promise.race([step, failed]);
    if (outcome instanceof Error && running) throw outcome;
    return outcome as T;
  };

  try {
    await guard(sleep(timing.warmupMs));
    await guard(server.resetCounters());
    const before = await guard(server.stats());
    recorder.begin();
    measuring = true;
    await guard(sleep(timing.measureMs));
    recorder.end();
    measuring = false;
    const after = await guard(server.stats());
    running = false;
    await Promise.allSettled(users);

    const summary = summarize(recorder.latencies, recorder.seconds);
    return {
      ...summary,
      target: server.kind,
      concurrency,
      errors: recorder.errors,
      errorSamples: [...recorder.errorSamples],
      serverCpuMsPerTurn:
        summary.turns === 0 ? Number.NaN : (after.cpuMicros - before.cpuMicros) / 1000 / summary.turns,
      cosmosPerTurn: perTurn(after.cosmos, summary.turns),
      cosmosByContainerAndKind: after.cosmos.byContainerAndKind,
      cosmosBytesPerTurn: Object.fromEntries(
        Object.entries(after.cosmos.bytesByContainer).map(([container, b]) => [
          container,
          { written: b.written / summary.turns, read: b.read / summary.turns },
        ]),
      ),
      triagesCompleted,
      unscriptedQuestions,
    };
  } finally {
    running = false;
    await Promise.allSettled(users);
    client.close();
  }
}
