/**
 * The reminder scheduler inside the bot process (R26, R27). Every tick:
 * one indexed query for due, unleased, filed requests → claim each with an
 * ETag-conditional write (a 412 means another instance has it) → post the
 * reminder card into the request's thread (and the tenant's escalation
 * channel) → record it and compute the next one, again ETag-conditional.
 *
 * Several instances may run it at once: the claim decides who sends, the
 * lease hands a crashed instance's claims to the others once it expires, and
 * the per-(request, seq, target) delivery record keeps a takeover from posting
 * a card that was already posted (delivery-record.ts names the one window
 * left: a whole connector round trip, in which a crash or a post without an
 * answer before its deadline can lead to a second card).
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Container } from '@azure/cosmos';
import { dueReminder, policyOf, type PlannedReminder } from '../domain/reminders/reminder-plan';
import type { ReminderKind } from '../domain/requests/support-request';
import type { Logger } from '../log';
import { RequestsRepository, type StoredRequest } from '../store/requests-repository';
import { claimRequest } from './claim';
import { deliver, type DeliveryContext, type DeliveryOutcome } from './delivery';
import { type EscalationChannel, getEscalationChannel, markEscalationChannelUndeliverable } from './escalation-channel';
import type { ProactiveSender } from './proactive-sender';
import { recordNothingDue, recordRetryLater, recordSent, recordUndeliverable } from './record';
import { reminderActivity } from './reminder-activity';
import { type ReminderSettings, type ReminderSettingsInput, reminderSettingsSchema } from './reminder-settings';
import { escalationTarget, threadTarget } from './reminder-targets';
import { ThreadRateLimiter } from './thread-rate-limiter';

export interface ReminderSchedulerOptions {
  /** The `requests` container. */
  readonly container: Container;
  readonly sender: ProactiveSender;
  readonly log: Logger;
  readonly settings?: ReminderSettingsInput;
  /** Names this instance on its leases; default host:pid:random. */
  readonly instanceId?: string;
  /** The clock for due times and leases (tests run a fast one). */
  readonly now?: () => Date;
  /** Waits for back-off and send slots (real time). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Hears each tick's report and each reminder's recorded outcome (telemetry). */
  readonly observer?: ReminderObserver;
}

export interface ReminderObserver {
  tick(report: TickReport): void;
  reminder(kind: ReminderKind, outcome: 'sent' | 'undeliverable' | 'retryLater'): void;
}

export interface TickReport {
  /** Due requests the query returned. */
  due: number;
  /** Claimed by this instance. */
  claimed: number;
  /** Claim lost to another instance or a user's change (412). */
  contended: number;
  /** Reminders recorded as delivered (posted now, or found posted by an earlier holder). */
  sent: number;
  /** Claimed, but nothing was due any more. */
  nothingDue: number;
  undeliverable: number;
  retryLater: number;
  /** Unexpected errors (the lease expires and the next tick retries). */
  errors: number;
}

type Outcome = Exclude<keyof TickReport, 'due' | 'claimed'>;

const emptyReport = (): TickReport => ({
  due: 0,
  claimed: 0,
  contended: 0,
  sent: 0,
  nothingDue: 0,
  undeliverable: 0,
  retryLater: 0,
  errors: 0,
});

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export class ReminderScheduler {
  readonly instanceId: string;
  readonly settings: ReminderSettings;
  private readonly requests: RequestsRepository;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly delivery: DeliveryContext;
  private readonly observer: ReminderObserver | undefined;
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  /** Aborted by stop(); a fresh one for each start(). */
  private stopping = new AbortController();

  constructor(options: ReminderSchedulerOptions) {
    this.settings = reminderSettingsSchema.parse(options.settings ?? {});
    this.instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.log = options.log.child({ component: 'reminders', instance: this.instanceId });
    this.requests = new RequestsRepository(options.container, this.log);
    this.now = options.now ?? (() => new Date());
    this.observer = options.observer;
    this.delivery = {
      requests: this.requests,
      sender: options.sender,
      limiter: new ThreadRateLimiter(this.settings.threadLimits),
      settings: this.settings,
      log: this.log,
      owner: this.instanceId,
      signal: this.stopping.signal,
      now: this.now,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: options.random ?? Math.random,
    };
  }

  /**
   * Tick now and then every `tickMs` (at once again after a full batch).
   * Ticks never overlap; every post has a deadline inside the lease
   * (`sendTimeoutMs`), so one conversation that never answers holds a tick
   * for one deadline at most, while the other requests go on beside it.
   */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = new AbortController();
    this.schedule(0);
    this.log.info({ tickMs: this.settings.tickMs, leaseMs: this.settings.leaseMs }, 'reminder scheduler started');
  }

  /**
   * Stop ticking: reminders waiting for a send slot or a back-off are handed
   * back at once and no more are started; a post under way ends within its
   * deadline. Waits up to `graceMs` for that (claims not handed back by then
   * simply expire).
   */
  async stop(graceMs = Number.POSITIVE_INFINITY): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.stopping.abort();
    if (this.current === undefined) return;
    let timeout: NodeJS.Timeout | undefined;
    const grace = Number.isFinite(graceMs)
      ? new Promise<void>((resolve) => (timeout = setTimeout(resolve, graceMs)))
      : new Promise<void>(() => {});
    await Promise.race([this.current, grace]);
    clearTimeout(timeout);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      let again = this.settings.tickMs;
      this.current = this.tick()
        .then((report) => {
          if (report.due >= this.settings.batchSize && report.claimed > 0) again = 0;
        })
        .catch((err: unknown) => this.log.error({ err }, 'reminder tick failed'))
        .finally(() => {
          this.current = undefined;
          if (this.running) this.schedule(again);
        });
    }, delayMs);
    this.timer.unref();
  }

  /**
   * One pass: query, claim, deliver, record. An explicit `now` shifts this
   * tick's clock (leases, record times) by the same offset from `now()`.
   */
  async tick(now: Date = this.now()): Promise<TickReport> {
    const offsetMs = now.getTime() - this.now().getTime();
    const clock = offsetMs === 0 ? this.now : () => new Date(this.now().getTime() + offsetMs);
    const delivery: DeliveryContext = { ...this.delivery, now: clock, signal: this.stopping.signal };
    const report = emptyReport();
    const documents = await this.requests.findDue(now, this.settings.batchSize);
    report.due = documents.length;
    this.delivery.limiter.prune();
    const channels = new Map<string, Promise<EscalationChannel | undefined>>();
    const channelOf = (tenantId: string) => {
      let channel = channels.get(tenantId);
      if (channel === undefined) channels.set(tenantId, (channel = getEscalationChannel(this.requests, tenantId)));
      return channel;
    };
    // Instances that read the same batch start at different ends, so most claims do not collide.
    await forEachLimited(shuffled(documents, this.delivery.random), this.settings.concurrency, async (document) => {
      if (delivery.signal.aborted) return;
      try {
        const outcome = await this.process(delivery, document, now, channelOf, report);
        report[outcome]++;
      } catch (err) {
        report.errors++;
        this.log.error(
          { err, requestId: document.id },
          'reminder failed unexpectedly; its lease will expire and it is retried',
        );
      }
    });
    if (report.due > 0) this.log.info({ ...report }, 'reminder tick');
    this.observer?.tick(report);
    return report;
  }

  private async process(
    delivery: DeliveryContext,
    document: Record<string, unknown>,
    now: Date,
    channelOf: (tenantId: string) => Promise<EscalationChannel | undefined>,
    report: TickReport,
  ): Promise<Outcome> {
    const stored = this.validated(document);
    if (stored === undefined) return (await this.quarantine(document)) ? 'undeliverable' : 'contended';
    const claimed = await claimRequest(this.requests, stored, this.instanceId, now, this.settings.leaseMs);
    if (claimed === undefined) return 'contended';
    report.claimed++;
    const owner = this.instanceId;
    const policy = policyOf(claimed.request);
    const reminder = dueReminder(claimed.request, now, policy);
    if (reminder === undefined) {
      await this.requests.change(claimed, (request) => recordNothingDue(request, owner, policy));
      return 'nothingDue';
    }
    const thread = threadTarget(claimed.request);
    const record = (outcome: DeliveryOutcome) => this.recordOutcome(claimed, reminder, outcome, delivery.now());
    if ('invalid' in thread) return record({ kind: 'undeliverable', reason: thread.invalid });

    const leaseEnd = Date.parse(claimed.request.reminders.lease!.expiresAt);
    const job = {
      request: claimed.request,
      reminder,
      sendBefore: new Date(leaseEnd - this.settings.leaseMs / 4),
      leaseEnds: new Date(leaseEnd),
    };
    const posted = await deliver(delivery, {
      ...job,
      target: thread,
      activity: reminderActivity({ request: claimed.request, reminder, now, policy }),
    });
    if (posted.kind !== 'sent') return record(posted);

    const channel = await channelOf(claimed.request.tenantId);
    if (channel !== undefined && channel.undeliverable === undefined) {
      const copied = await deliver(delivery, {
        ...job,
        target: escalationTarget(channel.reference),
        activity: reminderActivity({ request: claimed.request, reminder, now, policy, audience: 'escalation' }),
      });
      // The channel's own failure must not hold back the request's reminders.
      if (copied.kind === 'undeliverable') {
        await markEscalationChannelUndeliverable(
          this.requests,
          claimed.request.tenantId,
          copied.reason,
          delivery.now(),
        );
      } else if (copied.kind === 'retry-later') {
        return record(copied);
      }
    }
    return record(posted);
  }

  private validated(document: Record<string, unknown>): StoredRequest | undefined {
    try {
      return this.requests.parse(document);
    } catch (err) {
      this.log.error(
        { err, requestId: document.id, tenantId: document.tenantId },
        'support request document is invalid',
      );
      return undefined;
    }
  }

  /**
   * An invalid document would sit at the head of the due query for ever:
   * take it out of the due set (nextReminderAt null), ETag-conditional, and
   * leave it for a person — logged above at error level, not dropped quietly.
   */
  private async quarantine(document: Record<string, unknown>): Promise<boolean> {
    try {
      return await this.requests.quarantine(document);
    } catch {
      return false;
    }
  }

  private async recordOutcome(
    claimed: StoredRequest,
    reminder: PlannedReminder,
    outcome: DeliveryOutcome,
    at: Date,
  ): Promise<Outcome> {
    const recorded = await this.record(claimed, reminder, outcome, at);
    this.observer?.reminder(reminder.kind, outcome.kind === 'retry-later' ? 'retryLater' : outcome.kind);
    return recorded;
  }

  private async record(
    claimed: StoredRequest,
    reminder: PlannedReminder,
    outcome: DeliveryOutcome,
    at: Date,
  ): Promise<Outcome> {
    const owner = this.instanceId;
    switch (outcome.kind) {
      case 'sent':
        await this.requests.change(claimed, (request) =>
          recordSent(
            request,
            reminder,
            { at, activityId: outcome.activityId, conversationId: outcome.conversationId },
            owner,
            policyOf(request),
          ),
        );
        return 'sent';
      case 'undeliverable':
        await this.requests.change(claimed, (request) => recordUndeliverable(request, outcome.reason, at, owner));
        this.log.warn({ requestId: claimed.request.id, reason: outcome.reason }, 'reminders stopped: undeliverable');
        return 'undeliverable';
      case 'retry-later':
        await this.requests.change(claimed, (request) =>
          recordRetryLater(request, new Date(at.getTime() + outcome.afterMs), owner),
        );
        return 'retryLater';
    }
  }
}
