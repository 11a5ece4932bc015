/**
 * The baseline: a bare botbuilder bot on the same CloudAdapter (anonymous),
 * the same restify server (src/server) and the same machine, answering every
 * message with one small Adaptive Card and touching no storage. The turn
 * benchmark's ratios compare the real bot with this.
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Config } from '../src/config';
import type { Logger } from '../src/log';
import { createAdapter } from '../src/server/create-adapter';
import { createHttpServer } from '../src/server/http-server';

export interface RunningEchoBot {
  readonly url: string;
  stop(): Promise<void>;
}

function echoCard(text: string): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: `You said: ${text}`, wrap: true }],
    actions: [{ type: 'Action.Submit', title: 'Again', data: { echo: 'again' } }],
  };
}

async function echo(context: TurnContext): Promise<void> {
  if (context.activity.type !== 'message') return;
  const said = context.activity.text ?? JSON.stringify(context.activity.value ?? '');
  await context.sendActivity(
    MessageFactory.attachment({ contentType: 'application/vnd.microsoft.card.adaptive', content: echoCard(said.slice(0, 200)) }),
  );
}

export async function startEchoBot(config: Config, log: Logger): Promise<RunningEchoBot> {
  const adapter = createAdapter(config.bot, log);
  const server = createHttpServer({ adapter, logic: echo, ready: async () => true, log });
  const url = await server.listen(config.port, config.host);
  return { url, stop: () => server.close(config.shutdownGraceMs) };
}
