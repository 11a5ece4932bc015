/**
 * The reminder card (R26): what is due, time left or overdue by, the
 * request's summary, what to do (R21), and the request actions. Its buttons
 * carry the requests handler's verbs (`request.responded`, `request.snooze`…)
 * and `requestId`, as Action.Execute with an Action.Submit fallback, so the
 * handler that serves the request card serves these too and can re-render
 * this card in place with `reminderCard` (it shows the outcome and drops the
 * buttons once the request is no longer waiting).
 */
import type { Attachment } from 'botbuilder';
import { formatDeadline, formatTimeLeft, zoneLabel } from '../domain/clock';
import type { Language } from '../domain/facts';
import { policyOf, type PlannedReminder, type ReminderPolicy, windowOf } from '../domain/reminders/reminder-plan';
import type { SupportRequest } from '../domain/requests/support-request';
import { type ReminderTextKey, reminderText } from '../i18n/reminder-texts';
import { raiseGuidance } from '../i18n/request-labels';
import type { ReminderAction, ReminderCardData } from './card-data';
import { literal, literalName } from './literal-text';
import { type AdaptiveCardJson, cardAttachment, renderCard } from './render-card';
import { severityLabel, vehicleLabel } from './request-display';

export interface ReminderCardInput {
  readonly request: SupportRequest;
  readonly reminder: Pick<PlannedReminder, 'kind' | 'seq'>;
  readonly now: Date;
  readonly policy?: ReminderPolicy;
  /** The copy for the tenant's escalation channel names who asked. */
  readonly audience?: 'thread' | 'escalation';
}

const styleByKind = { 'due-soon': 'warning', breached: 'attention', 'still-waiting': 'attention' } as const;

/** Severity B and C can still be raised; A is the top, non break-fix has no severity ladder (R21). */
const raisable = new Set(['B', 'C']);

/**
 * The card's buttons: five in the action bar (the most Teams shows), and
 * "raise severity" beside its guidance (R21) where a higher severity exists.
 */
function actions(request: SupportRequest, reminder: ReminderCardInput['reminder'], language: Language) {
  if (request.status !== 'filed') return { bar: [], raise: [] };
  const action = (key: ReminderTextKey, verb: string, extra: Record<string, number> = {}): ReminderAction => ({
    title: reminderText(language, key),
    verb,
    data: { verb, requestId: request.id, reminderSeq: reminder.seq, reminderKind: reminder.kind, ...extra },
  });
  return {
    bar: [
      action('action.responded', 'request.responded'),
      action('action.snooze30', 'request.snooze', { minutes: 30 }),
      action('action.snooze60', 'request.snooze', { minutes: 60 }),
      action('action.resolved', 'request.resolved'),
      action('action.open', 'request.open'),
    ],
    raise: raisable.has(request.assessment.severity ?? '')
      ? [action('action.raiseSeverity', 'request.raiseSeverity')]
      : [],
  };
}

function note(request: SupportRequest, now: Date, language: Language): string {
  if (request.status === 'responded') return reminderText(language, 'note.responded');
  if (request.status === 'resolved') return reminderText(language, 'note.resolved');
  if (request.status === 'cancelled') return reminderText(language, 'note.cancelled');
  const snoozedUntil = request.reminders.snoozedUntil;
  if (snoozedUntil === undefined || Date.parse(snoozedUntil) <= now.getTime()) return '';
  return reminderText(language, 'note.snoozed', {
    time: formatDeadline(new Date(snoozedUntil), request.calendar.timeZone, language),
  });
}

/** "Microsoft's initial response is overdue": the card's heading, also its notification's preview. */
export function reminderHeading(input: ReminderCardInput): string {
  const language = input.request.language;
  const { kind, seq } = input.reminder;
  const total = (input.policy ?? policyOf(input.request)).maxFollowUps;
  return reminderText(language, `heading.${kind}`, { n: seq - 1, total });
}

/** The card's data model: every string already in the request's language. */
function reminderCardData(input: ReminderCardInput): ReminderCardData {
  const { request, now } = input;
  const language = request.language;
  const text = (key: ReminderTextKey, params?: Record<string, string | number>) => reminderText(language, key, params);
  const window = windowOf(request);
  const deadline = window?.deadline ?? (request.deadline === undefined ? undefined : new Date(request.deadline));
  const deadlineText =
    deadline === undefined ? text('value.none') : formatDeadline(deadline, request.calendar.timeZone, language);
  const facts = [
    { label: text('fact.severity'), value: severityLabel(request.assessment.severity, language) },
    ...(request.assessment.vehicle === undefined
      ? []
      : [{ label: text('fact.vehicle'), value: vehicleLabel(request.assessment.vehicle, language)! }]),
    { label: text('fact.number'), value: request.serviceRequestNumber ?? text('value.none') },
    { label: text('fact.deadline'), value: deadlineText },
    {
      label: text('fact.clock'),
      value:
        window?.clock === 'wall'
          ? text('clock.wall')
          : text('clock.business', { timeZone: zoneLabel(request.calendar.timeZone, language, now) }),
    },
  ];
  const advice = [
    text(`advice.${input.reminder.kind}`),
    ...(raisable.has(request.assessment.severity ?? '') && request.status === 'filed'
      ? [raiseGuidance(request, language)]
      : []),
  ];
  const buttons = actions(request, input.reminder, language);
  return {
    style: styleByKind[input.reminder.kind],
    heading: reminderHeading(input),
    timeLine:
      deadline === undefined
        ? ''
        : text('time.line', { deadline: deadlineText, timeLeft: formatTimeLeft(deadline, now, language) }),
    intro:
      input.audience === 'escalation'
        ? text('advice.escalation', { name: literalName(request.requestedBy.name || request.requestedBy.id) })
        : '',
    title: request.title === '' ? text('value.untitled') : literal(request.title),
    facts,
    advice,
    note: note(request, now, language),
    actions: buttons.bar,
    raise: buttons.raise,
  };
}

export function reminderCard(input: ReminderCardInput): AdaptiveCardJson {
  return renderCard('reminder', reminderCardData(input));
}

/** The reminder card as an attachment, for the message the scheduler posts. */
export function reminderAttachment(input: ReminderCardInput): Attachment {
  return cardAttachment(reminderCard(input));
}
