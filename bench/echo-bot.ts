/**
 * The baselines: a bare botbuilder bot on the same CloudAdapter (anonymous),
 * the same restify server (src/server) and the same machine, answering every
 * message with one small Adaptive Card. The plain echo touches no storage;
 * the stateful echo also reads and writes one conversation-state document per
 * turn through the bot's own state storage and embedded Cosmos — the least
 * any bot that keeps its state in Cosmos (and caches none of it) must do.
 * The turn benchmark's ratios compare the real bot with both.
 */
import { ConversationState, MessageFactory, type TurnContext } from 'botbuilder';
import type { Config } from '../src/config';
import type { Logger } from '../src/log';
import { CosmosBotStateStorage } from '../src/server/bot-state-storage';
import { createAdapter } from '../src/server/create-adapter';
import { createHttpServer } from '../src/server/http-server';
import { openCosmosStore } from '../src/store/cosmos-store';
import { StateRepository } from '../src/store/state-repository';

export interface RunningEchoBot {
  readonly url: string;
  stop(): Promise<void>;
}

function echoCard(text: string, turn: number): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: `You said (${turn}): ${text}`, wrap: true }],
    actions: [{ type: 'Action.Submit', title: 'Again', data: { echo: 'again' } }],
  };
}

async function echo(context: TurnContext, turn = 1): Promise<void> {
  if (context.activity.type !== 'message') return;
  const said = context.activity.text ?? JSON.stringify(context.activity.value ?? '');
  await context.sendActivity(
    MessageFactory.attachment({
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: echoCard(said.slice(0, 200), turn),
    }),
  );
}

/** Counts the conversation's turns in its state document: one read and one write per turn. */
function statefulEcho(state: ConversationState): (context: TurnContext) => Promise<void> {
  const turns = state.createProperty<number>('turns');
  return async (context) => {
    const turn = (await turns.get(context, 0)) + 1;
    await turns.set(context, turn);
    await echo(context, turn);
    await state.saveChanges(context);
  };
}

export async function startEchoBot(
  config: Config,
  log: Logger,
  options: { stateful: boolean },
): Promise<RunningEchoBot> {
  const store = options.stateful ? await openCosmosStore(config.cosmos, log) : undefined;
  const logic =
    store === undefined
      ? (context: TurnContext) => echo(context)
      : statefulEcho(
          new ConversationState(
            new CosmosBotStateStorage(new StateRepository(store.container('state'), config.cosmos.stateTtlSeconds)),
          ),
        );
  const adapter = createAdapter(config.bot, log);
  const server = createHttpServer({ adapter, logic, ready: async () => true, log });
  const url = await server.listen(config.port, config.host);
  return {
    url,
    async stop() {
      await server.close(config.shutdownGraceMs);
      await store?.close();
    },
  };
}
