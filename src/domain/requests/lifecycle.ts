/**
 * How a tracked support request moves: draft → filed → responded →
 * resolved, or cancelled from any status before resolved. Each change is
 * pure: it takes the person and the time, appends one history entry per fact
 * that changed, and recomputes the indexed `nextReminderAt` (R26).
 */
import { deadline } from '../clock';
import { nextReminderAt } from '../reminders/reminder-plan';
import type { Severity } from '../severity';
import type { HistoryEntry, Person, RequestStatus, SupportRequest } from './support-request';

/** The severities a user can raise to (R21: A/B/C only; non break-fix is not on that scale). */
export type RaisableSeverity = 'A' | 'B' | 'C';

export type RequestChange =
  /** "I've filed it" (R26), optionally with the service request number. */
  | { readonly kind: 'file'; readonly serviceRequestNumber?: string }
  | { readonly kind: 'responded' }
  | { readonly kind: 'resolved' }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'raiseSeverity'; readonly severity: RaisableSeverity }
  /** Add or change the number; on a draft it also files it (a number proves it was filed). */
  | { readonly kind: 'setNumber'; readonly number: string }
  | { readonly kind: 'snooze'; readonly minutes: 30 | 60 };

export type ChangeKind = RequestChange['kind'];

/** Statuses still worth showing in `status`: not resolved, not cancelled. */
export const activeStatuses: readonly RequestStatus[] = ['draft', 'filed', 'responded'];

/** The statuses each change may start from. */
const allowedFrom: Record<ChangeKind, readonly RequestStatus[]> = {
  file: ['draft'],
  responded: ['filed'],
  // Microsoft may answer and fix it at once: resolved straight from filed is fine.
  resolved: ['filed', 'responded'],
  cancel: ['draft', 'filed', 'responded'],
  raiseSeverity: ['draft', 'filed', 'responded'],
  setNumber: ['draft', 'filed', 'responded'],
  // Reminders run only while Microsoft's first answer is awaited (R26).
  snooze: ['filed'],
};

/** Why a change does not apply to the request as it is now. */
export type Rejection =
  | { readonly code: 'status'; readonly status: RequestStatus }
  | { readonly code: 'severity-not-higher'; readonly current: Severity | undefined }
  | { readonly code: 'same-number'; readonly number: string };

export type ChangeResult =
  { readonly ok: true; readonly request: SupportRequest } | { readonly ok: false; readonly rejection: Rejection };

const rank: Record<RaisableSeverity, number> = { C: 1, B: 2, A: 3 };
const highestFirst: readonly RaisableSeverity[] = ['A', 'B', 'C'];

/** R21: the severities above the current one, highest first; none for non break-fix. */
export function raisableSeverities(current: Severity | undefined): RaisableSeverity[] {
  if (current === 'non-break-fix') return [];
  const floor = current === undefined ? 0 : rank[current];
  return highestFirst.filter((severity) => rank[severity] > floor);
}

/** Whether `kind` can be offered on the request's card right now. */
export function canApply(request: SupportRequest, kind: ChangeKind): boolean {
  if (!allowedFrom[kind].includes(request.status)) return false;
  return kind !== 'raiseSeverity' || raisableSeverities(request.assessment.severity).length > 0;
}

/** The initial-response deadline for a clock started at `start` (R21, R22, R24); none while severity is unknown. */
function deadlineFrom(request: SupportRequest, start: Date): string | undefined {
  const severity = request.assessment.severity;
  if (severity === undefined) return undefined;
  return deadline(start, severity, request.supportLanguage, request.calendar).toISOString();
}

type Entry = Omit<HistoryEntry, 'at' | 'by'>;

/** The request with `patch` applied, one history entry per item of `entries`, and the derived fields recomputed. */
function record(
  request: SupportRequest,
  patch: Partial<SupportRequest>,
  entries: readonly Entry[],
  by: Person,
  now: Date,
): SupportRequest {
  const at = now.toISOString();
  const next: SupportRequest = {
    ...request,
    ...patch,
    history: [...request.history, ...entries.map((entry) => ({ at, by, ...entry }))],
    updatedAt: at,
  };
  return { ...next, nextReminderAt: nextReminderAt(next) };
}

const statusEntry = (request: SupportRequest, to: RequestStatus): Entry => ({ action: to, from: request.status, to });

/** The plain status moves: the new status, and the timestamp field it sets. */
const statusMoves = {
  responded: { to: 'responded', stamp: 'respondedAt' },
  resolved: { to: 'resolved', stamp: 'resolvedAt' },
  cancel: { to: 'cancelled', stamp: undefined },
} as const satisfies Record<string, { to: RequestStatus; stamp: keyof SupportRequest | undefined }>;

function move(request: SupportRequest, kind: keyof typeof statusMoves, by: Person, now: Date): SupportRequest {
  const { to, stamp } = statusMoves[kind];
  const patch: Partial<SupportRequest> =
    stamp === undefined ? { status: to } : { status: to, [stamp]: now.toISOString() };
  return record(request, patch, [statusEntry(request, to)], by, now);
}

function numberEntry(request: SupportRequest, number: string): Entry {
  return {
    action: 'number',
    ...(request.serviceRequestNumber === undefined ? {} : { from: request.serviceRequestNumber }),
    to: number,
  };
}

/** R26: filing starts the response clock now; a number given with it is recorded too. */
function file(request: SupportRequest, number: string | undefined, by: Person, now: Date): SupportRequest {
  const filed = { ...request, filedAt: now.toISOString() };
  return record(
    filed,
    {
      status: 'filed',
      deadline: deadlineFrom(filed, now),
      ...(number === undefined ? {} : { serviceRequestNumber: number }),
    },
    [statusEntry(request, 'filed'), ...(number === undefined ? [] : [numberEntry(request, number)])],
    by,
    now,
  );
}

/**
 * R21: raising severity means changing the business impact on the existing
 * request, so Microsoft's target for the new severity runs from that moment.
 * While filed, the response clock restarts now on the new severity's clock:
 * `filedAt` becomes the start of the current clock (the original filing stays
 * in history), which keeps the deadline and the reminder plan (computed from
 * filedAt and severity) in step. After Microsoft responded there is no
 * initial-response deadline left to move.
 */
function raiseSeverity(request: SupportRequest, severity: RaisableSeverity, by: Person, now: Date): SupportRequest {
  const raised: SupportRequest = { ...request, assessment: { ...request.assessment, severity } };
  const clock: Partial<SupportRequest> =
    request.status === 'filed' ? { filedAt: now.toISOString(), deadline: deadlineFrom(raised, now) } : {};
  const entry: Entry = {
    action: 'severity',
    ...(request.assessment.severity === undefined ? {} : { from: request.assessment.severity }),
    to: severity,
  };
  return record(raised, clock, [entry], by, now);
}

function setNumber(request: SupportRequest, number: string, by: Person, now: Date): SupportRequest {
  if (request.status === 'draft') return file(request, number, by, now);
  return record(request, { serviceRequestNumber: number }, [numberEntry(request, number)], by, now);
}

function snooze(request: SupportRequest, minutes: number, by: Person, now: Date): SupportRequest {
  const snoozedUntil = new Date(now.getTime() + minutes * 60_000).toISOString();
  return record(
    request,
    { reminders: { ...request.reminders, snoozedUntil } },
    [{ action: 'snoozed', to: snoozedUntil }],
    by,
    now,
  );
}

function rejectionOf(request: SupportRequest, change: RequestChange): Rejection | undefined {
  if (!allowedFrom[change.kind].includes(request.status)) return { code: 'status', status: request.status };
  if (change.kind === 'raiseSeverity' && !raisableSeverities(request.assessment.severity).includes(change.severity)) {
    return { code: 'severity-not-higher', current: request.assessment.severity };
  }
  if (change.kind === 'setNumber' && change.number === request.serviceRequestNumber) {
    return { code: 'same-number', number: change.number };
  }
  return undefined;
}

/** Applies one change made by `by` at `now`, or says why it does not apply to the request as it is. */
export function applyChange(request: SupportRequest, change: RequestChange, by: Person, now: Date): ChangeResult {
  const rejection = rejectionOf(request, change);
  if (rejection !== undefined) return { ok: false, rejection };
  return { ok: true, request: changed(request, change, by, now) };
}

function changed(request: SupportRequest, change: RequestChange, by: Person, now: Date): SupportRequest {
  switch (change.kind) {
    case 'file':
      return file(request, change.serviceRequestNumber, by, now);
    case 'responded':
    case 'resolved':
    case 'cancel':
      return move(request, change.kind, by, now);
    case 'raiseSeverity':
      return raiseSeverity(request, change.severity, by, now);
    case 'setNumber':
      return setNumber(request, change.number, by, now);
    case 'snooze':
      return snooze(request, change.minutes, by, now);
  }
}
