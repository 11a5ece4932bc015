/**
 * The `status` card (cards/status.json): a user's or a team's open requests,
 * soonest deadline first as given, each with its severity, status, time left
 * or overdue, an "undeliverable reminder" marker (R27), and a button that
 * opens its request card.
 */
import type { SupportRequest } from '../domain/requests/support-request';
import type { Language } from '../i18n';
import { requestText } from '../i18n/request-texts';
import { literal } from './literal-text';
import { renderCard, type AdaptiveCardJson } from './render-card';
import { clockLine, severityShort, statusLabel } from './request-display';

export type StatusScope = 'personal' | 'team';

/** Rows shown before "and n more": keeps the card well under Teams' 28 KB. */
export const statusCardRows = 15;

/** One open request, with what `status` says about reminders that could not reach it (R27), if any. */
export interface StatusRow {
  readonly request: SupportRequest;
  readonly undeliverable?: string | undefined;
}

function row({ request, undeliverable }: StatusRow, language: Language, now: Date) {
  const clock = clockLine(request, language, now);
  return {
    id: request.id,
    title: request.title.trim() === '' ? requestText(language, 'value.untitled') : literal(request.title),
    line: requestText(language, 'status.rowLine', {
      severity: severityShort(request.assessment.severity, language),
      status: statusLabel(request, language),
      number: request.serviceRequestNumber ?? requestText(language, 'status.noNumber'),
    }),
    ...(clock === undefined ? {} : { clock }),
    ...(undeliverable === undefined ? {} : { undeliverable }),
    open: requestText(language, 'action.open'),
  };
}

/** `rows` in display order (the repository sorts them by deadline). */
export function statusCard(
  rows: readonly StatusRow[],
  scope: StatusScope,
  language: Language,
  now: Date,
  channelNotice?: string,
): AdaptiveCardJson {
  const hidden = rows.length - statusCardRows;
  return renderCard('status', {
    heading: requestText(language, scope === 'team' ? 'status.heading.team' : 'status.heading.personal'),
    ...(channelNotice === undefined ? {} : { channelNotice }),
    ...(rows.length === 0 ? { empty: requestText(language, 'status.empty') } : {}),
    rows: rows.slice(0, statusCardRows).map((shown) => row(shown, language, now)),
    ...(hidden > 0 ? { more: requestText(language, 'status.more', { count: hidden }) } : {}),
  });
}
