/**
 * The one query per tick: filed requests whose next reminder is due and that
 * no live lease holds. `nextReminderAt` is a top-level ISO string (indexed by
 * the default policy; ISO strings in one format sort as time). Cross-partition
 * by design: the scheduler serves every tenant. Works on the embedded server
 * too (TOP, ORDER BY, IS_DEFINED, parameters).
 */
import type { Container } from '@azure/cosmos';

export const dueRemindersQuery = [
  'SELECT TOP @limit * FROM c',
  "WHERE c.type = 'support-request'",
  'AND c.nextReminderAt != null AND c.nextReminderAt <= @now',
  "AND c.status = 'filed'",
  'AND (NOT IS_DEFINED(c.reminders.lease) OR c.reminders.lease.expiresAt < @now)',
  'ORDER BY c.nextReminderAt',
].join(' ');

/** Raw documents, earliest due first; validation is the caller's (one bad document must not stop the rest). */
export async function findDueRequests(container: Container, now: Date, limit: number): Promise<Record<string, unknown>[]> {
  const { resources } = await container.items
    .query<Record<string, unknown>>({
      query: dueRemindersQuery,
      parameters: [
        { name: '@now', value: now.toISOString() },
        { name: '@limit', value: limit },
      ],
    })
    .fetchAll();
  return resources;
}
