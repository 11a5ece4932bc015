/**
 * What `status` says about reminders that could not be delivered (R27): the
 * request's conversation refused them (403/404), or the tenant's escalation
 * channel did. Undefined when there is nothing to say.
 */
import { formatDeadline } from '../domain/clock';
import type { Language } from '../domain/facts';
import type { SupportRequest } from '../domain/requests/support-request';
import { reminderText } from '../i18n/reminder-texts';
import type { EscalationChannel } from './escalation-channel';

export function undeliverableNotice(request: SupportRequest, language: Language): string | undefined {
  const stopped = request.reminders.undeliverable;
  if (stopped === undefined) return undefined;
  const time = formatDeadline(new Date(stopped.at), request.calendar.timeZone, language);
  return reminderText(language, 'undeliverable', { time, reason: stopped.reason });
}

export function escalationChannelNotice(
  channel: EscalationChannel | undefined,
  timeZone: string,
  language: Language,
): string | undefined {
  const stopped = channel?.undeliverable;
  if (stopped === undefined) return undefined;
  const time = formatDeadline(new Date(stopped.at), timeZone, language);
  return reminderText(language, 'undeliverable.channel', { time, reason: stopped.reason });
}
