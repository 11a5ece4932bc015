/**
 * R26's reminder policy (inferred, configurable). Each request keeps the
 * policy it was filed under, so changing the configuration never reschedules
 * requests that are already waiting.
 */
import { z } from 'zod';

export const reminderPolicySchema = z.object({
  /** Due soon at this fraction of the window (0 < f < 1). */
  dueSoonFraction: z.number().gt(0).lt(1).default(0.75),
  /** Still-waiting follow-ups every this many window lengths after the deadline. */
  followUpEveryWindows: z.number().positive().default(1),
  maxFollowUps: z.number().int().nonnegative().default(3),
});
export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;
export const defaultReminderPolicy: ReminderPolicy = reminderPolicySchema.parse({});
