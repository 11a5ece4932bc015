/**
 * What a delivery leaves on the request (R26, R27), as pure changes applied
 * in a read-modify-write loop: the reminder sent, a permanent failure, or a
 * hand-back with a retry time. Each releases only this instance's lease.
 */
import { nextReminder, type PlannedReminder, type ReminderPolicy } from '../domain/reminders/reminder-plan';
import type { HistoryEntry, SupportRequest } from '../domain/requests/support-request';
import { withoutLease } from './claim';

/** Who the history names for automatic entries. */
export const schedulerPerson = { id: 'reminder-scheduler', name: 'Escalation Advisor' } as const;

export interface SentReminder {
  readonly at: Date;
  readonly activityId: string;
  readonly conversationId: string;
}

/** `nextReminderAt` and `nextKind` as the policy has them for this state. */
function rescheduled(request: SupportRequest, policy: ReminderPolicy): SupportRequest {
  const next = nextReminder(request, policy);
  const { nextKind: _old, ...reminders } = request.reminders;
  return {
    ...request,
    nextReminderAt: next?.at.toISOString() ?? null,
    reminders: next === undefined ? reminders : { ...reminders, nextKind: next.kind },
  };
}

function history(request: SupportRequest, entry: Omit<HistoryEntry, 'by'>): HistoryEntry[] {
  return [...request.history, { ...entry, by: { ...schedulerPerson } }];
}

/** Appends the sent reminder once per seq (a second recording of the same send changes nothing but the lease). */
export function recordSent(
  request: SupportRequest,
  reminder: PlannedReminder,
  sent: SentReminder,
  owner: string,
  policy: ReminderPolicy,
): SupportRequest {
  const released = withoutLease(request, owner);
  if (released.reminders.sent.some((entry) => entry.seq === reminder.seq)) return rescheduled(released, policy);
  const at = sent.at.toISOString();
  const entry = {
    kind: reminder.kind,
    seq: reminder.seq,
    at,
    activityId: sent.activityId,
    conversationId: sent.conversationId,
  };
  return rescheduled(
    {
      ...released,
      updatedAt: at,
      reminders: { ...released.reminders, sent: [...released.reminders.sent, entry], attempts: 0 },
      history: history(released, { at, action: 'reminded', to: reminder.kind }),
    },
    policy,
  );
}

/** 403/404 (or a rejected activity): stop for good and say why, for `status` (R27). */
export function recordUndeliverable(request: SupportRequest, reason: string, now: Date, owner: string): SupportRequest {
  const released = withoutLease(request, owner);
  const at = now.toISOString();
  return {
    ...released,
    updatedAt: at,
    nextReminderAt: null,
    reminders: { ...released.reminders, undeliverable: { at, reason } },
    history: history(released, { at, action: 'reminder-undeliverable', to: reason.slice(0, 200) }),
  };
}

/**
 * Transient failure: hand the request back with a near retry time, never
 * dropping it (R27). Undefined when the lease is no longer ours (another
 * instance took over and decides).
 */
export function recordRetryLater(request: SupportRequest, retryAt: Date, owner: string): SupportRequest | undefined {
  if (request.reminders.lease?.owner !== owner) return undefined;
  const released = withoutLease(request, owner);
  return {
    ...released,
    nextReminderAt: retryAt.toISOString(),
    reminders: { ...released.reminders, attempts: released.reminders.attempts + 1 },
  };
}

/** Claimed but nothing due any more (snoozed, responded meanwhile): release and recompute. */
export function recordNothingDue(request: SupportRequest, owner: string, policy: ReminderPolicy): SupportRequest {
  return rescheduled(withoutLease(request, owner), policy);
}
