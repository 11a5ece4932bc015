/**
 * Example questions for the help card: one per topic a new user most likely
 * needs, worded the way the answer's own title would not be.
 */
import type { Language } from '../facts';
import { localize } from '../texts/define-texts';
import type { Localized, TopicId } from './topic';

export interface ExampleQuestion {
  readonly topic: TopicId;
  readonly text: Localized;
}

export const exampleQuestionList: readonly ExampleQuestion[] = [
  {
    topic: 'how-to-file',
    text: { en: 'How do I file a service request for a customer?', ko: '고객 대신 서비스 요청은 어떻게 제출하나요?' },
  },
  {
    topic: 'severity-response-times',
    text: { en: 'What do severity A, B and C mean?', ko: '심각도 A, B, C는 각각 무슨 뜻인가요?' },
  },
  {
    topic: 'incidents-remaining',
    text: { en: 'How many partner support incidents do we have left?', ko: '남은 파트너 지원 인시던트는 몇 건인가요?' },
  },
  {
    topic: 'activate-technical-benefits',
    text: { en: 'Who can activate our technical benefits?', ko: '우리 회사 기술 혜택은 누가 활성화하나요?' },
  },
  {
    topic: 'own-tenant-support',
    text: { en: 'Does CSP support cover our own tenant?', ko: '자체 테넌트 문제도 CSP 지원을 받을 수 있나요?' },
  },
  {
    topic: 'phone-support',
    text: { en: 'Can I open a service request by phone?', ko: '전화로 서비스 요청을 할 수 있나요?' },
  },
];

export function exampleQuestions(language: Language): readonly string[] {
  return exampleQuestionList.map((example) => localize(example.text, language));
}
