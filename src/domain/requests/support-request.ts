/**
 * A tracked support request: what was assessed, where it lives in
 * Teams, its status and its history. Validated with zod on every write and
 * read. Pure data: the Teams conversation reference is kept as an opaque
 * record so the domain stays free of Bot Framework types.
 */
import { z } from 'zod';
import { calendarSchema } from '../clock';
import { factsSchema, languageSchema, profileSchema } from '../facts';
import { reminderPolicySchema } from '../reminders/reminder-policy';

export const requestStatusSchema = z.enum(['draft', 'filed', 'responded', 'resolved', 'cancelled']);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().default(''),
  aadObjectId: z.string().optional(),
});
export type Person = z.infer<typeof personSchema>;

export const severitySchema = z.enum(['A', 'B', 'C', 'non-break-fix']);

/** Microsoft's service request numbers are digits (typically 15–16); allow some slack, nothing else. */
export const serviceRequestNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{6,20}$/, 'a service request number is 6 to 20 digits');

export const historyEntrySchema = z.object({
  at: z.iso.datetime(),
  by: personSchema,
  /** What happened, e.g. 'created', 'filed', 'responded', 'resolved', 'cancelled', 'severity', 'number', 'snoozed', 'reminded'. */
  action: z.string().min(1),
  from: z.string().optional(),
  to: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The assessment as it stood when the request was created (the facts can recompute the rest). */
export const assessmentSnapshotSchema = z.object({
  decision: z.string().optional(),
  severity: severitySchema.optional(),
  vehicle: z.string().optional(),
  rules: z.array(z.string()).default([]),
});

export const reminderKindSchema = z.enum(['due-soon', 'breached', 'still-waiting']);
export type ReminderKind = z.infer<typeof reminderKindSchema>;

/** Reminder bookkeeping (R26, R27); owned by src/reminders. */
export const reminderStateSchema = z.object({
  /** How many reminders were sent so far, by kind order; the next one's sequence number. */
  sent: z
    .array(
      z.object({
        kind: reminderKindSchema,
        seq: z.number().int().nonnegative(),
        at: z.iso.datetime(),
        activityId: z.string().optional(),
        conversationId: z.string().optional(),
      }),
    )
    .default([]),
  nextKind: reminderKindSchema.optional(),
  snoozedUntil: z.iso.datetime().optional(),
  /** A scheduler instance working on the next reminder, until the lease expires. */
  lease: z.object({ owner: z.string(), expiresAt: z.iso.datetime() }).optional(),
  /** Set when delivery failed for good (403/404): shown in `status`. */
  undeliverable: z.object({ at: z.iso.datetime(), reason: z.string() }).optional(),
  attempts: z.number().int().nonnegative().default(0),
  /** R26: the policy this request was filed under. */
  policy: reminderPolicySchema.optional(),
});

export const supportRequestSchema = z.object({
  id: z.string().min(1),
  /** Partition key: every read and write is scoped to the tenant. */
  tenantId: z.string().min(1),
  type: z.literal('support-request'),
  status: requestStatusSchema,
  title: z.string().max(300).default(''),
  requestedBy: personSchema,
  /** The full Bot Framework conversation reference, for proactive messages. */
  conversation: z.record(z.string(), z.unknown()),
  /** The activity id of the card that shows this request, to update it in place. */
  cardActivityId: z.string().optional(),
  /** The Teams message the request was filed from ("File support request"). */
  source: z
    .object({ messageId: z.string().max(200), link: z.string().max(2_000), author: z.string().max(200) })
    .optional(),
  /** The Teams team id when the request lives in a channel (for team-scope status lists). */
  teamId: z.string().optional(),
  facts: factsSchema,
  profile: profileSchema,
  assessment: assessmentSnapshotSchema,
  /** The language the bot speaks with the requester. */
  language: languageSchema,
  /** The language of the support conversation with Microsoft (R22, R24). */
  supportLanguage: languageSchema,
  calendar: calendarSchema,
  serviceRequestNumber: serviceRequestNumberSchema.optional(),
  /** When the response clock started: the filing, or the latest severity raise while filed (R21; the first filing stays in history). */
  filedAt: z.iso.datetime().optional(),
  /** R21/R24: the initial-response deadline on the request's clock. */
  deadline: z.iso.datetime().optional(),
  respondedAt: z.iso.datetime().optional(),
  resolvedAt: z.iso.datetime().optional(),
  /** Top-level for one indexed query; null when no reminder is due (closed, or none left). */
  nextReminderAt: z.iso.datetime().nullable().default(null),
  reminders: reminderStateSchema.default({ sent: [], attempts: 0 }),
  history: z.array(historyEntrySchema).default([]),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type SupportRequest = z.infer<typeof supportRequestSchema>;
export type SupportRequestInput = z.input<typeof supportRequestSchema>;
