/**
 * Severity and initial response: R21–R25 (the clock itself, R24, is the
 * clock module's; here only which target and which notes apply).
 */
import assert from 'node:assert/strict';
import { describeAssessment } from '../../src/domain/assess';
import type { Impact } from '../../src/domain/facts';
import type { ResponseTarget, Severity } from '../../src/domain/severity';
import { assess, azureOutage, directAdmin, rendered } from './assessment/fixtures';

const byImpact: readonly [Impact, Severity, number][] = [
  ['critical', 'A', 2],
  ['moderate', 'B', 4],
  ['minimal', 'C', 8],
];
/** The impact names of the current Korean article (seed 000). */
const koreanImpact: Record<Impact, string> = { critical: '심각한 영향', moderate: '보통 영향', minimal: '최소 영향' };

describe('assess: severity and initial response (R21–R25)', () => {
  for (const [impact, severity, hours] of byImpact) {
    it(`R21 ${impact} impact → severity ${severity}, initial response within ${hours} hours`, () => {
      const answer = assess({ ...azureOutage, impact }, directAdmin);
      assert.equal(answer.severity, severity);
      assert.deepEqual(answer.responseTarget, { kind: 'hours', hours } satisfies ResponseTarget);
      assert.ok(describeAssessment(answer, 'en').severity?.startsWith(`${severity} (${impact} impact)`));
      assert.match(rendered(answer, 'en'), new RegExp(`within ${hours} hours`, 'i'));
      assert.equal(describeAssessment(answer, 'ko').severity, `${severity}(${koreanImpact[impact]})`);
      assert.ok(rendered(answer, 'ko').includes(`${hours}시간 이내`));
    });
  }

  it('R21 non break-fix (advisory) → up to one business day', () => {
    const advisory = { ...azureOutage, category: 'advisory', serviceHealth: undefined, nature: undefined } as const;
    const answer = assess(advisory, directAdmin);
    assert.equal(answer.severity, 'non-break-fix');
    assert.deepEqual(answer.responseTarget, { kind: 'business-days', days: 1 });
    assert.ok(rendered(answer, 'en').includes('Non break-fix'));
    assert.ok(rendered(answer, 'ko').includes('고장 수리 외 문제'));
  });

  it('R21 impact unknown → severity asked, no target yet', () => {
    const answer = assess({ ...azureOutage, impact: undefined }, directAdmin);
    assert.equal(answer.decision, 'escalate');
    assert.equal(answer.severity, undefined);
    assert.equal(answer.responseTarget, undefined);
    assert.deepEqual(answer.nextQuestion, { kind: 'fact', key: 'impact' });
  });

  it('R21 a vehicle outside the CSP entitlement gets severity but no documented target', () => {
    const answer = assess(
      { ...azureOutage, tenant: 'own', adminRelationship: undefined },
      { mpnLevel: 'none', paidPlans: ['premier'] },
    );
    assert.equal(answer.severity, 'A');
    assert.equal(answer.responseTarget, undefined);
    assert.ok(rendered(answer, 'en').includes('follows its own contract'));
    assert.ok(rendered(answer, 'ko').includes('해당 계약의 조건'));
  });

  it('R22 Korean support language → targets are English-only, local language in business hours', () => {
    const answer = assess({ ...azureOutage, language: 'ko' }, directAdmin);
    assert.equal(answer.supportLanguage, 'ko');
    assert.ok(answer.rules.includes('R22'));
    assert.ok(rendered(answer, 'en').includes('English-speaking support only'));
    assert.ok(rendered(answer, 'ko').includes('영어 지원에만 해당'));
    assert.ok(rendered(answer, 'ko').includes('업무 시간 중'));
  });

  it('R22 the profile language counts when the conversation language is not given', () => {
    const answer = assess({ ...azureOutage, language: undefined }, { ...directAdmin, supportLanguage: 'ko' });
    assert.equal(answer.supportLanguage, 'ko');
    assert.ok(answer.caveats.some((c) => c.rule === 'R22'));
  });

  it('R22 English support → no English-only note in English, but always in a Korean locale', () => {
    const answer = assess(azureOutage, directAdmin);
    assert.ok(!answer.rules.includes('R22'));
    assert.ok(!rendered(answer, 'en').includes('English-speaking support only'));
    assert.ok(rendered(answer, 'ko').includes('영어 지원에만 해당'));
    assert.ok(rendered(answer, 'ko').includes('R22'));
  });

  it('R22 support language unknown → asked last, with the rest of the answer complete', () => {
    const answer = assess({ ...azureOutage, language: undefined }, directAdmin);
    assert.deepEqual(answer.nextQuestion, { kind: 'fact', key: 'language' });
    assert.equal(answer.vehicle, 'csp-service-request');
    assert.deepEqual(answer.responseTarget, { kind: 'hours', hours: 2 });
  });

  it('R23 no phone support for CSP requests', () => {
    const answer = assess(azureOutage, directAdmin);
    assert.ok(answer.rules.includes('R23'));
    assert.ok(rendered(answer, 'en').includes("Phone support isn't offered"));
    assert.ok(rendered(answer, 'ko').includes('전화 지원이 제공되지 않습니다'));
  });

  it('R24 English break-fix runs on wall-clock hours: R24 is not cited', () => {
    assert.ok(!assess(azureOutage, directAdmin).rules.includes('R24'));
  });

  it('R24 Korean support or non break-fix runs on business hours: R24 is cited', () => {
    assert.ok(assess({ ...azureOutage, language: 'ko' }, directAdmin).rules.includes('R24'));
    const billing = assess({ ...azureOutage, category: 'billing' }, directAdmin);
    assert.ok(billing.rules.includes('R24'));
    assert.ok(rendered(billing, 'ko').includes('업무 시간으로 계산'));
  });

  it('R25 CSP partners get priority response to major issues', () => {
    const answer = assess(azureOutage, directAdmin);
    assert.ok(answer.rules.includes('R25'));
    assert.ok(rendered(answer, 'en').includes('priority response'));
    assert.ok(rendered(answer, 'ko').includes('우선 응답'));
  });

  it('R23 R25 do not apply outside the CSP program', () => {
    const onprem = { product: 'onprem', category: 'technical', onpremVersion: 'current', impact: 'critical' } as const;
    const answer = assess(onprem, { mpnLevel: 'gold', benefitsActivated: true });
    assert.ok(!answer.rules.includes('R23'));
    assert.ok(!answer.rules.includes('R25'));
  });

  it('sources list the articles of every rule cited, with their Learn addresses', () => {
    const answer = assess({ ...azureOutage, language: 'ko' }, directAdmin);
    assert.deepEqual(answer.sources, ['000', '001', '002', '003', '004']);
    const ko = describeAssessment(answer, 'ko').sources;
    assert.equal(
      ko[0]?.url,
      'https://learn.microsoft.com/ko-kr/partner-center/report-problems-on-behalf-of-a-customer',
    );
    assert.equal(ko[0]?.title, '고객을 대신하여 서비스 문제 보고');
  });
});
