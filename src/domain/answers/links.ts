/**
 * Follow-up links the answers offer, each named once so topics share them.
 * Addresses are the ones the source documents give; locale-free where the site
 * picks the reader's language itself.
 */
import type { Language } from '../facts';

export interface AnswerLink {
  readonly title: Readonly<Record<Language, string>>;
  readonly url: string;
}

export const answerLinks = {
  supportForBusiness: {
    title: { en: 'Support for Business', ko: 'Support for Business' },
    url: 'https://support.serviceshub.microsoft.com/supportforbusiness/create',
  },
  incidentsRemaining: {
    title: { en: 'How many partner support incidents are remaining?', ko: '남은 파트너 지원 인시던트 수 확인 방법' },
    url: 'https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3',
  },
  technicalBenefits: {
    title: { en: 'Technical benefits in Partner Center', ko: '파트너 센터 기술 혜택' },
    url: 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical',
  },
  userManagement: {
    title: { en: 'User management', ko: '사용자 관리' },
    url: 'https://partner.microsoft.com/dashboard/account/v3/usermanagement#users',
  },
  partnerSupportPlans: {
    title: { en: 'Compare partner support plans', ko: '파트너 지원 플랜 비교' },
    url: 'https://partner.microsoft.com/support/partnersupport',
  },
  dynamicsSupport: {
    title: { en: 'Contact Dynamics support', ko: 'Dynamics 지원에 문의' },
    url: 'https://learn.microsoft.com/dynamics365/customer-engagement/admin/contact-technical-support',
  },
  azureSupportFaq: {
    title: { en: 'Azure support FAQ', ko: 'Azure 지원 FAQ' },
    url: 'https://go.microsoft.com/fwlink/?LinkId=717532',
  },
  partnerCenter: {
    title: { en: 'Partner Center', ko: '파트너 센터' },
    url: 'https://partner.microsoft.com/dashboard',
  },
  customers: {
    title: { en: 'Customers in Partner Center', ko: '파트너 센터 고객 목록' },
    url: 'https://partner.microsoft.com/commerce/customers/list',
  },
  productLifecycle: {
    title: { en: 'Supported on-premises versions (N-1 policy)', ko: '지원되는 온-프레미스 버전(N-1 정책)' },
    url: 'https://aka.ms/n-1',
  },
} as const satisfies Record<string, AnswerLink>;

export type AnswerLinkId = keyof typeof answerLinks;
