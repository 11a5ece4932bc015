/**
 * A slow turn shows "typing…" in Teams: with replies going through the Bot
 * Connector (here a loopback stand-in), a turn slowed by a Cosmos outage sends
 * a typing activity before its answer, and nothing crashes afterwards.
 */
import assert from 'node:assert/strict';
import { TestBot, activityFrom, newUser } from '../helpers/bot-harness';
import { ConnectorStandIn } from '../helpers/connector-stand-in';

describe('typing indicator', () => {
  let bot: TestBot;
  let connector: ConnectorStandIn;
  before(async () => {
    bot = await TestBot.start();
    connector = await ConnectorStandIn.start();
  });
  after(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('sends typing before a slow answer, and none for a quick one', async () => {
    const user = newUser();
    const viaConnector = (text: string) =>
      bot.post(activityFrom(user, { type: 'message', text, deliveryMode: undefined, serviceUrl: connector.serviceUrl }));

    await viaConnector('help');
    assert.deepEqual(connector.posts.map((p) => p.activity.type), ['message'], 'a quick turn: no typing');

    await bot.app.store.embedded!.setReachable(false);
    try {
      await viaConnector('help');
    } finally {
      await bot.app.store.embedded!.setReachable(true);
    }
    const types = connector.posts.slice(1).map((p) => p.activity.type);
    assert.equal(types[0], 'typing');
    assert.equal(types.at(-1), 'message');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    assert.equal(connector.posts.slice(1).filter((p) => p.activity.type === 'message').length, 1, 'no stray sends after the turn');
  });
});
