/**
 * Anonymous local mode (no app id) fails closed: it listens on loopback unless
 * HOST says otherwise (and then warns), and answers only activities whose
 * serviceUrl is on loopback or a host in ANONYMOUS_SERVICE_HOSTS, so a request
 * from anywhere cannot make the bot post to a URL of its choosing.
 */
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { TestBot, activityFrom, newUser } from '../helpers/bot-harness';
import { ConnectorStandIn } from '../helpers/connector-stand-in';
import { capturingLogger, warnLevel } from '../helpers/log-capture';

/** One of this machine's own addresses that is not loopback. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address !== undefined && !address.internal && address.family === 'IPv4')?.address;
}

describe('anonymous mode (no app id)', () => {
  it('listens on loopback by default, and on the network (with a warning) when HOST says so', async function () {
    const address = externalAddress();
    if (address === undefined) this.skip();
    for (const [env, open] of [
      [{}, false],
      [{ HOST: '0.0.0.0' }, true],
    ] as const) {
      const { log, lines } = capturingLogger('info');
      const app = await startApp(loadConfig({ PORT: '0', REMINDERS_ENABLED: 'false', ...env }), log);
      try {
        const { port } = new URL(app.url);
        const fromNetwork: number | string = await fetch(`http://${address}:${port}/healthz`).then(
          (r) => r.status,
          () => 'refused',
        );
        assert.equal(fromNetwork, open ? 200 : 'refused', JSON.stringify(env));
        const warning = lines.find((line) => line.level === warnLevel && /HOST/.test(line.msg));
        assert.equal(warning !== undefined, open, `a warning naming HOST for ${JSON.stringify(env)}`);
      } finally {
        await app.stop();
      }
    }
  });

  describe('outbound posts', () => {
    const address = externalAddress();
    let connector: ConnectorStandIn;
    before(async function () {
      if (address === undefined) this.skip();
      connector = await ConnectorStandIn.start(undefined, address);
    });
    after(() => connector?.stop());

    const helpFrom = (bot: TestBot) =>
      bot.post(
        activityFrom(newUser({ serviceUrl: connector.serviceUrl }), {
          type: 'message',
          text: 'help',
          deliveryMode: undefined,
        }),
      );

    it('refuses an activity whose serviceUrl is not on loopback, and posts nothing there', async () => {
      const bot = await TestBot.start();
      try {
        const reply = await helpFrom(bot);
        assert.equal(reply.status, 403);
      } finally {
        await bot.stop();
      }
      assert.equal(connector.requests, 0, 'nothing posted, up to the bot stopping');
    });

    it('answers there once ANONYMOUS_SERVICE_HOSTS lists the host', async () => {
      const bot = await TestBot.start({ ANONYMOUS_SERVICE_HOSTS: address! });
      try {
        const reply = await helpFrom(bot);
        assert.equal(reply.status, 200);
        await connector.waitFor(() => connector.posts.length > 0, 5_000, 'the help card');
      } finally {
        await bot.stop();
      }
    });
  });
});
