/**
 * Tunables of the reminder scheduler, all with production defaults; config
 * (REMINDER_* variables) and tests override them.
 */
import { z } from 'zod';
import { teamsThreadLimits } from './thread-rate-limiter';

const positiveMs = z.number().int().positive();

export const reminderSettingsSchema = z.object({
  /** How often to look for due reminders. */
  tickMs: positiveMs.default(30_000),
  /** How long a claim keeps other instances away; a crashed holder's claim expires after this (R27). */
  leaseMs: positiveMs.default(120_000),
  /** Most due requests taken per query; a full batch is followed at once by another. */
  batchSize: z.number().int().min(1).max(1000).default(50),
  /** Requests worked on at the same time within a tick. */
  concurrency: z.number().int().min(1).max(64).default(8),
  /** Sends per target within one claim before handing back with a retry time. */
  maxAttempts: z.number().int().min(1).max(20).default(4),
  backoffBaseMs: positiveMs.default(500),
  backoffMaxMs: positiveMs.default(10_000),
  /** How long one post may take; never past the end of the claim's lease. */
  sendTimeoutMs: positiveMs.default(10_000),
  /** After the attempts of a claim are used up: when the next claim may try again. */
  retryLaterMs: positiveMs.default(60_000),
  /** Teams' per-thread limits (7/s, 60 per 30 s). */
  threadLimits: z
    .array(z.object({ max: z.number().int().positive(), perMs: positiveMs }))
    .min(1)
    .default(teamsThreadLimits.map((limit) => ({ ...limit }))),
});

export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
export type ReminderSettingsInput = z.input<typeof reminderSettingsSchema>;
