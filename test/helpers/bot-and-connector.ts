/**
 * The real bot and a loopback Bot Connector stand-in for one mocha suite:
 * started before its tests, stopped after them.
 */
import type { AppOptions } from '../../src/app';
import { TestBot } from './bot-harness';
import { ConnectorStandIn } from './connector-stand-in';

export interface BotAndConnector {
  readonly bot: TestBot;
  readonly connector: ConnectorStandIn;
}

/** Call inside `describe`; read the fields in tests (they are set before the first one runs). */
export function botAndConnector(options: AppOptions = {}): BotAndConnector {
  const running = {} as { bot: TestBot; connector: ConnectorStandIn };
  before(async () => {
    running.bot = await TestBot.start({}, options);
    running.connector = await ConnectorStandIn.start();
  });
  after(async () => {
    await running.bot.stop();
    await running.connector.stop();
  });
  return running;
}
