/**
 * A slow turn shows "typing…" in Teams: with replies going through the Bot
 * Connector (here a loopback stand-in), a turn slowed by a Cosmos outage sends
 * a typing activity before its answer, and nothing crashes afterwards. That
 * nothing is sent after the turn however long later is shown on a fake clock
 * in test/unit/typing-indicator.test.ts.
 */
import assert from 'node:assert/strict';
import { botAndConnector } from '../helpers/bot-and-connector';
import { activityFrom, newUser } from '../helpers/bot-harness';

describe('typing indicator', () => {
  const running = botAndConnector();

  it('sends typing before a slow answer, and none for a quick one', async () => {
    const user = newUser();
    const viaConnector = (text: string) =>
      running.bot.post(
        activityFrom(user, {
          type: 'message',
          text,
          deliveryMode: undefined,
          serviceUrl: running.connector.serviceUrl,
        }),
      );

    await viaConnector('help');
    assert.deepEqual(
      running.connector.posts.map((p) => p.activity.type),
      ['message'],
      'a quick turn: no typing',
    );

    await running.bot.app.store.embedded!.setReachable(false);
    try {
      await viaConnector('help');
    } finally {
      await running.bot.app.store.embedded!.setReachable(true);
    }
    const types = running.connector.posts.slice(1).map((p) => p.activity.type);
    assert.equal(types[0], 'typing');
    assert.equal(types.at(-1), 'message');
    assert.equal(
      running.connector.posts.slice(1).filter((p) => p.activity.type === 'message').length,
      1,
      'no stray sends after the turn',
    );
  });
});
