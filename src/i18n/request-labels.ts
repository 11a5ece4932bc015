/**
 * What the request card and the reminder card both say, defined once: the
 * labels of a request's facts and actions, and R21's advice on raising
 * severity. Korean follows the ko-KR documents' terms (심각도, 서비스 요청,
 * 지원 요청 관리, 모든 지원 티켓 보기); a key missing from `ko` fails to compile.
 */
import type { Language, Product } from '../domain/facts';
import type { SupportRequest } from '../domain/requests/support-request';
import { defineTexts } from '../domain/texts/define-texts';

export const en = {
  'fact.severity': 'Severity',
  'fact.vehicle': 'Support vehicle',
  'fact.number': 'Service request number',
  'fact.deadline': 'Initial response due',
  'value.untitled': '(no title)',
  'action.responded': 'Microsoft responded',
  'action.resolved': 'Resolved',
  'action.raiseSeverity': 'Raise severity',
  'action.snooze30': 'Snooze 30 min',
  'action.snooze60': 'Snooze 1 h',
  'raise.guidance':
    'R21: severity is determined by the business impact you indicate when you submit the service request (production down: Severity A, {hoursA, plural, one {# hour} other {# hours}}; partially affected: Severity B, {hoursB, plural, one {# hour} other {# hours}}). The documents do not describe changing it afterwards, so: {where} and update the business impact there if the form allows it, or ask the Microsoft support engineer on the request to raise it. Do not file a second request for the same problem. Raising it here updates this tracking and restarts the response clock now.',
  'raise.whereAzure': 'open the existing request in the Azure portal under **Manage support requests**',
  'raise.whereOffice': 'open the existing request in the Office 365 admin center under **See all support tickets**',
  'raise.whereAny':
    'open the existing request where you filed it (Azure portal: **Manage support requests**; Office 365 admin center: **See all support tickets**)',
} as const;

export type RequestLabelKey = keyof typeof en;

export const ko: Record<RequestLabelKey, string> = {
  'fact.severity': '심각도',
  'fact.vehicle': '지원 경로',
  'fact.number': '서비스 요청 번호',
  'fact.deadline': '최초 응답 기한',
  'value.untitled': '(제목 없음)',
  'action.responded': 'Microsoft가 응답함',
  'action.resolved': '해결됨',
  'action.raiseSeverity': '심각도 높이기',
  'action.snooze30': '30분 후 다시 알림',
  'action.snooze60': '1시간 후 다시 알림',
  'raise.guidance':
    'R21: 심각도는 서비스 요청을 제출할 때 지정한 비즈니스 영향에 따라 결정됩니다(프로덕션 서비스가 중단되면 심각도 A로 {hoursA}시간, 일부만 영향을 받으면 심각도 B로 {hoursB}시간). 문서에는 제출 후 변경하는 방법이 나와 있지 않으므로 {where}. 양식에서 가능하면 비즈니스 영향을 변경하고, 아니면 해당 요청을 담당하는 Microsoft 지원 엔지니어에게 심각도를 높여 달라고 요청하세요. 같은 문제로 요청을 새로 제출하지 마세요. 여기서 높이면 이 추적 정보가 바뀌고 응답 기한이 지금부터 다시 계산됩니다.',
  'raise.whereAzure': 'Azure Portal에서 **지원 요청 관리**를 선택해 기존 요청을 여세요',
  'raise.whereOffice': 'Office 365 관리 센터에서 **모든 지원 티켓 보기**를 선택해 기존 요청을 여세요',
  'raise.whereAny':
    '요청을 제출한 곳에서 기존 요청을 여세요(Azure Portal: **지원 요청 관리**, Office 365 관리 센터: **모든 지원 티켓 보기**)',
};

const label = defineTexts({ en, ko });

/** R10, R11: the business impact is updated where the request was filed, which depends on the product. */
const whereByProduct: Partial<Record<Product, RequestLabelKey>> = {
  azure: 'raise.whereAzure',
  m365: 'raise.whereOffice',
  dynamics365: 'raise.whereOffice',
};

/** Where to update the business impact of this request, in the user's language. */
export function whereToUpdateImpact(request: SupportRequest, language: Language): string {
  const product = request.facts.product;
  return label(language, (product === undefined ? undefined : whereByProduct[product]) ?? 'raise.whereAny');
}

/** R21's advice on raising severity, the one wording both cards show. */
export function raiseGuidance(request: SupportRequest, language: Language): string {
  return label(language, 'raise.guidance', { where: whereToUpdateImpact(request, language) });
}
