/**
 * The one seam between the reminder scheduler and the Bot Connector: post an
 * activity into a stored conversation. The bot implements it with its
 * CloudAdapter (bot-sender.ts); tests can plug in anything.
 */
import { z } from 'zod';

/** The parts of a Bot Framework ConversationReference the scheduler reads; the rest travels untouched. */
export const conversationReferenceSchema = z
  .object({
    serviceUrl: z.string().min(1),
    channelId: z.string().optional(),
    conversation: z
      .object({ id: z.string().min(1), conversationType: z.string().optional(), tenantId: z.string().optional() })
      .loose(),
  })
  .loose();
export type ConversationReferenceRecord = z.infer<typeof conversationReferenceSchema>;

export interface OutgoingAttachment {
  readonly contentType: string;
  readonly content?: unknown;
}

export interface OutgoingActivity {
  readonly type: 'message';
  readonly attachments?: readonly OutgoingAttachment[];
  readonly text?: string;
  /** The notification preview text in Teams. */
  readonly summary?: string;
}

export interface SendOptions {
  /** Post as a reply to this activity. */
  readonly replyToId?: string;
  /** The call's deadline (default: the sender's); a call past it fails as `later`. */
  readonly timeoutMs?: number;
}

export interface ProactiveSender {
  /**
   * Post `activity` into the referenced conversation; with `replyToId`, as a
   * reply to that activity. Throws DeliveryError (or any error, treated as
   * transient) when the connector refuses it or does not answer in time.
   */
  send(
    reference: ConversationReferenceRecord,
    activity: OutgoingActivity,
    options?: SendOptions,
  ): Promise<{ activityId: string }>;
}

/** Updates a posted message in place, in the conversation where it was posted (whoever clicked, wherever). */
export interface MessageUpdater {
  /** Replace the message `activityId` in the referenced conversation; throws DeliveryError like `send`. */
  update(
    reference: ConversationReferenceRecord,
    activityId: string,
    activity: OutgoingActivity,
    options?: SendOptions,
  ): Promise<void>;
}

/** A refusal by the Bot Connector, reduced to what the retry decision needs. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    /** HTTP status; undefined for network faults. */
    readonly status: number | undefined,
    /** The connector's error code, e.g. ConversationBlockedByUser. */
    readonly code?: string,
    /** The connector's Retry-After, in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/**
 * - `retry`: 429, 5xx, 401, network — transient, retry with back-off (R27).
 * - `gone`: 403 (bot removed or blocked), 404 (conversation gone) — stop.
 * - `rejected`: 400/413 and a send the adapter refused to run — retrying the same activity cannot help.
 * - `later`: no answer in time — hand back at once, try in a later claim.
 */
export type FailureKind = 'retry' | 'gone' | 'rejected' | 'later';

export function failureKind(err: unknown): FailureKind {
  const status = err instanceof DeliveryError ? err.status : undefined;
  if (err instanceof DeliveryError && err.code === timeoutCode) return 'later';
  if (status === 403 || status === 404) return 'gone';
  if (status === 400 || status === 413 || status === notRunStatus) return 'rejected';
  return 'retry';
}

/**
 * The call ran out of time: the connector may still have posted it, so it is
 * not retried within the claim (a duplicate is possible, delivery-record.ts).
 */
export const timeoutCode = 'Timeout';

/** Pseudo status for "the adapter's middleware never ran our send" (e.g. a tenant allow-list). */
export const notRunStatus = 0;

/** `Retry-After` as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

export function describeFailure(err: unknown): string {
  if (err instanceof DeliveryError)
    return [err.status, err.code, err.message].filter((part) => part !== undefined && part !== '').join(' ');
  return err instanceof Error ? err.message : String(err);
}
