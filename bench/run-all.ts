/**
 * `npm run bench`: the turn benchmark (the bot and the two baselines, echo
 * and stateful echo, each in its own child process, at 1, 10 and 50
 * concurrent users, measured in the same run), Cosmos requests per turn, the
 * servers' peak RSS and live heap, and the reminder tick cost at 1 000 /
 * 10 000 / 100 000 stored requests (another child), and the time to read a
 * 100 KB message.
 * Prints tables, checks the targets, saves JSON in bench/results/.
 *
 * Environment: BENCH_USERS (default "1,10,50"), BENCH_SECONDS per measured
 * window (8), BENCH_WARMUP_SECONDS (2), REMINDER_BENCH_SIZES
 * ("1000,10000,100000"; "" skips the reminder part).
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { measureReading, type ReaderMeasurement, readerTargetMs } from './reader-bench';
import { defaultReminderBenchSizes, type TickMeasurement } from './reminder-tick-bench';
import { formatNumber, machine, megabytes, saveResults, table, type TargetCheck, targetsTable } from './report';
import { ServerChild } from './server-child';
import { type ServerKind, serverKinds, type ServerStats } from './server-protocol';
import { measureTurns, type TurnMeasurement } from './turn-bench';

type ServerMemory = ServerStats & { readonly liveHeapBytes: number };

const maxRssBytes = 200 * 1024 * 1024;
const maxCosmosRequestsPerTurn = 3;
const initialWarmupMs = 3_000;

function numbersFromEnv(name: string, fallback: string): number[] {
  return (process.env[name] ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);
}

function secondsFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function runReminderBench(): Promise<TickMeasurement[]> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'reminder-tick-bench.js'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let results: TickMeasurement[] | undefined;
    child.on('message', (message) => (results = (message as { results: TickMeasurement[] }).results));
    child.on('exit', (code) =>
      results !== undefined ? resolve(results) : reject(new Error(`reminder tick bench exited (${code})`)),
    );
  });
}

function turnRows(measurements: readonly TurnMeasurement[]) {
  return measurements.map((m) => [
    m.target,
    m.concurrency,
    m.turns,
    m.turnsPerSecond,
    m.p50Ms,
    m.p95Ms,
    m.p99Ms,
    m.serverCpuMsPerTurn,
    m.target === 'echo' ? '–' : formatNumber(m.cosmosPerTurn.total, 2),
    m.errors,
  ]);
}

/** Each user count's bot ÷ echo ratios, and the stateful echo's, the floor any Cosmos-backed bot starts from. */
function ratioRows(measurements: readonly TurnMeasurement[], users: readonly number[]) {
  const at = (target: ServerKind, n: number) => measurements.find((m) => m.target === target && m.concurrency === n);
  return users.flatMap((n) => {
    const bot = at('bot', n);
    const echo = at('echo', n);
    const stateful = at('stateful-echo', n);
    if (bot === undefined || echo === undefined) return [];
    return [
      {
        users: n,
        throughput: bot.turnsPerSecond / echo.turnsPerSecond,
        p50: bot.p50Ms / echo.p50Ms,
        p99: bot.p99Ms / echo.p99Ms,
        statefulThroughput: stateful === undefined ? Number.NaN : stateful.turnsPerSecond / echo.turnsPerSecond,
        statefulP99: stateful === undefined ? Number.NaN : stateful.p99Ms / echo.p99Ms,
      },
    ];
  });
}

function targetChecks(
  measurements: readonly TurnMeasurement[],
  ratios: ReturnType<typeof ratioRows>,
  botStats: ServerMemory,
  ticks: readonly TickMeasurement[],
  reading: readonly ReaderMeasurement[],
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at = (n: number) => ratios.find((r) => r.users === n);
  const fifty = at(50);
  if (fifty !== undefined) {
    checks.push({
      name: 'throughput at 50 users',
      target: '≥ 50 % of echo',
      measured: `${formatNumber(fifty.throughput * 100, 0)} %`,
      pass: fifty.throughput >= 0.5,
    });
  }
  const ten = at(10);
  if (ten !== undefined)
    checks.push({
      name: 'p99 at 10 users',
      target: '≤ 3 × echo',
      measured: `${formatNumber(ten.p99, 1)} ×`,
      pass: ten.p99 <= 3,
    });
  const single = measurements.find((m) => m.target === 'bot' && m.concurrency === 1);
  if (single !== undefined)
    checks.push({
      name: 'single-user p50',
      target: '≤ 10 ms',
      measured: `${formatNumber(single.p50Ms, 2)} ms`,
      pass: single.p50Ms <= 10,
    });
  const bot = measurements.filter((m) => m.target === 'bot');
  const worstCosmos = Math.max(...bot.map((m) => m.cosmosPerTurn.total));
  checks.push({
    name: 'Cosmos requests per turn',
    target: `≤ ${maxCosmosRequestsPerTurn}`,
    measured: formatNumber(worstCosmos, 2),
    pass: worstCosmos <= maxCosmosRequestsPerTurn,
  });
  checks.push({
    name: 'bot peak RSS',
    target: '≤ 200 MB',
    measured: megabytes(botStats.peakRssBytes),
    pass: botStats.peakRssBytes <= maxRssBytes,
  });
  const errors = measurements.reduce((sum, m) => sum + m.errors, 0);
  checks.push({ name: 'turn errors', target: '0', measured: String(errors), pass: errors === 0 });
  if (ticks.length > 0) {
    const worst = Math.max(...ticks.map((t) => t.documentsReadPerTick / t.due));
    checks.push({
      name: 'reminder documents read per tick',
      target: '≈ due (≤ 1.1 ×), any size',
      measured: `${formatNumber(worst, 2)} × due`,
      pass: worst <= 1.1,
    });
  }
  const slowestRead = Math.max(...reading.map((r) => r.medianMs));
  checks.push({
    name: 'reading a 100 KB message',
    target: `< ${readerTargetMs} ms`,
    measured: `${formatNumber(slowestRead, 1)} ms`,
    pass: slowestRead < readerTargetMs,
  });
  return checks;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const users = numbersFromEnv('BENCH_USERS', '1,10,50');
  const timing = {
    warmupMs: secondsFromEnv('BENCH_WARMUP_SECONDS', 2) * 1000,
    measureMs: secondsFromEnv('BENCH_SECONDS', 8) * 1000,
  };
  const reminderSizes = numbersFromEnv('REMINDER_BENCH_SIZES', defaultReminderBenchSizes);
  process.stderr.write(
    `turn benchmark: ${users.join(', ')} users, ${timing.warmupMs / 1000} s warm-up + ${timing.measureMs / 1000} s measured each\n`,
  );

  const servers = await Promise.all(serverKinds.map((kind) => ServerChild.start(kind)));
  const measurements: TurnMeasurement[] = [];
  const memory = new Map<ServerKind, ServerMemory>();
  try {
    // One unmeasured round first, so the first measured level does not pay for JIT compilation.
    for (const server of servers) await measureTurns(server, 10, { warmupMs: initialWarmupMs, measureMs: 1 });
    // The servers back to back at each level, so all see the same machine state.
    for (const n of users) {
      for (const server of servers) {
        const m = await measureTurns(server, n, timing);
        measurements.push(m);
        process.stderr.write(
          `  ${server.kind} × ${n}: ${formatNumber(m.turnsPerSecond, 0)} turns/s, p50 ${formatNumber(m.p50Ms, 2)} ms, p99 ${formatNumber(m.p99Ms, 2)} ms, ${m.errors} errors\n`,
        );
      }
    }
    for (const server of servers)
      memory.set(server.kind, { ...(await server.stats()), liveHeapBytes: await server.liveHeapBytes() });
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  const botStats = memory.get('bot')!;

  let ticks: TickMeasurement[] = [];
  if (reminderSizes.length > 0) {
    process.stderr.write(`reminder tick benchmark: ${reminderSizes.join(', ')} stored requests, 100 due\n`);
    process.env.REMINDER_BENCH_SIZES = reminderSizes.join(',');
    ticks = await runReminderBench();
  }

  const reading = measureReading();
  const ratios = ratioRows(measurements, users);
  const checks = targetChecks(measurements, ratios, botStats, ticks, reading);
  const bot50 = measurements.filter((m) => m.target === 'bot').at(-1);
  const output = [
    table(
      'Turn cost (loopback HTTP, expectReplies; server in a child process)',
      [
        'server',
        'users',
        'turns',
        'turns/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'server CPU ms/turn',
        'Cosmos req/turn',
        'errors',
      ],
      turnRows(measurements),
    ),
    table(
      '÷ echo (stateful echo: one state read and write per turn, nothing else)',
      ['users', 'bot throughput', 'bot p50', 'bot p99', 'stateful echo throughput', 'stateful echo p99'],
      ratios.map((r) => [
        r.users,
        `${formatNumber(r.throughput * 100, 0)} %`,
        `${formatNumber(r.p50, 1)} ×`,
        `${formatNumber(r.p99, 1)} ×`,
        `${formatNumber(r.statefulThroughput * 100, 0)} %`,
        `${formatNumber(r.statefulP99, 1)} ×`,
      ]),
    ),
    bot50 === undefined
      ? ''
      : table(
          `Cosmos requests per turn (bot, ${bot50.concurrency} users)`,
          ['container:kind', 'per turn'],
          [
            ...Object.entries(bot50.cosmosByContainerAndKind).map(([key, count]) => [
              key,
              formatNumber(count / bot50.turns, 2),
            ]),
            ['total', formatNumber(bot50.cosmosPerTurn.total, 2)],
          ],
        ),
    bot50 === undefined
      ? ''
      : table(
          `Cosmos bytes per turn (bot, ${bot50.concurrency} users; bot-state = the state documents; Azure bills request units that grow with them)`,
          ['container', 'written B/turn', 'read B/turn'],
          [
            ...Object.entries(bot50.cosmosBytesPerTurn).map(([container, b]) => [
              container,
              formatNumber(b.written, 0),
              formatNumber(b.read, 0),
            ]),
          ],
        ),
    table(
      'Memory (child processes; for the bot and the stateful echo the embedded Cosmos runs on its own thread in the process, and heap figures are the main thread only)',
      ['server', 'peak RSS', 'RSS at end', 'heap used at end', 'heap after full GC'],
      [...memory].map(([kind, m]) => [
        kind,
        megabytes(m.peakRssBytes),
        megabytes(m.rssBytes),
        megabytes(m.heapUsedBytes),
        megabytes(m.liveHeapBytes),
      ]),
    ),
    ticks.length === 0
      ? ''
      : table(
          'Reminder tick (100 due, in-process sender stand-in)',
          [
            'stored',
            'tick ms',
            'due query ms',
            'rest of tick ms',
            'docs read',
            'reads',
            'writes',
            'queries',
            'other',
            'seed s',
            'RSS',
          ],
          ticks.map((t) => [
            t.storedRequests.toLocaleString('en-US'),
            t.tickMs,
            t.dueQueryMs,
            t.processingMs,
            t.documentsReadPerTick,
            t.requestsPerTick.read,
            t.requestsPerTick.write,
            t.requestsPerTick.query,
            t.requestsPerTick.other,
            t.seedSeconds,
            megabytes(t.rssBytesAfterSeed),
          ]),
        ),
    table(
      'Reading a 100 KB message of one repeated phrase (median of 5, after a warm-up)',
      ['phrase', 'ms'],
      reading.map((r) => [r.word, formatNumber(r.medianMs, 1)]),
    ),
    targetsTable(checks),
  ];
  process.stdout.write(`${output.filter((s) => s !== '').join('\n')}\n`);
  const file = saveResults(
    undefined,
    {
      startedAt,
      machine: machine(),
      settings: { users, ...timing, reminderSizes },
      turns: measurements,
      ratios,
      memory: Object.fromEntries(memory),
      reminderTicks: ticks,
      reading,
      targets: checks,
    },
    startedAt,
  );
  process.stdout.write(`\nsaved ${file}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`benchmark failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
