/**
 * Composition root: config → store → adapter → bot → server → reminders.
 * Used by src/index.ts and by the end-to-end tests (port 0, embedded Cosmos).
 */
import type { Config } from './config';
import { EscalationBot } from './conversation/escalation-bot';
import { tenantAllowList } from './conversation/tenant-allow-list';
import type { Logger } from './log';
import { BotSender, defaultCallTimeoutMs } from './reminders/bot-sender';
import { getEscalationChannel, setEscalationChannel } from './reminders/escalation-channel';
import { ReminderScheduler } from './reminders/scheduler';
import { isLoopback } from './server/channel-authentication';
import { ConcurrentBotState } from './server/concurrent-bot-state';
import { connectorDeadline } from './server/connector-deadline';
import { createAdapter } from './server/create-adapter';
import { createHttpServer } from './server/http-server';
import { privateConversationStateKey, userStateKey } from './server/state-keys';
import { typingIndicator } from './server/typing-indicator';
import { type CosmosStore, openCosmosStore } from './store/cosmos-store';
import { FeedbackRepository } from './store/feedback-repository';
import { RequestsRepository } from './store/requests-repository';
import { StateRepository } from './store/state-repository';
import { Telemetry, type TelemetryProviders } from './telemetry';

export interface RunningApp {
  /** Base URL the server listens on, e.g. http://127.0.0.1:3978. */
  readonly url: string;
  readonly store: CosmosStore;
  readonly reminders: ReminderScheduler;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** The time source (tests pass a fast clock). */
  readonly now?: () => Date;
  /** Where traces and metrics go; default the global OpenTelemetry providers (Azure Monitor, set up in src/index.ts, or none). */
  readonly telemetry?: TelemetryProviders;
  /** How long a request body may take to arrive (tests pass a short one). */
  readonly bodyReadTimeoutMs?: number;
  /** How long one Bot Connector call may take (replies, updates, proactive posts). */
  readonly connectorTimeoutMs?: number;
}

export async function startApp(config: Config, log: Logger, options: AppOptions = {}): Promise<RunningApp> {
  const now = options.now ?? (() => new Date());
  const store = await openCosmosStore(config.cosmos, log);
  const telemetry = new Telemetry(options.telemetry).start();
  const requests = store.container('requests');
  const states = new StateRepository(store.container('state'), config.cosmos.stateTtlSeconds);
  const adapter = createAdapter(config.bot, log);
  const connectorTimeoutMs = options.connectorTimeoutMs ?? defaultCallTimeoutMs;
  adapter.use(connectorDeadline(connectorTimeoutMs));
  adapter.use(tenantAllowList(config.allowedTenantIds, log));
  adapter.use(typingIndicator(500, 2_500, log));
  const { enabled, policy: reminderPolicy, ...reminderSettings } = config.reminders;
  const sender = new BotSender(adapter, config.bot.appId ?? '', connectorTimeoutMs);
  const requestsRepository = new RequestsRepository(requests, log);
  const bot = new EscalationBot({
    privateConversationState: new ConcurrentBotState(states, privateConversationStateKey),
    userState: new ConcurrentBotState(states, userStateKey),
    feedback: new FeedbackRepository(store.container('feedback')),
    requests: requestsRepository,
    reminderPolicy,
    escalationChannels: {
      get: (tenantId) => getEscalationChannel(requestsRepository, tenantId),
      set: (tenantId, reference, change) => setEscalationChannel(requestsRepository, tenantId, reference, change),
    },
    sender,
    now,
    tenantHolidays: config.tenantHolidays,
    log,
  });
  const server = createHttpServer({
    adapter,
    logic: telemetry.logic((context) => bot.run(context)),
    ready: () => store.ping(),
    log,
    observeTurn: (activity, process, status) => telemetry.turn(activity, process, status),
    bodyReadTimeoutMs: options.bodyReadTimeoutMs,
  });
  const url = await server.listen(config.port, config.host);
  log.info({ url, authentication: config.bot.appId === undefined ? 'anonymous (local)' : 'jwt' }, 'listening');
  if (config.bot.appId === undefined && !isLoopback(config.host)) {
    log.warn(
      { host: config.host },
      'HOST opens anonymous mode to the network: anyone who reaches this port can talk to the bot without a token',
    );
  }

  const reminders = new ReminderScheduler({
    container: requests,
    sender,
    log,
    settings: reminderSettings,
    now,
    observer: telemetry.reminderObserver,
  });
  if (enabled) reminders.start();

  return {
    url,
    store,
    reminders,
    async stop() {
      await server.close(config.shutdownGraceMs);
      await reminders.stop(config.shutdownGraceMs);
      await store.close();
      telemetry.stop();
      log.info('stopped');
    },
  };
}
