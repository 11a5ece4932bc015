/**
 * A turn's reply to a Bot Connector that never answers
 * fails within the call deadline instead of holding the turn (and the
 * HTTP request Teams is waiting on) for ever.
 */
import assert from 'node:assert/strict';
import { botAndConnector } from '../helpers/bot-and-connector';
import { activityFrom, newUser } from '../helpers/bot-harness';

describe('turn replies have a deadline', () => {
  const running = botAndConnector({ connectorTimeoutMs: 300 });

  it('a message whose reply hangs is answered within the deadline, and the next turn works', async () => {
    const user = newUser({ serviceUrl: running.connector.serviceUrl });
    running.connector.answer(() => ({ status: 'hang' }));
    const started = performance.now();
    const reply = await running.bot.post(
      activityFrom(user, { type: 'message', text: 'help', deliveryMode: undefined }),
    );
    const tookMs = performance.now() - started;
    assert.ok(tookMs < 3_000, `the turn took ${Math.round(tookMs)} ms`);
    assert.ok(reply.status >= 200, 'answered');
    running.connector.answer(() => undefined);
    const before = running.connector.posts.length;
    await running.bot.post(activityFrom(user, { type: 'message', text: 'help', deliveryMode: undefined }));
    assert.equal(running.connector.posts.length - before, 1, 'the help card is posted');
  });
});
