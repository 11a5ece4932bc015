/**
 * The request card (cards/request.json): status, severity, deadline and time
 * left in the request's time zone (R24), vehicle, number, who asked, recent
 * history, and only the actions that apply to the current status. Each action
 * is an `Action.Execute` whose data repeats the verb, with an `Action.Submit`
 * fallback carrying the same data.
 */
import { zoneAbbreviation } from '../domain/clock';
import { canApply, raisableSeverities, type ChangeKind } from '../domain/requests/lifecycle';
import type { SupportRequest } from '../domain/requests/support-request';
import { t, type Language } from '../i18n';
import { raiseGuidance } from '../i18n/request-labels';
import { requestText } from '../i18n/request-texts';
import type { CardNotice } from './card-data';
import { literal, literalName, teamsMessageLink } from './literal-text';
import { renderCard, type AdaptiveCardJson } from './render-card';
import {
  clockLine,
  deadlineText,
  historyLine,
  severityLabel,
  severityShort,
  statusLabel,
  vehicleLabel,
} from './request-display';

export type { CardNotice } from './card-data';

/** How many history entries the card shows; the full history stays in the document. */
export const cardHistoryLength = 5;

const actionKinds = [
  'file',
  'responded',
  'resolved',
  'raiseSeverity',
  'setNumber',
  'snooze',
  'cancel',
] as const satisfies readonly ChangeKind[];

function facts(request: SupportRequest, language: Language): { title: string; value: string }[] {
  const text = (key: Parameters<typeof requestText>[1]) => requestText(language, key);
  const vehicle = vehicleLabel(request.assessment.vehicle, language);
  return [
    { title: text('fact.status'), value: statusLabel(request, language) },
    { title: text('fact.severity'), value: severityLabel(request.assessment.severity, language) },
    { title: text('fact.deadline'), value: deadlineText(request, language) },
    ...(vehicle === undefined ? [] : [{ title: text('fact.vehicle'), value: vehicle }]),
    { title: text('fact.number'), value: request.serviceRequestNumber ?? text('value.none') },
    { title: text('fact.requestedBy'), value: literalName(request.requestedBy.name || request.requestedBy.id) },
  ];
}

export function requestCard(
  request: SupportRequest,
  language: Language,
  now: Date,
  notice?: CardNotice,
): AdaptiveCardJson {
  const text = (key: Parameters<typeof requestText>[1]) => requestText(language, key);
  const choices = raisableSeverities(request.assessment.severity);
  const clock = clockLine(request, language, now);
  // Teams shows at most 5 card actions: snooze and cancel live under "More".
  const can = Object.fromEntries(actionKinds.map((kind) => [kind, canApply(request, kind)])) as Record<
    (typeof actionKinds)[number],
    boolean
  >;
  // Stored before links were checked, a link to elsewhere stays in the document but not on the card.
  const sourceLink = teamsMessageLink(request.source?.link ?? '');
  return renderCard('request', {
    id: request.id,
    heading: text('card.heading'),
    title: request.title.trim() === '' ? text('value.untitled') : literal(request.title),
    ...(notice === undefined ? {} : { notice }),
    ...(clock === undefined ? {} : { clock }),
    facts: facts(request, language),
    ...(sourceLink === undefined ? {} : { source: { label: t(language, 'form.openSource'), link: sourceLink } }),
    // History times are in the request's zone too; its short name is said once, here.
    historyHeading: `${text('history.heading')} (${zoneAbbreviation(request.calendar.timeZone, now)})`,
    history: request.history
      .slice(-cardHistoryLength)
      .map((entry) => ({ text: historyLine(entry, request, language) })),
    can: { ...can, more: can.snooze || can.cancel },
    labels: {
      file: text('action.file'),
      responded: text('action.responded'),
      resolved: text('action.resolved'),
      raiseSeverity: text('action.raiseSeverity'),
      setNumber: text(request.serviceRequestNumber === undefined ? 'action.addNumber' : 'action.changeNumber'),
      snooze30: text('action.snooze30'),
      snooze60: text('action.snooze60'),
      cancel: text('action.cancel'),
      cancelConfirm: text('action.cancelConfirm'),
      cancelYes: text('action.cancelYes'),
      more: text('action.more'),
      save: text('action.save'),
    },
    raise: {
      guidance: raiseGuidance(request, language),
      choose: text('raise.choose'),
      submit: text('raise.submit'),
      error: text('raise.error'),
      // The smallest step up is the likely one; the user can pick higher.
      value: choices.at(-1) ?? '',
      choices: choices.map((severity) => ({ title: severityShort(severity, language), value: severity })),
    },
    number: {
      label: text('number.label'),
      placeholder: text('number.placeholder'),
      error: text('number.error'),
      value: request.serviceRequestNumber ?? '',
    },
  });
}
