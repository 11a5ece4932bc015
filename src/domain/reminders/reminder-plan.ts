/**
 * R26: which reminder a filed request gets next, and when. The sequence is
 * *due soon* (at a fraction of the response window), *breached* (at the
 * deadline), then *still waiting* follow-ups every so many window lengths,
 * all on the request's own clock (R24). Snoozing pushes the next reminder but
 * never past the breach notice.
 */
import { z } from 'zod';
import { responseWindow, type ResponseWindow } from '../clock';
import type { ReminderKind, SupportRequest } from '../requests/support-request';

export const reminderPolicySchema = z.object({
  /** Due soon at this fraction of the window (0 < f < 1). */
  dueSoonFraction: z.number().gt(0).lt(1).default(0.75),
  /** Still-waiting follow-ups every this many window lengths after the deadline. */
  followUpEveryWindows: z.number().positive().default(1),
  maxFollowUps: z.number().int().nonnegative().default(3),
});
export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;
export const defaultReminderPolicy: ReminderPolicy = reminderPolicySchema.parse({});

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

/** The next reminder still to send, or undefined when none is left or none applies. */
export function nextReminder(request: SupportRequest, policy: ReminderPolicy = defaultReminderPolicy): PlannedReminder | undefined {
  const window = request.status === 'filed' ? windowOf(request) : undefined;
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

/** The value of the indexed `nextReminderAt` field after any change to the request. */
export function nextReminderAt(request: SupportRequest, policy: ReminderPolicy = defaultReminderPolicy): string | null {
  return nextReminder(request, policy)?.at.toISOString() ?? null;
}
