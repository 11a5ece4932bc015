/**
 * One reminder to one target (R27): open the idempotency record, wait for a
 * send slot in the thread, post, retry transient faults with back-off and
 * jitter (honouring Retry-After) while the lease lasts, and settle the record.
 * Every path ends in an outcome the scheduler writes down: nothing is dropped.
 */
import type { PlannedReminder } from '../domain/reminders/reminder-plan';
import type { SupportRequest } from '../domain/requests/support-request';
import type { Logger } from '../log';
import type { RequestsRepository } from '../store/requests-repository';
import { closeDeliveryRecord, type OpenRecord, openDeliveryRecord } from './delivery-record';
import {
  DeliveryError,
  describeFailure,
  failureKind,
  type OutgoingActivity,
  type ProactiveSender,
} from './proactive-sender';
import type { ReminderSettings } from './reminder-settings';
import type { ReminderTarget } from './reminder-targets';
import { retryDelay } from './retry';
import type { ThreadRateLimiter } from './thread-rate-limiter';

export interface DeliveryContext {
  readonly requests: RequestsRepository;
  readonly sender: ProactiveSender;
  readonly limiter: ThreadRateLimiter;
  readonly settings: ReminderSettings;
  readonly log: Logger;
  readonly owner: string;
  /**
   * Aborted when the scheduler stops: a wait (back-off, send slot) ends at
   * once and the reminder is handed back. A post under way is not cut off (it
   * may have arrived: cutting it off would invite a duplicate); its deadline
   * bounds it.
   */
  readonly signal: AbortSignal;
  now(): Date;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export type DeliveryOutcome =
  | { readonly kind: 'sent'; readonly activityId: string; readonly conversationId: string; readonly posted: boolean }
  | { readonly kind: 'undeliverable'; readonly reason: string }
  | { readonly kind: 'retry-later'; readonly afterMs: number; readonly reason: string };

export interface DeliveryJob {
  readonly request: SupportRequest;
  readonly reminder: PlannedReminder;
  readonly target: ReminderTarget;
  readonly activity: OutgoingActivity;
  /** Posts start only before this instant, so they finish inside the lease. */
  readonly sendBefore: Date;
  /** When the claim's lease ends: no post may outlast it. */
  readonly leaseEnds: Date;
}

async function settle(
  ctx: DeliveryContext,
  open: OpenRecord,
  outcome: DeliveryOutcome,
  job: DeliveryJob,
): Promise<DeliveryOutcome> {
  const close =
    outcome.kind === 'sent'
      ? { state: 'sent' as const, activityId: outcome.activityId, conversationId: outcome.conversationId }
      : { state: 'failed' as const, reason: outcome.reason };
  try {
    await closeDeliveryRecord(ctx.requests, open, close, ctx.now());
  } catch (err) {
    // The request's own record (written next) also prevents a second post of this seq.
    ctx.log.error(
      { err, requestId: job.request.id, seq: job.reminder.seq, target: job.target.name },
      'could not settle the reminder delivery record',
    );
  }
  return outcome;
}

export async function deliver(ctx: DeliveryContext, job: DeliveryJob): Promise<DeliveryOutcome> {
  const { request, reminder, target } = job;
  const where = {
    requestId: request.id,
    tenantId: request.tenantId,
    seq: reminder.seq,
    kind: reminder.kind,
    target: target.name,
  };
  const open = await openDeliveryRecord(
    ctx.requests,
    { tenantId: request.tenantId, requestId: request.id, seq: reminder.seq, kind: reminder.kind, target: target.name },
    ctx.owner,
    ctx.now(),
  );
  if (open === 'busy')
    return { kind: 'retry-later', afterMs: ctx.settings.retryLaterMs, reason: 'another instance is delivering it' };
  if (open.found === 'sent') {
    ctx.log.info(where, 'reminder was already delivered by an earlier holder; not posting again');
    return {
      kind: 'sent',
      activityId: open.record.activityId ?? '',
      conversationId: open.record.conversationId ?? '',
      posted: false,
    };
  }
  if (open.found === 'sending')
    ctx.log.warn(
      where,
      'an earlier holder may have posted this reminder before crashing; posting it again rather than risk losing it',
    );

  const stopping = () => settle(ctx, open, retryLater(ctx, 0, 'the scheduler is stopping'), job);
  let lastError: unknown;
  for (let attempt = 0; attempt < ctx.settings.maxAttempts; attempt++) {
    const budgetMs = job.sendBefore.getTime() - ctx.now().getTime();
    const backoffMs =
      attempt === 0
        ? 0
        : retryDelay(
            attempt - 1,
            { baseMs: ctx.settings.backoffBaseMs, maxMs: ctx.settings.backoffMaxMs },
            retryAfterOf(lastError),
            ctx.random,
          );
    if (backoffMs >= budgetMs)
      return settle(ctx, open, retryLater(ctx, backoffMs, lastError ?? 'the lease is nearly over'), job);
    const slotMs = ctx.limiter.reserve(target.threadKey, budgetMs - backoffMs);
    if (slotMs === undefined)
      return settle(ctx, open, retryLater(ctx, budgetMs, 'the thread is at its send limit'), job);
    const waitMs = Math.max(backoffMs, slotMs);
    if (waitMs > 0) await pause(ctx, waitMs);
    if (ctx.signal.aborted) return stopping();
    try {
      const leaseLeftMs = job.leaseEnds.getTime() - ctx.now().getTime();
      const call = { timeoutMs: Math.max(1, Math.min(ctx.settings.sendTimeoutMs, leaseLeftMs)) };
      const { activityId } = await ctx.sender.send(target.reference, job.activity, call);
      ctx.log.info({ ...where, activityId, attempts: attempt + 1 }, 'reminder posted');
      return settle(
        ctx,
        open,
        { kind: 'sent', activityId, conversationId: target.reference.conversation.id, posted: true },
        job,
      );
    } catch (err) {
      lastError = err;
      const kind = failureKind(err);
      ctx.log.warn({ ...where, attempt: attempt + 1, failure: describeFailure(err), kind }, 'reminder post failed');
      // No answer in time: the post may have arrived, so it is not repeated within this claim.
      if (kind === 'later') return settle(ctx, open, retryLater(ctx, 0, err), job);
      if (kind !== 'retry') return settle(ctx, open, { kind: 'undeliverable', reason: describeFailure(err) }, job);
    }
  }
  return settle(ctx, open, retryLater(ctx, retryAfterOf(lastError) ?? 0, lastError), job);
}

/** Waits `ms`, or less when the scheduler stops meanwhile. */
async function pause(ctx: DeliveryContext, ms: number): Promise<void> {
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    ctx.signal.addEventListener('abort', resolve as () => void, { once: true });
    stop = () => ctx.signal.removeEventListener('abort', resolve as () => void);
  });
  try {
    await Promise.race([ctx.sleep(ms), stopped]);
  } finally {
    stop();
  }
}

function retryAfterOf(err: unknown): number | undefined {
  return err instanceof DeliveryError ? err.retryAfterMs : undefined;
}

function retryLater(ctx: DeliveryContext, hintMs: number, cause: unknown): DeliveryOutcome {
  return {
    kind: 'retry-later',
    afterMs: Math.max(ctx.settings.retryLaterMs, hintMs),
    reason: typeof cause === 'string' ? cause : describeFailure(cause),
  };
}
