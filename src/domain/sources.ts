/**
 * The source articles behind the rulebook (docs/rulebook.md, Sources: `[000]`…`[004]`).
 * Every answer names the article its rules come from, in the reader's language.
 */
import type { Language } from './facts';
import type { Localized } from './texts/define-texts';

export type SourceId = '000' | '001' | '002' | '003' | '004';

export interface SourceArticle {
  readonly id: SourceId;
  /** The article's file name on Microsoft Learn (partner-center docs). */
  readonly slug: string;
  readonly title: Localized;
}

export const sources: Readonly<Record<SourceId, SourceArticle>> = {
  '000': {
    id: '000',
    slug: 'report-problems-on-behalf-of-a-customer',
    title: { en: 'Report a service problem on behalf of a customer', ko: '고객을 대신하여 서비스 문제 보고' },
  },
  '001': {
    id: '001',
    slug: 'report-problems-on-behalf-of-a-customer',
    title: { en: 'Report problems on behalf of a customer (earlier edition)', ko: '고객 대신 문제 보고(이전 버전)' },
  },
  '002': {
    id: '002',
    slug: 'customer-support',
    title: { en: 'Provide technical support to customers', ko: '고객에게 기술 지원 제공' },
  },
  '003': {
    id: '003',
    slug: 'escalate-problems-to-microsoft',
    title: { en: 'Escalate problems to Microsoft', ko: 'Microsoft로 문제 에스컬레이션' },
  },
  '004': {
    id: '004',
    slug: 'mpn-benefits-technical-support',
    title: {
      en: 'MPN benefits: technical support for on-premises or cloud products',
      ko: 'MPN 혜택 - 온-프레미스 또는 클라우드 제품에 대한 기술 지원',
    },
  },
};

const learnLocale: Record<Language, string> = { en: 'en-us', ko: 'ko-kr' };

/** The article's address on Microsoft Learn, in the reader's language. */
export function sourceUrl(id: SourceId, language: Language): string {
  return `https://learn.microsoft.com/${learnLocale[language]}/partner-center/${sources[id].slug}`;
}
