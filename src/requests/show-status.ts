/**
 * `status` / `상태`: the open requests of the user (personal scope) or of the
 * team (in a team channel), soonest deadline first, as one card; above them,
 * whether the tenant's escalation channel stopped accepting reminders (R27).
 */
import type { AdaptiveCardJson } from '../cards/render-card';
import { statusCard } from '../cards/status-card';
import { activeStatuses } from '../domain/requests/lifecycle';
import type { SupportRequest } from '../domain/requests/support-request';
import type { Language } from '../i18n';
import type { EscalationChannel } from '../reminders/escalation-channel';
import { escalationChannelNotice, undeliverableNotice } from '../reminders/undeliverable-notice';
import type { RequestScope, RequestsRepository } from '../store/requests-repository';

export async function showStatus(
  repo: RequestsRepository,
  scope: RequestScope,
  language: Language,
  now: Date,
  channel?: { readonly escalationChannel: EscalationChannel | undefined; readonly timeZone: string },
): Promise<{ readonly requests: readonly SupportRequest[]; readonly card: AdaptiveCardJson }> {
  const requests = await repo.listActive(scope, activeStatuses);
  const rows = requests.map((request) => ({ request, undeliverable: undeliverableNotice(request, language) }));
  const notice = channel && escalationChannelNotice(channel.escalationChannel, channel.timeZone, language);
  return { requests, card: statusCard(rows, 'teamId' in scope ? 'team' : 'personal', language, now, notice) };
}
