/**
 * Composition root: config → store → adapter → bot → server. Used by
 * src/index.ts and by the end-to-end tests (port 0, embedded Cosmos).
 */
import { PrivateConversationState, UserState } from 'botbuilder';
import type { Config } from './config';
import { EscalationBot } from './conversation/escalation-bot';
import { tenantAllowList } from './conversation/tenant-allow-list';
import type { Logger } from './log';
import { createAdapter } from './server/create-adapter';
import { createHttpServer } from './server/http-server';
import { typingIndicator } from './server/typing-indicator';
import { CosmosBotStateStorage } from './store/bot-state-storage';
import { type CosmosStore, openCosmosStore } from './store/cosmos-store';
import { FeedbackRepository } from './store/feedback-repository';
import { RequestsRepository } from './store/requests-repository';

export interface RunningApp {
  /** Base URL the server listens on, e.g. http://127.0.0.1:3978. */
  readonly url: string;
  readonly store: CosmosStore;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** The time source (tests pass a fast clock). */
  readonly now?: () => Date;
}

export async function startApp(config: Config, log: Logger, options: AppOptions = {}): Promise<RunningApp> {
  const store = await openCosmosStore(config.cosmos, log);
  const storage = new CosmosBotStateStorage(store.container('state'));
  const adapter = createAdapter(config.bot, log);
  adapter.use(tenantAllowList(config.allowedTenantIds, log));
  adapter.use(typingIndicator(500, 2_500, log));
  const bot = new EscalationBot({
    privateConversationState: new PrivateConversationState(storage),
    userState: new UserState(storage),
    feedback: new FeedbackRepository(store.container('feedback')),
    requests: new RequestsRepository(store.container('requests'), log),
    now: options.now ?? (() => new Date()),
    log,
  });
  const server = createHttpServer({ adapter, logic: (context) => bot.run(context), ready: () => store.ping(), log });
  const url = await server.listen(config.port, config.host);
  log.info({ url, authentication: config.bot.appId === undefined ? 'anonymous (local)' : 'jwt' }, 'listening');

  return {
    url,
    store,
    async stop() {
      await server.close(config.shutdownGraceMs);
      await store.close();
      log.info('stopped');
    },
  };
}
