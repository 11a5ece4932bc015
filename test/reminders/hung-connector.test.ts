/**
 * A connector that never answers. Every post has a
 * deadline inside the lease, so one hung conversation costs a tick one
 * deadline while the other requests are sent beside it, and stop() waits
 * for a hanging post no longer than that deadline, not its whole grace.
 */
import assert from 'node:assert/strict';
import type { Container } from '@azure/cosmos';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import { BotSender } from '../../src/reminders/bot-sender';
import { ReminderScheduler, type ReminderSchedulerOptions } from '../../src/reminders/scheduler';
import { ConnectorStandIn } from '../helpers/connector-stand-in';
import { silentLog } from '../helpers/log-capture';
import { TestCosmos } from '../helpers/test-cosmos';
import { conversationIdOf, filedRequest, load, store } from './fixtures';

const filedAt = new Date('2026-03-09T10:00:00Z');
const now = new Date('2026-03-09T11:30:00Z'); // due soon: 75 % of severity A's 2 h (R26)
const minute = 60_000;
const settings = {
  leaseMs: 60_000,
  backoffBaseMs: 5,
  backoffMaxMs: 20,
  retryLaterMs: 2 * minute,
  maxAttempts: 3,
  sendTimeoutMs: 300,
};

describe('a connector that never answers', function () {
  this.timeout(20_000);
  let cosmos: TestCosmos;
  let connector: ConnectorStandIn;
  let container: Container;

  before(async () => {
    cosmos = await TestCosmos.start();
    connector = await ConnectorStandIn.start(() => now);
  });
  after(async () => {
    await connector.stop();
    await cosmos.stop();
  });
  beforeEach(async () => {
    connector.answer(() => undefined);
    container = cosmos.container(await cosmos.freshContainer());
  });

  const scheduler = (overrides: Partial<ReminderSchedulerOptions> = {}) =>
    new ReminderScheduler({
      container,
      sender: new BotSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), ''),
      log: silentLog,
      now: () => now,
      settings,
      ...overrides,
    });

  async function given(): Promise<SupportRequest> {
    const request = filedRequest({ severity: 'A', supportLanguage: 'en', filedAt, serviceUrl: connector.serviceUrl });
    await store(container, [request]);
    return request;
  }

  it('one hung conversation costs one deadline: the others are sent in the same tick, and it is handed back', async () => {
    const stuck = await given();
    const others = await Promise.all(Array.from({ length: 5 }, () => given()));
    connector.answer((post) => (post.conversationId === conversationIdOf(stuck) ? { status: 'hang' } : undefined));
    const started = performance.now();
    const report = await scheduler().tick(now);
    const tookMs = performance.now() - started;
    assert.equal(report.sent, 5);
    assert.equal(report.retryLater, 1);
    assert.ok(tookMs < 3_000, `the tick took ${Math.round(tookMs)} ms`);
    for (const other of others) assert.equal(connector.postsTo(conversationIdOf(other)).length, 1);
    const handedBack = await load(container, stuck);
    assert.equal(handedBack.reminders.lease, undefined, 'the lease is released');
    assert.equal(
      handedBack.nextReminderAt,
      new Date(now.getTime() + 2 * minute).toISOString(),
      'tried again after retryLaterMs',
    );
    assert.equal(
      connector.faultsAnswered,
      1,
      'a post that got no answer is not repeated within the claim (it may have arrived)',
    );
  });

  it('stop() waits for a hanging post only until its deadline, not its whole grace, and the reminder is handed back', async () => {
    const stuck = await given();
    connector.answer(() => ({ status: 'hang' }));
    const running = scheduler({ settings: { ...settings, sendTimeoutMs: 500 } });
    running.start();
    await connector.waitFor(() => connector.faultsAnswered > 0, 5_000, 'the hanging post');
    const started = performance.now();
    await running.stop(10_000);
    const tookMs = performance.now() - started;
    assert.ok(tookMs < 2_000, `stop took ${Math.round(tookMs)} ms`);
    assert.equal((await load(container, stuck)).reminders.lease, undefined, 'handed back for another instance');
  });

  it('the duplicate window is the whole round trip: a post Teams received but never answered is posted again by the next claim (item 18)', async () => {
    const request = await given();
    connector.answer(() => ({ status: 'hang', received: true }));
    assert.equal((await scheduler().tick(now)).retryLater, 1);
    assert.equal(connector.postsTo(conversationIdOf(request)).length, 1, 'Teams has it, but the answer never came');
    connector.answer(() => undefined);
    const later = new Date(now.getTime() + 2 * minute);
    assert.equal((await scheduler({ now: () => later }).tick(later)).sent, 1);
    assert.equal(
      connector.postsTo(conversationIdOf(request)).length,
      2,
      'posted again: a duplicate rather than a lost reminder (delivery-record.ts)',
    );
    assert.equal((await load(container, request)).reminders.sent.length, 1, 'recorded once');
  });
});
