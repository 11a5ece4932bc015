/**
 * How one request's parts read to people, shared by the request card, the
 * status card and the action confirmations: severity, status, the response
 * clock, times in the request's own time zone (R24) and history lines.
 */
import { DateTime } from 'luxon';
import { formatDeadline, formatTimeLeft, timeLeft } from '../domain/clock';
import type { HistoryEntry, SupportRequest } from '../domain/requests/support-request';
import type { Severity } from '../domain/severity';
import { message, texts, type MessageKey } from '../domain/texts';
import type { Language } from '../i18n';
import { requestText, type RequestTextKey } from '../i18n/request-texts';
import type { ClockLine } from './card-data';
import { literalName } from './literal-text';

/** "A (critical impact)", the value of a "Severity" row as the assessment says it. */
export function severityLabel(severity: Severity | undefined, language: Language): string {
  return severity === undefined
    ? requestText(language, 'value.severityUnknown')
    : message(language, `severity.${severity}`);
}

/** "Severity A" / "심각도 A", for compact rows and history. */
export function severityShort(severity: Severity | undefined, language: Language): string {
  if (severity === undefined) return requestText(language, 'value.severityUnknown');
  if (severity === 'non-break-fix') return requestText(language, 'severity.shortNonBreakFix');
  return requestText(language, 'severity.short', { severity });
}

export function statusLabel(request: SupportRequest, language: Language): string {
  return requestText(language, `status.${request.status}`);
}

/** The support vehicle's name from the assessment texts, when it is one the assessment knows. */
export function vehicleLabel(vehicle: string | undefined, language: Language): string | undefined {
  if (vehicle === undefined) return undefined;
  const key = `vehicle.${vehicle}`;
  return isMessageKey(key) ? message(language, key) : vehicle;
}

function isMessageKey(key: string): key is MessageKey {
  return key in texts.en.messages;
}

/** A short local time in the request's time zone, e.g. "12 Mar 14:05" / "3월 12일 14:05". */
export function shortTime(iso: string, request: SupportRequest, language: Language): string {
  return DateTime.fromISO(iso, { zone: request.calendar.timeZone })
    .setLocale(requestText(language, 'history.locale'))
    .toFormat(requestText(language, 'history.timeFormat'));
}

export function deadlineText(request: SupportRequest, language: Language): string {
  return request.deadline === undefined
    ? requestText(language, 'value.noDeadline')
    : formatDeadline(new Date(request.deadline), request.calendar.timeZone, language);
}

/** "1 h 20 min left" / "overdue by 35 min", only while Microsoft's first answer is awaited (R26). */
export function clockLine(request: SupportRequest, language: Language, now: Date): ClockLine | undefined {
  if (request.status !== 'filed' || request.deadline === undefined) return undefined;
  const due = new Date(request.deadline);
  return { text: formatTimeLeft(due, now, language), color: timeLeft(due, now).overdue ? 'attention' : 'accent' };
}

const historyKeys: Readonly<Record<string, RequestTextKey>> = {
  created: 'history.created',
  filed: 'history.filed',
  responded: 'history.responded',
  resolved: 'history.resolved',
  cancelled: 'history.cancelled',
  severity: 'history.severity',
  number: 'history.number',
  snoozed: 'history.snoozed',
};

/** "12 Mar 14:05 · Kim: raised the severity C → A". */
export function historyLine(entry: HistoryEntry, request: SupportRequest, language: Language): string {
  const unknown = requestText(language, 'value.severityUnknown');
  const params = {
    action: entry.action,
    from: entry.from ?? unknown,
    to:
      entry.action === 'snoozed' && entry.to !== undefined
        ? shortTime(entry.to, request, language)
        : (entry.to ?? unknown),
  };
  return requestText(language, 'history.line', {
    at: shortTime(entry.at, request, language),
    who: entry.by.name.trim() === '' ? requestText(language, 'history.someone') : literalName(entry.by.name),
    what: requestText(language, historyKeys[entry.action] ?? 'history.other', params),
  });
}
