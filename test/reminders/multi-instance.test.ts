/**
 * R27 under load: two scheduler instances, each with its own Cosmos client
 * and CloudAdapter, on one embedded Cosmos database, and 500 due reminders.
 * Every reminder must reach the connector stand-in exactly once — also when
 * one instance dies mid-batch (its leases expire and the other takes over)
 * and when the connector answers 429 and 500 at random (seeded).
 */
import assert from 'node:assert/strict';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { BotSender } from '../../src/reminders/bot-sender';
import type { ProactiveSender } from '../../src/reminders/proactive-sender';
import { ReminderScheduler } from '../../src/reminders/scheduler';
import { ConnectorStandIn, type FaultRule } from '../helpers/connector-stand-in';
import { silentLog } from '../helpers/log-capture';
import { TestCosmos } from '../helpers/test-cosmos';
import { conversationIdOf, filedRequest, load, store } from './fixtures';

const reminderCount = 500;
const tenants = 20;
/**
 * Short, so a dead instance's claims come back quickly; longer than a busy
 * tick in this one CPU-bound process. A post gets no more than what is left
 * of its lease, so on a loaded machine (a claim and a record write taking
 * seconds) a shorter lease cuts posts off that then arrive twice.
 */
const leaseMs = 5_000;

/** mulberry32: a tiny seeded PRNG, so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sender that works until `kill()`, then never returns again: the process died mid-send. */
function killable(inner: ProactiveSender): ProactiveSender & { kill(): void; readonly sent: number } {
  let dead = false;
  let sent = 0;
  return {
    kill: () => (dead = true),
    get sent() {
      return sent;
    },
    async send(...args) {
      if (dead) return new Promise(() => undefined);
      const result = await inner.send(...args);
      sent++;
      return result;
    },
  };
}

interface Scenario {
  readonly name: string;
  readonly killAfter?: number;
  readonly faults?: { readonly seed: number; readonly throttled: number; readonly failed: number };
}

const scenarios: readonly Scenario[] = [
  { name: 'both instances healthy' },
  { name: 'one instance killed mid-batch (after 60 sends)', killAfter: 60 },
  {
    name: 'connector answers 429 (15 %) and 500 (10 %) at random, seed 7',
    faults: { seed: 7, throttled: 0.15, failed: 0.1 },
  },
  {
    name: 'killed mid-batch and random 429/500 together, seed 11',
    killAfter: 40,
    faults: { seed: 11, throttled: 0.15, failed: 0.1 },
  },
];

describe(`R27: ${reminderCount} due reminders, two instances, exactly once`, function () {
  this.timeout(60_000);
  let cosmos: TestCosmos;
  let connector: ConnectorStandIn;
  before(async () => {
    cosmos = await TestCosmos.start();
    connector = await ConnectorStandIn.start();
  });
  after(async () => {
    await connector.stop();
    await cosmos.stop();
  });

  for (const scenario of scenarios) {
    it(`R27: ${scenario.name} → every reminder delivered exactly once, none lost`, async () => {
      connector.posts.length = 0;
      connector.requests = 0;
      connector.faultsAnswered = 0;
      const random = seeded(scenario.faults?.seed ?? 1);
      const rule: FaultRule = () => {
        if (scenario.faults === undefined) return undefined;
        const roll = random();
        if (roll < scenario.faults.throttled) return { status: 429, retryAfterSeconds: 0 };
        return roll < scenario.faults.throttled + scenario.faults.failed ? { status: 500 } : undefined;
      };
      connector.answer(rule);

      const containerId = await cosmos.freshContainer();
      // Filed 100 min ago, severity A English: "due soon" (90 min) is due now, the breach (120 min) is not yet (R21, R26).
      const filedAt = new Date(Date.now() - 100 * 60_000);
      const requests = Array.from({ length: reminderCount }, (_, i) =>
        filedRequest({
          severity: 'A',
          supportLanguage: 'en',
          filedAt,
          tenantId: `tenant-${i % tenants}`,
          serviceUrl: connector.serviceUrl,
        }),
      );
      await store(cosmos.container(containerId), requests);

      const instance = (name: string) => {
        const sender = killable(new BotSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), ''));
        const scheduler = new ReminderScheduler({
          container: cosmos.container(containerId),
          sender,
          log: silentLog,
          instanceId: name,
          random: seeded(name.length),
          settings: {
            tickMs: 10,
            leaseMs,
            batchSize: 50,
            concurrency: 8,
            backoffBaseMs: 2,
            backoffMaxMs: 20,
            maxAttempts: 4,
            retryLaterMs: 50,
          },
        });
        return { sender, scheduler };
      };
      const [first, second] = [instance('instance-1'), instance('instance-22')];
      const started = performance.now();
      first.scheduler.start();
      second.scheduler.start();
      if (scenario.killAfter !== undefined) {
        await connector.waitFor(
          () => first.sender.sent >= scenario.killAfter!,
          20_000,
          'the first instance to get going',
        );
        first.sender.kill();
        void first.scheduler.stop(); // never resolves: its tick hangs in send, as a dead process would
      }
      const conversations = new Set(requests.map(conversationIdOf));
      const delivered = () => new Set(connector.posts.map((post) => post.conversationId)).size;
      await connector.waitFor(() => delivered() === conversations.size, 45_000, `${reminderCount} reminders`);
      const elapsedMs = performance.now() - started;
      // No waiting for a late duplicate: stop() lets the ticks under way post and record, and a
      // reminder that is recorded is never posted again. One posted but not recorded (the only
      // source of a late duplicate) fails "every request records its one reminder" below.
      await second.scheduler.stop();
      if (scenario.killAfter === undefined) await first.scheduler.stop();

      const perConversation = new Map<string, number>();
      for (const post of connector.posts)
        perConversation.set(post.conversationId, (perConversation.get(post.conversationId) ?? 0) + 1);
      const duplicates = [...perConversation].filter(([, count]) => count > 1);
      assert.deepEqual(duplicates, [], 'no reminder posted twice');
      assert.equal(connector.posts.length, reminderCount);
      assert.ok([...perConversation.keys()].every((id) => conversations.has(id)));

      const container = cosmos.container(containerId);
      const stored = await Promise.all(requests.map((request) => load(container, request)));
      const unrecorded = stored.filter(
        (request) => request.reminders.sent.length !== 1 || request.reminders.sent[0]!.seq !== 0,
      );
      assert.equal(unrecorded.length, 0, 'every request records its one reminder');
      const byPost = new Map(connector.posts.map((post) => [post.conversationId, post.activityId]));
      assert.ok(
        stored.every((request) => request.reminders.sent[0]!.activityId === byPost.get(conversationIdOf(request))),
      );
      if (scenario.killAfter === undefined) assert.ok(stored.every((request) => request.reminders.lease === undefined));

      process.stdout.write(
        `      ${Math.round(elapsedMs)} ms to deliver ${reminderCount}; posted by instance-1 ${first.sender.sent}, instance-22 ${second.sender.sent}; ` +
          `${connector.requests} connector requests, ${connector.faultsAnswered} answered 429/500\n`,
      );
    });
  }
});
