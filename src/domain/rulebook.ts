/**
 * The rulebook in code: every rule R1…R27 of docs/rulebook.md once, with its
 * title in English and Korean and the source articles it comes from. The one
 * `RuleId` type is derived from it; a test keeps it in step with the document.
 */
import type { SourceId } from './sources';
import type { Localized } from './texts/define-texts';

export interface Rule {
  readonly title: Localized;
  /** The articles behind it; an inferred rule cites the sentences it builds on, or none. */
  readonly sources: readonly SourceId[];
  /** Our own reading, not a sentence of the articles (worded as guidance, figures configurable). */
  readonly inferred?: true;
}

export const rulebook = {
  R1: { title: { en: 'marketplace → ISV', ko: '마켓플레이스 → ISV' }, sources: ['000'] },
  R2: { title: { en: 'commercial issues escalate', ko: '상업적 문제는 에스컬레이션' }, sources: ['000', '002'] },
  R3: { title: { en: 'service health first', ko: '먼저 서비스 상태 확인' }, sources: ['002', '003'] },
  R4: { title: { en: 'known incident', ko: '알려진 인시던트' }, sources: ['003'] },
  R5: {
    title: { en: 'partner resolves configuration issues', ko: '구성 문제는 파트너가 해결' },
    sources: ['002', '003'],
  },
  R6: { title: { en: 'hand-off categories escalate', ko: '인계 범주는 에스컬레이션' }, sources: ['003'] },
  R7: { title: { en: 'advisory', ko: '자문' }, sources: ['000', '002'] },
  R8: { title: { en: 'on-premises', ko: '온-프레미스' }, sources: ['004'] },
  R9: { title: { en: 'file through Partner Center', ko: '파트너 센터에서 접수' }, sources: ['000', '001', '002'] },
  R10: { title: { en: 'Azure request fields', ko: 'Azure 요청 입력 항목' }, sources: ['000', '004'] },
  R11: {
    title: {
      en: 'Office 365 / Dynamics CRM Online / EMS fields',
      ko: 'Office 365 / Dynamics CRM Online / EMS 입력 항목',
    },
    sources: ['000'],
  },
  R12: { title: { en: 'who may file', ko: '접수할 수 있는 사람' }, sources: ['000', '003'] },
  R13: { title: { en: 'Dynamics 365', ko: 'Dynamics 365' }, sources: ['000'] },
  R14: { title: { en: 'Microsoft Product Support', ko: 'Microsoft 제품 지원' }, sources: ['004'] },
  R15: { title: { en: 'activation', ko: '기술 혜택 활성화' }, sources: ['004'] },
  R16: { title: { en: 'vehicles for technical issues', ko: '기술 문제 지원 방법' }, sources: ['002', '004'] },
  R17: { title: { en: 'Signature Cloud Support', ko: 'Signature 클라우드 지원' }, sources: ['004'] },
  R18: {
    title: { en: '"Access ID is already associated" error', ko: '"액세스 ID가 이미 연결되어 있습니다" 오류' },
    sources: ['004'],
  },
  R19: { title: { en: 'own tenant', ko: '파트너 자체 테넌트' }, sources: ['000'] },
  R20: { title: { en: 'signing in directly', ko: '직접 로그인' }, sources: ['000'] },
  R21: { title: { en: 'severity from business impact', ko: '비즈니스 영향에 따른 심각도' }, sources: ['000'] },
  R22: { title: { en: 'language', ko: '지원 언어' }, sources: ['000'] },
  R23: { title: { en: 'no phone', ko: '전화 지원 없음' }, sources: ['000'] },
  R24: { title: { en: 'clock', ko: '응답 시간 계산' }, sources: ['000'], inferred: true },
  R25: { title: { en: 'priority', ko: '우선 응답' }, sources: ['000'] },
  R26: { title: { en: 'reminders', ko: '알림' }, sources: [], inferred: true },
  R27: { title: { en: 'delivered once', ko: '한 번만 전달' }, sources: [], inferred: true },
} as const satisfies Readonly<Record<`R${number}`, Rule>>;

export type RuleId = keyof typeof rulebook;

export const ruleIds = Object.keys(rulebook) as RuleId[];
