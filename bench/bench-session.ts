/**
 * One simulated user talking to a bot: sends messages and card clicks as
 * Teams would (expectReplies), records each turn's latency in a Recorder,
 * and counts a turn as an error when it is not a 200 with at least one reply,
 * or when the reply is the bot's "something went wrong" text.
 */
import { t } from '../src/i18n';
import { activityFrom, newUser, type UserContext } from '../test/helpers/bot-harness';
import type { TurnClient } from './turn-client';

export interface SessionReply {
  readonly activities: readonly Record<string, unknown>[];
  readonly cards: readonly Record<string, unknown>[];
}

/**
 * Where the bot would post proactively (reminders): the discard port on
 * loopback, so nothing a benchmark starts can reach the real Bot Connector.
 */
export const loopbackServiceUrl = 'http://127.0.0.1:9/';

/** A new simulated Teams user (own id and personal chat) whose service URL is loopback. */
export function benchUser(overrides: Partial<UserContext> = {}): UserContext {
  return newUser({ serviceUrl: loopbackServiceUrl, ...overrides });
}

const errorTexts = new Set(
  (['en', 'ko'] as const).flatMap((language) => [t(language, 'error.turn'), t(language, 'error.storage')]),
);

/** Collects latencies and errors, but only inside the measuring window. */
export class Recorder {
  private measuring = false;
  private windowStart = 0;
  private windowEnd = 0;
  readonly latencies: number[] = [];
  errors = 0;
  /** The first few error descriptions, for the report. */
  readonly errorSamples: string[] = [];

  begin(): void {
    this.latencies.length = 0;
    this.errors = 0;
    this.errorSamples.length = 0;
    this.windowStart = performance.now();
    this.measuring = true;
  }

  end(): void {
    this.measuring = false;
    this.windowEnd = performance.now();
  }

  get seconds(): number {
    return (this.windowEnd - this.windowStart) / 1000;
  }

  turn(ms: number): void {
    if (this.measuring) this.latencies.push(ms);
  }

  error(description: string): void {
    if (!this.measuring) return;
    this.errors++;
    if (this.errorSamples.length < 5) this.errorSamples.push(description);
  }
}

export function adaptiveCardsIn(activities: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return activities.flatMap((activity) =>
    ((activity.attachments as { contentType?: string; content?: Record<string, unknown> }[] | undefined) ?? [])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive' && a.content !== undefined)
      .map((a) => a.content!),
  );
}

export class BenchSession {
  constructor(
    private readonly client: TurnClient,
    private readonly recorder: Recorder,
    readonly user: UserContext,
  ) {}

  say(text: string): Promise<SessionReply> {
    return this.send({ type: 'message', text });
  }

  click(data: Record<string, unknown>): Promise<SessionReply> {
    return this.send({ type: 'message', value: data });
  }

  private async send(fields: Record<string, unknown>): Promise<SessionReply> {
    const result = await this.client.post(activityFrom(this.user, fields));
    this.recorder.turn(result.ms);
    const failed = result.activities.find((a) => typeof a.text === 'string' && errorTexts.has(a.text));
    if (result.status !== 200) this.recorder.error(`HTTP ${result.status}`);
    else if (result.activities.length === 0) this.recorder.error('no reply');
    else if (failed !== undefined) this.recorder.error(`bot replied: ${String(failed.text)}`);
    return { activities: result.activities, cards: adaptiveCardsIn(result.activities) };
  }
}
