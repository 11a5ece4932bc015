/**
 * Should it be escalated? R1–R8, the first rule that fires decides.
 */
import assert from 'node:assert/strict';
import type { Category, Nature } from '../../src/domain/facts';
import { assess, azureOutage, directAdmin, rendered, type Case } from './assessment/fixtures';
import { runCases } from './assessment/run-cases';

const commercial: readonly { category: Category; en: string; ko: string }[] = [
  { category: 'billing', en: 'billing', ko: '청구' },
  { category: 'subscription', en: 'subscription management', ko: '구독 관리' },
  { category: 'dispute', en: 'dispute', ko: '분쟁' },
  { category: 'fraud', en: 'fraud', ko: '사기' },
];

const handOff: readonly Nature[] = ['undocumented', 'unavailable', 'bug', 'network', 'regional'];

const cases: Case[] = [
  {
    name: 'R1 marketplace product → contact the ISV from the Marketplace page',
    facts: { product: 'marketplace', category: 'technical', impact: 'critical' },
    profile: {},
    expect: { decision: 'contact-isv', vehicle: 'isv', severity: undefined },
    rules: ['R1'],
    en: ['Contact the ISV', 'Marketplace page', 'support email'],
    ko: ['ISV에 문의', 'Marketplace 페이지', '지원 이메일'],
  },
  ...commercial.map(({ category, en, ko }): Case => ({
    name: `R2 ${category} → commercial service request, non break-fix, no service-health step`,
    facts: { product: 'azure', tenant: 'customer', category, adminRelationship: true, language: 'en' },
    profile: directAdmin,
    expect: {
      decision: 'escalate',
      vehicle: 'commercial-service-request',
      severity: 'non-break-fix',
      responseTarget: { kind: 'business-days', days: 1 },
    },
    rules: ['R2', 'R9', 'R10'],
    keys: ['caveat.commercial-included', 'step.commercial.category', 'step.csp.service-requests'],
    en: ['Escalate to Microsoft', 'included free', en, 'Service requests', '1 business day'],
    ko: ['Microsoft로 에스컬레이션', '무료로 포함', ko, '서비스 요청', '영업일 기준 1일'],
  })),
  {
    name: 'R2 billing for an on-premises licence → commercial request without a workload portal',
    facts: { product: 'onprem', category: 'billing', language: 'en' },
    profile: directAdmin,
    expect: { decision: 'escalate', vehicle: 'commercial-service-request', severity: 'non-break-fix' },
    keys: ['step.csp.new-request-licence', 'step.commercial.category'],
    absentKeys: ['step.office.submit', 'step.azure.basics'],
    en: ['New request'],
    ko: ['새 요청'],
  },
  {
    name: 'R3 service health not checked → check it first in Partner Center',
    facts: { ...azureOutage, serviceHealth: 'not-checked' },
    profile: directAdmin,
    expect: {
      decision: 'check-service-health',
      vehicle: undefined,
      severity: undefined,
      nextQuestion: { kind: 'fact', key: 'serviceHealth' },
    },
    rules: ['R3'],
    keys: ['step.health.open-customer', 'step.health.check'],
    en: ['Check service health first', 'Customers', 'Service management'],
    ko: ['먼저 서비스 상태를 확인', '고객', '서비스 관리'],
  },
  {
    name: 'R3 own tenant → check service health in the own portal',
    facts: { ...azureOutage, tenant: 'own', product: 'm365', serviceHealth: 'not-checked' },
    profile: directAdmin,
    expect: { decision: 'check-service-health', nextQuestion: { kind: 'fact', key: 'serviceHealth' } },
    keys: ['step.health.own-portal'],
    en: ['Office 365 admin center'],
    ko: ['Office 365 관리 센터'],
  },
  {
    name: 'R4 listed in service health → known incident, no new request',
    facts: { ...azureOutage, serviceHealth: 'known-incident' },
    profile: directAdmin,
    expect: { decision: 'known-incident', vehicle: undefined, severity: undefined },
    rules: ['R4'],
    keys: ['step.incident.follow', 'caveat.incident-reminder'],
    en: ['Known incident', 'no new service request'],
    ko: ['알려진 인시던트', '새 서비스 요청은 필요하지 않습니다'],
  },
  {
    name: 'R5 configuration issue → resolve it yourself in Administer services',
    facts: { ...azureOutage, nature: 'configuration' },
    profile: directAdmin,
    expect: { decision: 'resolve-yourself', vehicle: undefined },
    rules: ['R5'],
    keys: ['step.resolve.open-customer', 'step.resolve.administer-services', 'step.resolve.come-back'],
    en: ['Resolve it yourself', 'Administer services', 'admin privileges'],
    ko: ['직접 해결', '서비스 관리', '관리자 권한'],
  },
  {
    name: 'R5 configuration issue in the own tenant → troubleshoot in the own portal',
    facts: { ...azureOutage, tenant: 'own', nature: 'configuration' },
    profile: directAdmin,
    expect: { decision: 'resolve-yourself' },
    keys: ['step.resolve.own-portal'],
    en: ['Azure portal'],
    ko: ['Azure Portal'],
  },
  ...handOff.map((nature): Case => ({
    name: `R6 ${nature} → escalate to Microsoft`,
    facts: { ...azureOutage, nature },
    profile: directAdmin,
    expect: { decision: 'escalate', vehicle: 'csp-service-request', severity: 'A' },
    rules: ['R6'],
    en: ['Escalate to Microsoft'],
    ko: ['Microsoft로 에스컬레이션'],
  })),
  {
    name: 'R7 advisory → escalate allowed, non break-fix, deeper help is a paid plan',
    facts: { product: 'm365', tenant: 'customer', category: 'advisory', language: 'en' },
    profile: directAdmin,
    expect: {
      decision: 'escalate',
      vehicle: 'csp-service-request',
      severity: 'non-break-fix',
      responseTarget: { kind: 'business-days', days: 1 },
    },
    rules: ['R7'],
    keys: ['caveat.advisory-deeper-help'],
    en: ['not break-fix', 'paid partner support plans'],
    ko: ['자문 문의', '유료 파트너 지원 플랜'],
  },
  {
    name: 'R8 on-premises technical → never a CSP request; Microsoft Product Support',
    facts: { product: 'onprem', category: 'technical', onpremVersion: 'current', impact: 'moderate' },
    profile: { ...directAdmin, mpnLevel: 'silver', benefitsActivated: true },
    expect: { decision: 'escalate', vehicle: 'microsoft-product-support', severity: 'B', responseTarget: undefined },
    rules: ['R8', 'R14'],
    keys: ['caveat.onprem-not-csp'],
    absentKeys: ['step.csp.service-requests'],
    en: ['never CSP service requests'],
    ko: ['CSP 서비스 요청 대상이 아닙니다'],
  },
];

describe('assess: should it be escalated (R1–R8)', () => {
  runCases(cases);

  it('R1 fires before R2: a marketplace billing question still goes to the ISV', () => {
    assert.equal(assess({ product: 'marketplace', category: 'billing' }, {}).decision, 'contact-isv');
  });

  it('R2 fires before R3: a billing issue never needs service health', () => {
    const answer = assess(
      { product: 'azure', tenant: 'customer', category: 'billing', serviceHealth: 'not-checked' },
      directAdmin,
    );
    assert.equal(answer.decision, 'escalate');
    assert.notDeepEqual(answer.nextQuestion, { kind: 'fact', key: 'serviceHealth' });
  });

  it('R3 previews the rest of the answer and asks service health again', () => {
    const answer = assess({ ...azureOutage, serviceHealth: 'not-checked' }, directAdmin);
    assert.deepEqual(answer.nextQuestion, { kind: 'fact', key: 'serviceHealth' });
    assert.equal(answer.preview?.decision, 'escalate');
    assert.equal(answer.preview?.vehicle, 'csp-service-request');
    assert.equal(answer.preview?.severity, 'A');
  });

  it('R3 preview is rendered in both languages', () => {
    const answer = assess({ ...azureOutage, serviceHealth: 'not-checked' }, directAdmin);
    assert.ok(rendered(answer.preview!, 'ko').includes('클라우드 솔루션 공급자'));
    assert.ok(rendered(answer.preview!, 'en').includes('Cloud Solution Provider'));
  });

  it('R5 fires before R6: configuration is resolved even with critical impact', () => {
    assert.equal(assess({ ...azureOutage, nature: 'configuration' }, directAdmin).severity, undefined);
  });
});
