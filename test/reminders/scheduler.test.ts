import assert from 'node:assert/strict';
import type { Container, Items } from '@azure/cosmos';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import sinon from 'sinon';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import { BotSender } from '../../src/reminders/bot-sender';
import { deliveryRecordId } from '../../src/reminders/delivery-record';
import { getEscalationChannel, setEscalationChannel } from '../../src/reminders/escalation-channel';
import { ReminderScheduler, type ReminderSchedulerOptions } from '../../src/reminders/scheduler';
import { RequestsRepository } from '../../src/store/requests-repository';
import { ConnectorStandIn } from '../helpers/connector-stand-in';
import { silentLog } from '../helpers/log-capture';
import { TestCosmos } from '../helpers/test-cosmos';
import { conversationIdOf, filedRequest, load, type RequestSpec, store } from './fixtures';

const filedAt = new Date('2026-03-09T10:00:00Z');
const dueSoon = new Date('2026-03-09T11:30:00Z'); // severity A, English: 75 % of 2 h (R21, R26)
const breach = new Date('2026-03-09T12:00:00Z');
const minute = 60_000;

describe('reminder scheduler: claim → send → record on embedded Cosmos (R26, R27)', function () {
  this.timeout(20_000);
  let cosmos: TestCosmos;
  let connector: ConnectorStandIn;
  let container: Container;
  let containerId: string;
  let now: Date;
  const sender = () => new BotSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), '');

  before(async () => {
    cosmos = await TestCosmos.start();
    connector = await ConnectorStandIn.start(() => now);
  });
  after(async () => {
    await connector.stop();
    await cosmos.stop();
  });
  beforeEach(async () => {
    now = dueSoon;
    connector.answer(() => undefined);
    containerId = await cosmos.freshContainer();
    container = cosmos.container(containerId);
  });

  function scheduler(overrides: Partial<ReminderSchedulerOptions> = {}): ReminderScheduler {
    return new ReminderScheduler({
      container,
      sender: sender(),
      log: silentLog,
      now: () => now,
      settings: { leaseMs: 60_000, backoffBaseMs: 5, backoffMaxMs: 20, retryLaterMs: 2 * minute, maxAttempts: 3 },
      ...overrides,
    });
  }

  async function given(spec: Partial<RequestSpec> = {}): Promise<SupportRequest> {
    const request = filedRequest({
      severity: 'A',
      supportLanguage: 'en',
      filedAt,
      serviceUrl: connector.serviceUrl,
      ...spec,
    });
    await store(container, [request]);
    return request;
  }

  it('R26: posts the due reminder into the request conversation and records it (sent, lease released, next = breach)', async () => {
    const request = await given();
    const report = await scheduler().tick(now);
    assert.equal(report.sent, 1);
    const posts = connector.postsTo(conversationIdOf(request));
    assert.equal(posts.length, 1);
    const stored = await load(container, request);
    assert.deepEqual(
      stored.reminders.sent.map(({ kind, seq, activityId }) => ({ kind, seq, activityId })),
      [{ kind: 'due-soon', seq: 0, activityId: posts[0]!.activityId }],
    );
    assert.equal(stored.reminders.lease, undefined);
    assert.equal(stored.nextReminderAt, breach.toISOString());
    assert.equal(stored.reminders.nextKind, 'breached');
    assert.equal(stored.history.at(-1)?.action, 'reminded');
    assert.equal((await scheduler().tick(now)).due, 0, 'nothing due again at the same time');
  });

  it("R26: in a channel, replies in the request card's thread (conversation id ;messageid=<card>)", async () => {
    const request = await given({
      conversationId: '19:ops@thread.tacv2',
      conversationType: 'channel',
      cardActivityId: '1700000000042',
    });
    await scheduler().tick(now);
    assert.equal(connector.postsTo('19:ops@thread.tacv2;messageid=1700000000042').length, 1);
    assert.equal(
      (await load(container, request)).reminders.sent[0]?.conversationId,
      '19:ops@thread.tacv2;messageid=1700000000042',
    );
  });

  it('R26: a request created inside a channel thread keeps that thread', async () => {
    await given({
      conversationId: '19:ops@thread.tacv2;messageid=1699999999000',
      conversationType: 'channel',
      cardActivityId: '1700000000043',
    });
    await scheduler().tick(now);
    assert.equal(connector.postsTo('19:ops@thread.tacv2;messageid=1699999999000').length, 1);
  });

  it('R27: 429 and 500 are retried with back-off within the tick, then delivered once', async () => {
    const request = await given();
    const conversationId = conversationIdOf(request);
    let calls = 0;
    connector.answer((post) =>
      post.conversationId !== conversationId
        ? undefined
        : ++calls === 1
          ? { status: 429, retryAfterSeconds: 0 }
          : calls === 2
            ? { status: 500 }
            : undefined,
    );
    assert.equal((await scheduler().tick(now)).sent, 1);
    assert.equal(calls, 3);
    assert.equal(connector.postsTo(conversationId).length, 1);
  });

  it('R27: when the attempts of a claim are used up, the request is handed back with a retry time — and delivered then', async () => {
    const request = await given();
    const conversationId = conversationIdOf(request);
    connector.answer((post) => (post.conversationId === conversationId ? { status: 503 } : undefined));
    assert.equal((await scheduler().tick(now)).retryLater, 1);
    let stored = await load(container, request);
    assert.equal(stored.nextReminderAt, new Date(now.getTime() + 2 * minute).toISOString());
    assert.equal(stored.reminders.lease, undefined);
    assert.equal(stored.reminders.attempts, 1);
    const { resource: record } = await container
      .item(deliveryRecordId({ requestId: request.id, seq: 0, target: 'thread' }), request.tenantId)
      .read();
    assert.equal(record.state, 'failed');

    connector.answer(() => undefined);
    assert.equal((await scheduler().tick(new Date(now.getTime() + minute))).due, 0, 'not before the retry time');
    now = new Date(now.getTime() + 2 * minute);
    assert.equal((await scheduler().tick(now)).sent, 1);
    stored = await load(container, request);
    assert.equal(stored.reminders.sent.length, 1);
    assert.equal(stored.reminders.attempts, 0);
    assert.equal(connector.postsTo(conversationId).length, 1);
  });

  it('R27: 403 marks the request undeliverable, stops its reminders and is never tried again', async () => {
    const request = await given();
    const conversationId = conversationIdOf(request);
    let tries = 0;
    connector.answer((post) =>
      post.conversationId === conversationId
        ? (tries++, { status: 403, code: 'ConversationBlockedByUser' })
        : undefined,
    );
    assert.equal((await scheduler().tick(now)).undeliverable, 1);
    const stored = await load(container, request);
    assert.equal(stored.nextReminderAt, null);
    assert.equal(stored.reminders.undeliverable?.reason, '403 ConversationBlockedByUser stand-in answered 403');
    assert.equal(stored.history.at(-1)?.action, 'reminder-undeliverable');
    for (const later of [breach, new Date(breach.getTime() + 10 * 60 * minute)]) await scheduler().tick(later);
    assert.equal(tries, 1, 'one try, then never again');
  });

  it('R27: a claim held by a crashed instance is left alone until its lease expires, then another instance sends', async () => {
    const request = await given();
    let sending!: () => void;
    const claimed = new Promise<void>((resolve) => (sending = resolve));
    const hangs = () => (sending(), new Promise<never>(() => undefined));
    const crashed = scheduler({ instanceId: 'crashed', sender: { send: hangs } });
    void crashed.tick(now); // claims, then hangs in send for ever: a crash between claim and send
    await claimed;
    assert.equal((await load(container, request)).reminders.lease?.owner, 'crashed');
    const survivor = scheduler({ instanceId: 'survivor' });
    assert.equal((await survivor.tick(new Date(now.getTime() + 30_000))).due, 0, 'lease (60 s) still live');
    now = new Date(now.getTime() + 61_000);
    assert.equal((await survivor.tick(now)).sent, 1);
    assert.equal(connector.postsTo(conversationIdOf(request)).length, 1);
  });

  /**
   * A crash after the post: reproduced by letting an instance finish, then
   * putting the request back in its claimed, unrecorded state with the lease
   * expired — what the crashed holder would have left — and, for the window
   * case, the delivery record back to `sending`.
   */
  async function crashAfterPost(request: SupportRequest, record: 'sent' | 'sending'): Promise<void> {
    await scheduler({ instanceId: 'crashes' }).tick(now);
    const lease = { owner: 'crashes', expiresAt: new Date(now.getTime() - 1).toISOString() };
    const claimed = { ...request, reminders: { ...request.reminders, lease } };
    await container.item(request.id, request.tenantId).replace(claimed);
    if (record === 'sending') {
      const id = deliveryRecordId({ requestId: request.id, seq: 0, target: 'thread' });
      const { resource } = await container.item(id, request.tenantId).read();
      await container.item(id, request.tenantId).replace({ ...resource, state: 'sending', activityId: undefined });
    }
  }

  it('R27: a crash after the post and its delivery record → the takeover posts nothing and records the first post', async () => {
    const request = await given();
    await crashAfterPost(request, 'sent');
    assert.equal((await scheduler({ instanceId: 'takeover' }).tick(now)).sent, 1);
    const posts = connector.postsTo(conversationIdOf(request));
    assert.equal(posts.length, 1, 'still one card in Teams');
    assert.deepEqual(
      (await load(container, request)).reminders.sent.map((entry) => entry.activityId),
      [posts[0]!.activityId],
    );
  });

  it('R27 (the documented window): a crash between the post and its record → posted again, never lost', async () => {
    const request = await given();
    await crashAfterPost(request, 'sending');
    assert.equal((await scheduler({ instanceId: 'takeover' }).tick(now)).sent, 1);
    assert.equal(connector.postsTo(conversationIdOf(request)).length, 2, 'a duplicate is preferred to a lost reminder');
    assert.equal((await load(container, request)).reminders.sent.length, 1);
  });

  it('R27: two instances ticking at the same moment: exactly one claims (ETag), one card', async () => {
    const request = await given();
    const [one, two] = meetingAfterTheDueQuery([container, cosmos.container(containerId)]);
    const reports = await Promise.all([
      scheduler({ instanceId: 'one', container: one }).tick(now),
      scheduler({ instanceId: 'two', container: two }).tick(now),
    ]);
    assert.equal(
      reports.reduce((sum, report) => sum + report.sent, 0),
      1,
    );
    assert.equal(
      reports.reduce((sum, report) => sum + report.contended, 0),
      1,
    );
    assert.equal(connector.postsTo(conversationIdOf(request)).length, 1);
  });

  it('escalation channel: every reminder of the tenant also goes there as a new channel post', async () => {
    const request = await given();
    await setEscalationChannel(
      new RequestsRepository(container, silentLog),
      request.tenantId,
      {
        serviceUrl: connector.serviceUrl,
        channelId: 'msteams',
        bot: { id: '28:bot' },
        activityId: 'cmd-1',
        conversation: {
          id: '19:escalations@thread.tacv2;messageid=cmd-1',
          conversationType: 'channel',
          tenantId: request.tenantId,
        },
      },
      { now, setBy: { id: '29:lead', name: 'Lee' } },
    );
    assert.equal((await scheduler().tick(now)).sent, 1);
    assert.equal(connector.postsTo(conversationIdOf(request)).length, 1);
    const copies = connector.postsTo('19:escalations@thread.tacv2');
    assert.equal(copies.length, 1, 'a top-level post in the escalation channel, not in the command thread');
    assert.ok(JSON.stringify(copies[0]!.activity).includes('requested by Dana Agent'));
  });

  it('escalation channel: a 403 there marks the channel, and the request reminder still counts as sent', async () => {
    const request = await given();
    await setEscalationChannel(
      new RequestsRepository(container, silentLog),
      request.tenantId,
      {
        serviceUrl: connector.serviceUrl,
        bot: { id: '28:bot' },
        conversation: { id: '19:gone@thread.tacv2', conversationType: 'channel' },
      },
      { now },
    );
    connector.answer((post) =>
      post.conversationId === '19:gone@thread.tacv2' ? { status: 403, code: 'BotNotInConversationRoster' } : undefined,
    );
    assert.equal((await scheduler().tick(now)).sent, 1);
    assert.equal((await load(container, request)).reminders.sent.length, 1);
    assert.match(
      (await getEscalationChannel(new RequestsRepository(container, silentLog), request.tenantId))?.undeliverable
        ?.reason ?? '',
      /^403 BotNotInConversationRoster/,
    );
    await setEscalationChannel(new RequestsRepository(container, silentLog), request.tenantId, undefined, { now });
    assert.equal(await getEscalationChannel(new RequestsRepository(container, silentLog), request.tenantId), undefined);
  });

  it('an invalid stored document is taken out of the due set and logged, not retried for ever', async () => {
    const broken = {
      ...filedRequest({ severity: 'A', supportLanguage: 'en', filedAt }),
      status: 'filed',
      requestedBy: 'nobody',
    };
    await container.items.create(broken);
    await scheduler().tick(now);
    const { resource } = await container.item(broken.id, broken.tenantId).read();
    assert.equal(resource.nextReminderAt, null);
  });

  it('start()/stop(): ticks on its own every tickMs and stops cleanly', async () => {
    const request = await given();
    // A fake clock that runs along with real time, so that after stop() it can jump ahead at once.
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    try {
      const running = scheduler({ settings: { tickMs: 20 } });
      const ticks = sinon.spy(running, 'tick');
      running.start();
      await connector.waitFor(() => connector.postsTo(conversationIdOf(request)).length === 1, 5000);
      await running.stop();
      const ticked = ticks.callCount;
      now = breach;
      await clock.tickAsync(100);
      assert.equal(ticks.callCount, ticked, 'no tick after stop()');
      assert.equal(connector.postsTo(conversationIdOf(request)).length, 1, 'no post after stop()');
    } finally {
      clock.restore();
    }
  });
});

/**
 * The containers of instances that tick at the same moment, each holding its
 * query's answer until every instance has one: all see the request due before
 * any claims it, so the ETag has to decide (R27). Without this the database
 * thread may answer one instance's claim before the other's query.
 */
function meetingAfterTheDueQuery(containers: readonly Container[]): Container[] {
  let answered = 0;
  let allAnswered: () => void = () => {};
  const together = new Promise<void>((resolve) => (allAnswered = resolve));
  const query = (items: Items): Items['query'] =>
    ((...args: Parameters<Items['query']>) => {
      const iterator = items.query(...args);
      const fetchAll = async () => {
        const page = await iterator.fetchAll();
        if (++answered === containers.length) allAnswered();
        await together;
        return page;
      };
      return Object.assign(Object.create(iterator) as typeof iterator, { fetchAll });
    }) as Items['query'];
  return containers.map((container) => {
    const items = new Proxy(container.items, {
      get: (target, key, receiver) => (key === 'query' ? query(target) : Reflect.get(target, key, receiver)),
    });
    return new Proxy(container, {
      get: (target, key, receiver) => (key === 'items' ? items : Reflect.get(target, key, receiver)),
    });
  });
}
