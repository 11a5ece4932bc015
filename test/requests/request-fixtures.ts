/**
 * Shared builders for request tests: a person, a triaged problem, a draft
 * document, and a throwaway embedded Cosmos database.
 */
import { randomUUID } from 'node:crypto';
import { assess } from '../../src/domain/assess';
import { defaultCalendar } from '../../src/domain/clock';
import type { Facts, Language, Profile } from '../../src/domain/facts';
import { supportRequestSchema, type Person, type SupportRequest } from '../../src/domain/requests/support-request';
import type { NewSupportRequest } from '../../src/requests/create-support-request';
import type { CosmosStore } from '../../src/store/cosmos-store';
import { RequestsRepository } from '../../src/store/requests-repository';
import { silentLog } from '../helpers/log-capture';
import { TestCosmos } from '../helpers/test-cosmos';

export const kim: Person = { id: '29:kim', name: 'Kim Min-ji', aadObjectId: 'aad-kim' };
export const lee: Person = { id: '29:lee', name: 'Lee Jun' };

export const profile: Profile = { cspModel: 'direct', role: 'admin-agent' };

/** An Azure outage at a customer: escalate through Partner Center (R6, R9), severity from impact (R21). */
export function azureFacts(impact: 'critical' | 'moderate' | 'minimal', language: Language = 'en'): Facts {
  return {
    product: 'azure',
    tenant: 'customer',
    category: 'technical',
    serviceHealth: 'not-listed',
    nature: 'unavailable',
    impact,
    language,
    adminRelationship: true,
  };
}

/** A draft request document as the store would hold it. */
export function draftRequest(
  overrides: Partial<SupportRequest> = {},
  facts: Facts = azureFacts('minimal'),
  at = new Date('2026-03-16T01:00:00Z'),
): SupportRequest {
  const assessment = assess(facts, profile);
  const supportLanguage = facts.language ?? 'en';
  return supportRequestSchema.parse({
    id: randomUUID(),
    tenantId: 'tenant-a',
    type: 'support-request',
    status: 'draft',
    title: 'Production VMs unreachable',
    requestedBy: kim,
    conversation: { conversation: { id: 'a:conv', tenantId: 'tenant-a' }, serviceUrl: 'https://smba.example/' },
    facts,
    profile,
    assessment: {
      decision: assessment.decision,
      severity: assessment.severity,
      vehicle: assessment.vehicle,
      rules: [...assessment.rules],
    },
    language: 'en',
    supportLanguage,
    calendar: defaultCalendar(supportLanguage),
    history: [{ at: at.toISOString(), by: kim, action: 'created' }],
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    ...overrides,
  });
}

/** The input the triage passes when the user says "I've filed it". */
/** Where newRequest's requests live: a click from there may act on them (acted-from.ts). */
export const inRequestChat = {
  origin: { conversationId: 'a:conv', conversationType: 'groupChat', userId: '29:someone', teamId: undefined },
  escalationChannelId: async (): Promise<string | undefined> => undefined,
} as const;

export function newRequest(overrides: Partial<NewSupportRequest> = {}): NewSupportRequest {
  const facts = overrides.facts ?? azureFacts('minimal');
  return {
    tenantId: 'tenant-a',
    origin: `check:${randomUUID()}`,
    requestedBy: kim,
    conversation: { conversation: { id: 'a:conv', tenantId: 'tenant-a' }, serviceUrl: 'https://smba.example/' },
    title: 'Production VMs unreachable',
    facts,
    profile,
    assessment: assess(facts, profile),
    language: 'en',
    filed: true,
    now: new Date('2026-03-16T01:00:00Z'),
    ...overrides,
  };
}

export interface TestRequests {
  readonly cosmos: TestCosmos;
  readonly store: CosmosStore;
  readonly repo: RequestsRepository;
  close(): Promise<void>;
}

/** A fresh database on an embedded Cosmos server of its own, through the real SDK. */
export async function openTestRequests(): Promise<TestRequests> {
  const cosmos = await TestCosmos.start();
  const store = await cosmos.openStore();
  return {
    cosmos,
    store,
    repo: new RequestsRepository(store.container('requests'), silentLog),
    close: () => cosmos.stop(),
  };
}
