/**
 * Issue 16 item 16 for turns: a reply to a Bot Connector that never answers
 * fails within the call deadline instead of holding the turn (and the
 * HTTP request Teams is waiting on) for ever.
 */
import assert from 'node:assert/strict';
import { TestBot, activityFrom, newUser } from '../helpers/bot-harness';
import { ConnectorStandIn } from '../helpers/connector-stand-in';

describe('turn replies have a deadline (issue 16, item 16)', () => {
  let bot: TestBot;
  let connector: ConnectorStandIn;
  before(async () => {
    bot = await TestBot.start({}, { connectorTimeoutMs: 300 });
    connector = await ConnectorStandIn.start();
  });
  after(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('a message whose reply hangs is answered within the deadline, and the next turn works', async () => {
    const user = newUser({ serviceUrl: connector.serviceUrl });
    connector.answer(() => ({ status: 'hang' }));
    const started = performance.now();
    const reply = await bot.post(activityFrom(user, { type: 'message', text: 'help', deliveryMode: undefined }));
    const tookMs = performance.now() - started;
    assert.ok(tookMs < 3_000, `the turn took ${Math.round(tookMs)} ms`);
    assert.ok(reply.status >= 200, 'answered');
    connector.answer(() => undefined);
    const before = connector.posts.length;
    await bot.post(activityFrom(user, { type: 'message', text: 'help', deliveryMode: undefined }));
    assert.equal(connector.posts.length - before, 1, 'the help card is posted');
  });
});
