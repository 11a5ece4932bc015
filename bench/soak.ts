/**
 * `npm run soak` (not part of npm test): mixed traffic against the bot in a
 * child process on loopback for SOAK_SECONDS (default 600) or SOAK_MAX_TURNS
 * turns (default 200 000), whichever comes first. A team of SOAK_TEAM users
 * (default 100, in personal chats, en and ko) is served by SOAK_USERS
 * concurrent workers (default 8): triages (half of them then "I've filed it"
 * with a service request number), questions, profile edits, help, status.
 *
 * Passes when: no turn failed; every request the bot acknowledged filing is
 * stored (read back through the bot's own Cosmos client); every user's last
 * saved profile is the stored one; RSS after warm-up grew less than 20 %.
 *
 * The embedded Cosmos server runs here, in the soak's process, as a database
 * would run apart from the bot in Azure: every filed request stays in its
 * memory, so in the bot's process it would make the bot's RSS grow with the
 * data (and V8 sizes its heap at a few times what it holds) and hide, or
 * fake, a leak. The bot's own live heap is reported too.
 */
import { randomUUID } from 'node:crypto';
import { exampleQuestionList } from '../src/domain/answers/example-questions';
import { t } from '../src/i18n';
import { EmbeddedCosmos, embeddedCosmosKey } from '../src/store/embedded-cosmos';
import type { UserContext } from '../test/helpers/bot-harness';
import { submitData } from '../test/helpers/triage-driver';
import { BenchSession, benchUser, Recorder } from './bench-session';
import { summarize } from './latency-stats';
import { formatNumber, machine, megabytes, saveResults, table, type TargetCheck, targetsTable } from './report';
import { ServerChild } from './server-child';
import { playScriptedTriage, triageScripts } from './triage-scripts';
import { TurnClient } from './turn-client';

const maxRssGrowth = 0.2;
const rssSampleMs = 5_000;

function whole(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

interface TeamMember {
  readonly user: UserContext;
  readonly language: 'en' | 'ko';
  /** What the soak last saved (or answered) as this user's CSP model. */
  cspModel: string | undefined;
}

type Action = 'triage' | 'question' | 'profile' | 'help' | 'status';
/** Roughly how a helpdesk team uses the bot. */
const actionWeights: readonly [Action, number][] = [
  ['triage', 50],
  ['question', 20],
  ['profile', 10],
  ['help', 10],
  ['status', 10],
];
const profileChoices = ['direct', 'indirect-reseller', 'indirect-provider'] as const;

function pickAction(random: number): Action {
  const total = actionWeights.reduce((sum, [, w]) => sum + w, 0);
  let left = random * total;
  for (const [action, weight] of actionWeights) {
    if ((left -= weight) < 0) return action;
  }
  return 'help';
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const startedAt = new Date();
  const seconds = whole('SOAK_SECONDS', 600);
  const warmupSeconds = whole('SOAK_WARMUP_SECONDS', Math.min(60, Math.ceil(seconds / 4)));
  const maxTurns = whole('SOAK_MAX_TURNS', 200_000);
  const workers = whole('SOAK_USERS', 8);
  const teamSize = Math.max(workers, whole('SOAK_TEAM', 100));
  process.stderr.write(
    `soak: ${seconds} s (${warmupSeconds} s warm-up), ${workers} concurrent, team of ${teamSize}, at most ${maxTurns} turns\n`,
  );

  const database = new EmbeddedCosmos();
  await database.start();
  const server = await ServerChild.start('bot', { COSMOS_ENDPOINT: database.endpoint, COSMOS_KEY: embeddedCosmosKey });
  const client = new TurnClient(server.url);
  const recorder = new Recorder();
  const tenants = Array.from({ length: Math.ceil(teamSize / 10) }, () => randomUUID());
  const team: TeamMember[] = Array.from({ length: teamSize }, (_, i) => {
    const language = i % 3 === 0 ? 'ko' : 'en';
    return {
      user: benchUser({ locale: language === 'ko' ? 'ko-KR' : 'en-US', tenantId: tenants[i % tenants.length]! }),
      language,
      cspModel: undefined,
    };
  });
  const counts: Record<Action | 'filed' | 'filedNotAcknowledged', number> = {
    triage: 0,
    question: 0,
    profile: 0,
    help: 0,
    status: 0,
    filed: 0,
    filedNotAcknowledged: 0,
  };
  const filedNumbers = new Set<string>();
  const notAcknowledged: string[] = [];
  let serial = 0;
  const deadline = Date.now() + seconds * 1000;
  const running = () => Date.now() < deadline && recorder.latencies.length < maxTurns;

  const act = async (member: TeamMember, action: Action, random: number) => {
    const session = new BenchSession(client, recorder, member.user);
    counts[action]++;
    switch (action) {
      case 'triage': {
        const scripts = triageScripts.filter((s) => s.locale === member.user.locale);
        const script = scripts[Math.floor(random * 1e6) % scripts.length]!;
        const outcome = await playScriptedTriage(session, script, running);
        if (outcome.summary === undefined) {
          if (running()) recorder.error('triage ended without a summary card');
          return;
        }
        // A new user is asked the profile; the script answers "direct".
        member.cspModel ??= script.answers.cspModel;
        const filed = submitData(outcome.summary, (d) => d.verb === 'triage.filed');
        if (filed === undefined || random < 0.5) return;
        const number = `26${String(++serial).padStart(14, '0')}`;
        const reply = await session.click({ ...filed, srNumber: number });
        counts.filed++;
        if (reply.cards.length > 0) filedNumbers.add(number);
        else {
          counts.filedNotAcknowledged++;
          if (notAcknowledged.length < 3) notAcknowledged.push(String(reply.activities[0]?.text ?? ''));
        }
        return;
      }
      case 'question': {
        const question = exampleQuestionList[Math.floor(random * 1e6) % exampleQuestionList.length]!;
        await session.say(question.text[member.language]);
        return;
      }
      case 'profile': {
        const cspModel = profileChoices[Math.floor(random * 1e6) % profileChoices.length]!;
        await session.say(member.language === 'ko' ? '프로필' : 'profile');
        const saved = await session.click({
          verb: 'profile.save',
          cspModel,
          role: 'admin-agent',
          supportLanguage: member.language,
        });
        if (saved.activities[0]?.text === t(member.language, 'profile.saved')) member.cspModel = cspModel;
        else recorder.error(`profile not saved: ${String(saved.activities[0]?.text)}`);
        return;
      }
      case 'help':
        await session.say(member.language === 'ko' ? '도움말' : 'help');
        return;
      case 'status':
        await session.say(member.language === 'ko' ? '상태' : 'status');
    }
  };

  const worker = async (index: number) => {
    const mine = team.filter((_, i) => i % workers === index);
    for (let round = 0; running(); round++) {
      const member = mine[round % mine.length]!;
      await act(member, pickAction(Math.random()), Math.random());
    }
  };

  const rss: { atSeconds: number; bytes: number }[] = [];
  const sampler = setInterval(() => {
    server.stats().then(
      (s) => rss.push({ atSeconds: (Date.now() - startedAt.getTime()) / 1000, bytes: s.rssBytes }),
      () => undefined,
    );
  }, rssSampleMs);

  // The heap still held after a full GC, at the end of warm-up and at the end: what grows there is kept, not garbage.
  let liveHeapAfterWarmup = Number.NaN;
  const warmedUp = setTimeout(() => {
    server.liveHeapBytes().then(
      (bytes) => (liveHeapAfterWarmup = bytes),
      () => undefined,
    );
  }, warmupSeconds * 1000);

  recorder.begin();
  let inventory;
  let peakRssBytes: number;
  let liveHeapAtEnd: number;
  try {
    await Promise.all(Array.from({ length: workers }, (_, i) => worker(i)));
    recorder.end();
    clearInterval(sampler);
    clearTimeout(warmedUp);
    liveHeapAtEnd = await server.liveHeapBytes();
    inventory = await server.inventory();
    peakRssBytes = (await server.stats()).peakRssBytes;
  } finally {
    clearInterval(sampler);
    clearTimeout(warmedUp);
    client.close();
    await server.stop();
    await database.stop();
  }

  const stored = new Set(inventory.supportRequests.map((r) => r.serviceRequestNumber));
  const lost = [...filedNumbers].filter((n) => !stored.has(n));
  // UserState keys are `<channel>/users/<user id>/`.
  const storedProfiles = new Map(inventory.profiles.map((p) => [p.key.replace(/\/$/, ''), p.cspModel]));
  const wrongProfiles = team.filter(
    (m) => m.cspModel !== undefined && storedProfiles.get(`msteams/users/${m.user.userId}`) !== m.cspModel,
  );
  const afterWarmup = rss.filter((s) => s.atSeconds >= warmupSeconds);
  const window = Math.max(1, Math.floor(afterWarmup.length / 4));
  const rssStart = median(afterWarmup.slice(0, window).map((s) => s.bytes));
  const rssEnd = median(afterWarmup.slice(-window).map((s) => s.bytes));
  const growth = rssEnd / rssStart - 1;
  const latency = summarize(recorder.latencies, recorder.seconds);

  const checks: TargetCheck[] = [
    { name: 'turn errors', target: '0', measured: String(recorder.errors), pass: recorder.errors === 0 },
    {
      name: 'filed requests stored',
      target: 'all acknowledged',
      measured:
        counts.filed === counts.filedNotAcknowledged
          ? 'requests feature not wired: none acknowledged'
          : `${filedNumbers.size - lost.length} / ${filedNumbers.size}`,
      pass: lost.length === 0,
    },
    {
      name: 'profiles as last saved',
      target: 'all',
      measured: `${team.filter((m) => m.cspModel !== undefined).length - wrongProfiles.length} / ${team.filter((m) => m.cspModel !== undefined).length}`,
      pass: wrongProfiles.length === 0,
    },
    {
      name: 'RSS growth after warm-up',
      target: '< 20 %',
      measured: `${formatNumber(growth * 100, 1)} % (${megabytes(rssStart)} → ${megabytes(rssEnd)})`,
      pass: afterWarmup.length >= 2 && growth < maxRssGrowth,
    },
  ];
  process.stdout.write(
    [
      table(
        'Soak traffic',
        ['turns', 'seconds', 'turns/s', 'p50 ms', 'p99 ms', 'max ms', 'errors'],
        [
          [
            latency.turns,
            latency.seconds,
            latency.turnsPerSecond,
            latency.p50Ms,
            latency.p99Ms,
            latency.maxMs,
            recorder.errors,
          ],
        ],
      ),
      table(
        'Actions',
        ['action', 'count'],
        Object.entries(counts).map(([action, count]) => [action, count]),
      ),
      table(
        'Stored at the end',
        ['what', 'count'],
        [
          ['state documents', inventory.stateDocuments],
          ['support requests', inventory.supportRequests.length],
        ],
      ),
      table(
        'Bot memory',
        ['', 'after warm-up', 'at the end'],
        [
          ['RSS (median of the first and last quarter)', megabytes(rssStart), megabytes(rssEnd)],
          ['heap after a full GC', megabytes(liveHeapAfterWarmup), megabytes(liveHeapAtEnd)],
          ['peak RSS', '', megabytes(peakRssBytes)],
        ],
      ),
      targetsTable(checks),
    ].join('\n') + '\n',
  );
  if (recorder.errorSamples.length > 0)
    process.stdout.write(`\nfirst errors:\n  ${recorder.errorSamples.join('\n  ')}\n`);
  if (notAcknowledged.length > 0)
    process.stdout.write(`\n"I've filed it" not acknowledged with a card, e.g.: ${notAcknowledged.join(' | ')}\n`);
  const file = saveResults(
    'soak',
    {
      startedAt,
      machine: machine(),
      settings: { seconds, warmupSeconds, maxTurns, workers, teamSize },
      latency,
      errors: recorder.errors,
      errorSamples: recorder.errorSamples,
      counts,
      lostRequests: lost,
      wrongProfiles: wrongProfiles.map((m) => m.user.userId),
      rss,
      peakRssBytes,
      rssGrowth: growth,
      liveHeapBytes: { afterWarmup: liveHeapAfterWarmup, atEnd: liveHeapAtEnd },
      targets: checks,
    },
    startedAt,
  );
  process.stdout.write(`\nsaved ${file}\n`);
  process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`soak failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
