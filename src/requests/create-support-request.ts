/**
 * Turning a triage into a tracked request: "I've filed it" (with or
 * without a number) creates it filed, starting the response clock (R21, R24,
 * R26); the message extension without a number creates a draft that "I've
 * filed it" or a number files later.
 */
import { createHash } from 'node:crypto';
import type { AdaptiveCardJson } from '../cards/render-card';
import { requestCard } from '../cards/request-card';
import type { Assessment } from '../domain/assess';
import { responseCalendar, type Calendar } from '../domain/clock';
import type { Facts, Profile } from '../domain/facts';
import type { ReminderPolicy } from '../domain/reminders/reminder-policy';
import { applyChange } from '../domain/requests/lifecycle';
import {
  serviceRequestNumberSchema,
  supportRequestSchema,
  type Person,
  type SupportRequest,
} from '../domain/requests/support-request';
import type { Language } from '../i18n';
import { requestText } from '../i18n/request-texts';
import type { RequestsRepository } from '../store/requests-repository';

export interface NewSupportRequest {
  readonly tenantId: string;
  /**
   * What it is filed from, unique per filing: `check:<id>` for a finished
   * check's card, `form:<id>` for a message-extension form. The request's id
   * is derived from it, so filing the same thing again finds the same request.
   */
  readonly origin: string;
  readonly requestedBy: Person;
  /** The full Bot Framework conversation reference, kept for proactive reminders. */
  readonly conversation: Record<string, unknown>;
  /** Set in a team channel, so `status` there lists the team's requests. */
  readonly teamId?: string;
  readonly title: string;
  readonly facts: Facts;
  readonly profile: Profile;
  readonly assessment: Assessment;
  /** The requester's language: the card is rendered in it. */
  readonly language: Language;
  /** R22: the support conversation's language; default the assessment's, then the user's. */
  readonly supportLanguage?: Language;
  /** R24: default the profile's time zone on the standard hours, else the languages' default (responseCalendar). */
  readonly calendar?: Calendar;
  /** True when the user says it is filed; a service request number files it too. */
  readonly filed: boolean;
  /** Digits only (blank = none). */
  readonly serviceRequestNumber?: string;
  readonly cardActivityId?: string;
  /** R26: the reminder policy it is filed under (default: the rulebook's). */
  readonly reminderPolicy?: ReminderPolicy;
  /** The Teams message it was filed from, if any. */
  readonly source?: SupportRequest['source'];
  readonly now: Date;
}

export type CreateOutcome =
  | { readonly kind: 'created'; readonly request: SupportRequest; readonly card: AdaptiveCardJson }
  /** Filed before (another click, a retry after a crash, a race): nothing new was stored. */
  | { readonly kind: 'already-tracked'; readonly request: SupportRequest; readonly card: AdaptiveCardJson }
  | { readonly kind: 'invalid'; readonly message: string };

const maxTitleLength = 300;

/** The request id for a filing origin, per tenant: hex, so it fits request-action's id pattern. */
export function requestIdFor(tenantId: string, origin: string): string {
  return createHash('sha256').update(`${tenantId}\n${origin}`).digest('hex').slice(0, 32);
}

function draftOf(input: NewSupportRequest): SupportRequest {
  const supportLanguage = input.supportLanguage ?? input.assessment.supportLanguage ?? input.language;
  const at = input.now.toISOString();
  return supportRequestSchema.parse({
    id: requestIdFor(input.tenantId, input.origin),
    tenantId: input.tenantId,
    type: 'support-request',
    status: 'draft',
    title: input.title.trim().slice(0, maxTitleLength),
    requestedBy: input.requestedBy,
    conversation: input.conversation,
    ...(input.cardActivityId === undefined ? {} : { cardActivityId: input.cardActivityId }),
    ...(input.teamId === undefined ? {} : { teamId: input.teamId }),
    ...(input.source === undefined ? {} : { source: input.source }),
    facts: input.facts,
    profile: input.profile,
    assessment: {
      decision: input.assessment.decision,
      severity: input.assessment.severity,
      vehicle: input.assessment.vehicle,
      rules: [...input.assessment.rules],
    },
    language: input.language,
    supportLanguage,
    calendar:
      input.calendar ??
      responseCalendar({ profileZone: input.profile.timeZone, readerLanguage: input.language, supportLanguage }),
    reminders: {
      sent: [],
      attempts: 0,
      ...(input.reminderPolicy === undefined ? {} : { policy: input.reminderPolicy }),
    },
    history: [{ at, by: input.requestedBy, action: 'created' }],
    createdAt: at,
    updatedAt: at,
  });
}

export async function createSupportRequest(repo: RequestsRepository, input: NewSupportRequest): Promise<CreateOutcome> {
  const given = input.serviceRequestNumber?.trim() ?? '';
  const number = serviceRequestNumberSchema.safeParse(given);
  if (given !== '' && !number.success)
    return { kind: 'invalid', message: requestText(input.language, 'invalid.number') };
  const draft = draftOf(input);
  const serviceRequestNumber = given === '' ? undefined : number.data;
  const filed =
    input.filed || serviceRequestNumber !== undefined
      ? applyChange(
          draft,
          { kind: 'file', ...(serviceRequestNumber === undefined ? {} : { serviceRequestNumber }) },
          input.requestedBy,
          input.now,
        )
      : { ok: true as const, request: draft };
  if (!filed.ok) throw new Error('a new draft can always be filed');
  const { created, request } = await repo.createIfAbsent(filed.request);
  return {
    kind: created ? 'created' : 'already-tracked',
    request,
    card: requestCard(request, input.language, input.now),
  };
}
