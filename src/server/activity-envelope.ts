/**
 * The minimum an incoming activity must carry before it reaches the adapter;
 * anything less is a 400 with a reason instead of a failed turn.
 */
import type { Activity } from 'botbuilder';
import { z } from 'zod';

export const activityEnvelopeSchema = z.object({
  type: z.string().min(1, 'type is required'),
  channelId: z.string().min(1, 'channelId is required'),
  serviceUrl: z.string().min(1, 'serviceUrl is required'),
  conversation: z.object({ id: z.string().min(1, 'conversation.id is required') }, 'conversation is required'),
  from: z.object({ id: z.string().min(1) }, 'from is required').optional(),
});

/** A short reason when the body is not a usable activity, else undefined. */
export function activityEnvelopeProblem(body: unknown): string | undefined {
  const parsed = activityEnvelopeSchema.safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0]!;
  return issue.path.length === 0 ? 'body must be a JSON activity' : `${issue.path.join('.')}: ${issue.message}`;
}

/**
 * The body as botbuilder's own HTTP handler would hand it on: its time fields
 * as Dates, the strings kept as raw* (botbuilder's validateAndFixActivity).
 */
export function toActivity(body: Record<string, unknown>): Activity {
  const activity = { ...body };
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}
