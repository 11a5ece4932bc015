/**
 * Follow-up links the answers offer, each named once so topics share them;
 * the addresses come from the domain's one table of the documents' links.
 */
import { links } from '../links';
import type { Localized } from '../texts/define-texts';

export interface AnswerLink {
  readonly title: Localized;
  readonly url: string;
}

export const answerLinks = {
  supportForBusiness: {
    title: { en: 'Support for Business', ko: 'Support for Business' },
    url: links.supportForBusiness,
  },
  incidentsRemaining: {
    title: { en: 'How many partner support incidents are remaining?', ko: '남은 파트너 지원 인시던트 수 확인 방법' },
    url: links.incidentsRemaining,
  },
  technicalBenefits: {
    title: { en: 'Technical benefits in Partner Center', ko: '파트너 센터 기술 혜택' },
    url: links.technicalBenefits,
  },
  userManagement: {
    title: { en: 'User management', ko: '사용자 관리' },
    url: links.userManagement,
  },
  partnerSupportPlans: {
    title: { en: 'Compare partner support plans', ko: '파트너 지원 플랜 비교' },
    url: links.partnerSupportPlans,
  },
  dynamicsSupport: {
    title: { en: 'Contact Dynamics support', ko: 'Dynamics 지원에 문의' },
    url: links.dynamicsSupport,
  },
  azureSupportFaq: {
    title: { en: 'Azure support FAQ', ko: 'Azure 지원 FAQ' },
    url: links.azureSupportFaq,
  },
  partnerCenter: {
    title: { en: 'Partner Center', ko: '파트너 센터' },
    url: links.partnerCenter,
  },
  customers: {
    title: { en: 'Customers in Partner Center', ko: '파트너 센터 고객 목록' },
    url: links.customers,
  },
  productLifecycle: {
    title: { en: 'Supported on-premises versions (N-1 policy)', ko: '지원되는 온-프레미스 버전(N-1 정책)' },
    url: links.productLifecycle,
  },
} as const satisfies Record<string, AnswerLink>;

export type AnswerLinkId = keyof typeof answerLinks;
