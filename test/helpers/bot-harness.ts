/**
 * Starts the real app (restify + CloudAdapter + embedded Cosmos) on a free
 * port and talks to it over HTTP like Teams does, with
 * deliveryMode "expectReplies" so replies come back in the response body.
 */
import { randomUUID } from 'node:crypto';
import { type AppOptions, type RunningApp, startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger, type Logger } from '../../src/log';
import { RequestsRepository } from '../../src/store/requests-repository';
import { cardsIn } from './card-check';
import { silentLog } from './log-capture';

export interface SentActivity {
  type?: string;
  text?: string;
  attachments?: { contentType?: string; content?: unknown }[];
  [key: string]: unknown;
}

export interface Reply {
  status: number;
  body: unknown;
  activities: SentActivity[];
  /** The replies' Adaptive Cards, each already checked by card-check. */
  cards: Record<string, unknown>[];
  /** The replies' plain texts, one per line. */
  text: string;
}

export interface UserContext {
  userId: string;
  userName: string;
  conversationId: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  tenantId: string;
  locale: string;
  /** Where the bot's own posts go (a connector stand-in for proactive messages). */
  serviceUrl?: string;
}

export function newUser(overrides: Partial<UserContext> = {}): UserContext {
  return {
    userId: `29:${randomUUID()}`,
    userName: 'Dana Agent',
    conversationId: `a:${randomUUID()}`,
    conversationType: 'personal',
    tenantId: randomUUID(),
    locale: 'en-US',
    ...overrides,
  };
}

const teamsServiceUrl = 'https://smba.trafficmanager.net/teams/';

export function activityFrom(user: UserContext, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: user.serviceUrl ?? teamsServiceUrl,
    timestamp: new Date().toISOString(),
    locale: user.locale,
    from: { id: user.userId, name: user.userName, aadObjectId: user.userId.slice(3) },
    recipient: { id: '28:escalation-advisor', name: 'Escalation Advisor' },
    conversation: { id: user.conversationId, conversationType: user.conversationType, tenantId: user.tenantId },
    channelData: { tenant: { id: user.tenantId } },
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

export class TestBot {
  private constructor(readonly app: RunningApp) {}

  /**
   * Reminders are off unless a test turns them on: it then ticks the scheduler itself.
   * The activities' default serviceUrl (Teams') is allowed in anonymous mode: with
   * deliveryMode "expectReplies" nothing is posted there.
   */
  static async start(env: Record<string, string> = {}, options: AppOptions = {}, log?: Logger): Promise<TestBot> {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      REMINDERS_ENABLED: 'false',
      ANONYMOUS_SERVICE_HOSTS: new URL(teamsServiceUrl).hostname,
      ...env,
    });
    return new TestBot(await startApp(config, log ?? createLogger(config.logLevel), options));
  }

  async post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Reply> {
    const response = await fetch(`${this.app.url}/api/messages`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const raw = await response.text();
    const parsed: unknown = raw === '' ? undefined : JSON.parse(raw);
    const activities = ((parsed as { activities?: SentActivity[] } | undefined)?.activities ?? []).filter(
      (a) => a.type !== 'typing',
    );
    const text = activities.map((activity) => activity.text ?? '').join('\n');
    return { status: response.status, body: parsed, activities, cards: cardsIn(activities), text };
  }

  /** A user message (text), as Teams sends it. */
  say(user: UserContext, text: string): Promise<Reply> {
    return this.post(activityFrom(user, { type: 'message', text }));
  }

  /** An Action.Submit click: Teams sends a message whose value is the button's data. */
  click(user: UserContext, data: Record<string, unknown>): Promise<Reply> {
    return this.post(activityFrom(user, { type: 'message', value: data }));
  }

  /** The bot's own requests, for tests that look at or prepare what it stores. */
  requests(): RequestsRepository {
    return new RequestsRepository(this.app.store.container('requests'), silentLog);
  }

  get(path: string): Promise<Response> {
    return fetch(`${this.app.url}${path}`);
  }

  stop(): Promise<void> {
    return this.app.stop();
  }
}
