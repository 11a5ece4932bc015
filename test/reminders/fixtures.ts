/**
 * Test fixtures for the reminder tests: valid support request documents,
 * stored in and read back from a container of test/helpers/test-cosmos.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { defaultCalendar } from '../../src/domain/clock';
import type { Language } from '../../src/domain/facts';
import { nextReminderAt } from '../../src/domain/reminders/reminder-plan';
import { type SupportRequest, supportRequestSchema } from '../../src/domain/requests/support-request';
import type { Severity } from '../../src/domain/severity';

export interface RequestSpec {
  readonly severity: Severity;
  readonly supportLanguage: Language;
  readonly filedAt: Date;
  readonly language?: Language;
  readonly id?: string;
  readonly tenantId?: string;
  readonly serviceUrl?: string;
  readonly conversationId?: string;
  readonly conversationType?: 'personal' | 'groupChat' | 'channel';
  readonly cardActivityId?: string;
  readonly title?: string;
}

const impactBySeverity = { A: 'critical', B: 'moderate', C: 'minimal' } as const;

/** The request's own conversation id, as stored in its reference. */
export function conversationIdOf(request: SupportRequest): string {
  return (request.conversation.conversation as { id: string }).id;
}

/** A filed request as the requests repository would store it, with `nextReminderAt` computed (R26). */
export function filedRequest(spec: RequestSpec): SupportRequest {
  const at = spec.filedAt.toISOString();
  const tenantId = spec.tenantId ?? randomUUID();
  const conversationType = spec.conversationType ?? 'personal';
  const request = supportRequestSchema.parse({
    id: spec.id ?? randomUUID(),
    tenantId,
    type: 'support-request',
    status: 'filed',
    title: spec.title ?? `Exchange Online mailboxes unreachable (${spec.severity})`,
    requestedBy: { id: '29:dana', name: 'Dana Agent' },
    conversation: {
      activityId: 'msg-1',
      user: { id: '29:dana', name: 'Dana Agent' },
      bot: { id: '28:escalation-advisor', name: 'Escalation Advisor' },
      conversation: { id: spec.conversationId ?? `a:${randomUUID()}`, conversationType, tenantId },
      channelId: 'msteams',
      locale: spec.language === 'ko' ? 'ko-KR' : 'en-US',
      serviceUrl: spec.serviceUrl ?? 'https://smba.trafficmanager.net/teams/',
    },
    ...(spec.cardActivityId === undefined ? {} : { cardActivityId: spec.cardActivityId }),
    facts:
      spec.severity === 'non-break-fix'
        ? { product: 'azure', tenant: 'customer', category: 'billing' }
        : {
            product: 'm365',
            tenant: 'customer',
            category: 'technical',
            serviceHealth: 'not-listed',
            nature: 'unavailable',
            impact: impactBySeverity[spec.severity],
          },
    profile: { cspModel: 'direct', role: 'admin-agent' },
    assessment: {
      decision: 'escalate',
      severity: spec.severity,
      vehicle: 'csp-service-request',
      rules: ['R6', 'R9', 'R21'],
    },
    language: spec.language ?? spec.supportLanguage,
    supportLanguage: spec.supportLanguage,
    calendar: defaultCalendar(spec.supportLanguage),
    serviceRequestNumber: '2603090010001234',
    filedAt: at,
    history: [{ at, by: { id: '29:dana', name: 'Dana Agent' }, action: 'filed' }],
    createdAt: at,
    updatedAt: at,
  });
  return { ...request, nextReminderAt: nextReminderAt(request) };
}

export async function store(container: Container, requests: readonly SupportRequest[], parallel = 25): Promise<void> {
  for (let i = 0; i < requests.length; i += parallel) {
    await Promise.all(requests.slice(i, i + parallel).map((request) => container.items.create(request)));
  }
}

export async function load(
  container: Container,
  request: Pick<SupportRequest, 'id' | 'tenantId'>,
): Promise<SupportRequest> {
  const { resource } = await container.item(request.id, request.tenantId).read<Record<string, unknown>>();
  return supportRequestSchema.parse(resource);
}
