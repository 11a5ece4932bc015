/**
 * R26: which reminder a filed request gets next, and when. The sequence is
 * *due soon* (at a fraction of the response window), *breached* (at the
 * deadline), then *still waiting* follow-ups every so many window lengths,
 * all on the request's own clock (R24). Snoozing pushes the next reminder but
 * never past the breach notice.
 */
import { responseWindow, type ResponseWindow } from '../clock';
import type { ReminderKind, SupportRequest } from '../requests/support-request';
import { defaultReminderPolicy, type ReminderPolicy } from './reminder-policy';

export { defaultReminderPolicy, reminderPolicySchema, type ReminderPolicy } from './reminder-policy';

/** The policy the request was filed under (older documents: the default). */
export function policyOf(request: SupportRequest): ReminderPolicy {
  return request.reminders.policy ?? defaultReminderPolicy;
}

export interface PlannedReminder {
  readonly kind: ReminderKind;
  /** 0 = due soon, 1 = breached, 2… = still waiting: one idempotency key per (request, seq). */
  readonly seq: number;
  readonly at: Date;
}

/** The whole sequence for a window, before snoozes. */
export function reminderSchedule(window: ResponseWindow, policy: ReminderPolicy): PlannedReminder[] {
  const followUps = Array.from({ length: policy.maxFollowUps }, (_, i) => ({
    kind: 'still-waiting' as const,
    seq: i + 2,
    at: window.pointAt(1 + (i + 1) * policy.followUpEveryWindows),
  }));
  return [
    { kind: 'due-soon', seq: 0, at: window.pointAt(policy.dueSoonFraction) },
    { kind: 'breached', seq: 1, at: window.deadline },
    ...followUps,
  ];
}

/** The request's response window, when it has been filed with a known severity. */
export function windowOf(request: SupportRequest): ResponseWindow | undefined {
  const severity = request.assessment.severity;
  if (request.filedAt === undefined || severity === undefined) return undefined;
  return responseWindow(new Date(request.filedAt), severity, request.supportLanguage, request.calendar);
}

/**
 * The next reminder still to send, or undefined when none is left or none
 * applies. A permanent delivery failure (403/404, R27) stops the sequence
 * until whoever clears `reminders.undeliverable` (the bot is back) resumes it.
 */
export function nextReminder(
  request: SupportRequest,
  policy: ReminderPolicy = policyOf(request),
): PlannedReminder | undefined {
  const reminding = request.status === 'filed' && request.reminders.undeliverable === undefined;
  const window = reminding ? windowOf(request) : undefined;
  if (window === undefined) return undefined;
  const lastSent = Math.max(-1, ...request.reminders.sent.map((s) => s.seq));
  const snoozedUntil = request.reminders.snoozedUntil === undefined ? 0 : Date.parse(request.reminders.snoozedUntil);
  for (const planned of reminderSchedule(window, policy)) {
    if (planned.seq <= lastSent) continue;
    // The breach notice is never delayed; a snooze reaching past it drops "due soon".
    if (planned.kind === 'breached') return planned;
    const at = new Date(Math.max(planned.at.getTime(), snoozedUntil));
    if (planned.kind === 'due-soon' && at.getTime() >= window.deadline.getTime()) continue;
    return { ...planned, at };
  }
  return undefined;
}

/**
 * The reminder to post at `now`: the latest one already due. After downtime a
 * late tick posts "breached" rather than a stale "due soon" followed by it;
 * the skipped ones count as sent because `nextReminder` goes by the highest seq.
 */
export function dueReminder(
  request: SupportRequest,
  now: Date,
  policy: ReminderPolicy = policyOf(request),
): PlannedReminder | undefined {
  let due: PlannedReminder | undefined;
  let state = request;
  for (
    let next = nextReminder(state, policy);
    next !== undefined && next.at.getTime() <= now.getTime();
    next = nextReminder(state, policy)
  ) {
    due = next;
    const sent = [...state.reminders.sent, { kind: next.kind, seq: next.seq, at: next.at.toISOString() }];
    state = { ...state, reminders: { ...state.reminders, sent } };
  }
  return due;
}

/** The value of the indexed `nextReminderAt` field after any change to the request. */
export function nextReminderAt(request: SupportRequest, policy: ReminderPolicy = policyOf(request)): string | null {
  return nextReminder(request, policy)?.at.toISOString() ?? null;
}
