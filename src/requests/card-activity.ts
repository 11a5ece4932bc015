/**
 * After the bot posts a request card, it keeps the activity id so later
 * changes (reminders, actions from elsewhere) can update that message in place.
 */
import type { RequestsRepository } from '../store/requests-repository';

/**
 * Records the card's activity id unless one is recorded already (two cards
 * shown at once for one request: the first recorded stays the one updated);
 * false when the request is not in this tenant.
 */
export async function recordCardActivity(
  repo: RequestsRepository,
  tenantId: string,
  requestId: string,
  activityId: string,
): Promise<boolean> {
  const result = await repo.update(tenantId, requestId, (current) => ({
    ok: true,
    request: { ...current, cardActivityId: current.cardActivityId ?? activityId },
  }));
  return result.kind === 'updated';
}
