/**
 * Every user-facing string of tracked requests: the request card,
 * the status card, action confirmations and problems. Korean follows the
 * ko-KR documents' terms (서비스 요청, 심각도, 지원 요청 관리, 모든 지원 티켓 보기)
 * in natural spacing; a key missing from `ko` fails to compile.
 */
import { defineTexts } from '../domain/texts/define-texts';
import { en as labelsEn, ko as labelsKo } from './request-labels';

export const en = {
  ...labelsEn,
  'card.heading': 'Support request',
  'fact.status': 'Status',
  'fact.timeLeft': 'Time left',
  'fact.requestedBy': 'Requested by',
  'value.none': 'not given yet',
  'value.noDeadline': 'no deadline yet',
  'value.severityUnknown': 'not known',
  'severity.short': 'Severity {severity}',
  'severity.shortNonBreakFix': 'Non break-fix',

  'status.draft': 'Not filed yet',
  'status.filed': 'Filed: waiting for Microsoft',
  'status.responded': 'Microsoft responded',
  'status.resolved': 'Resolved',
  'status.cancelled': 'Cancelled',

  'history.heading': 'History',
  'history.line': '{at} · {who}: {what}',
  /** luxon format for history times, in the request's time zone. */
  'history.timeFormat': 'd LLL HH:mm',
  'history.locale': 'en-GB',
  'history.created': 'created the request',
  'history.filed': 'marked it filed',
  'history.responded': 'recorded that Microsoft responded',
  'history.resolved': 'marked it resolved',
  'history.cancelled': 'cancelled it',
  'history.severity': 'raised the severity {from} → {to}',
  'history.number': 'set the service request number to {to}',
  'history.snoozed': 'snoozed reminders until {to}',
  'history.other': '{action}',
  'history.someone': 'someone',

  'action.file': "I've filed it",
  'action.addNumber': 'Add request number',
  'action.changeNumber': 'Change request number',
  'action.cancel': 'Cancel request',
  'action.cancelConfirm': 'Cancel this request? Its reminders stop; the history stays.',
  'action.cancelYes': 'Yes, cancel it',
  'action.snooze': 'Snooze reminders',
  'action.setNumber': 'Set request number',
  'action.open': 'Open',
  'action.more': 'More',
  'action.save': 'Save',
  'raise.choose': 'New severity',
  'raise.submit': 'Raise severity',
  'raise.error': 'Choose a severity.',
  'number.label': 'Service request number (digits only)',
  'number.placeholder': 'e.g. 2411210010001234',
  'number.error': 'Enter digits only (6 to 20 digits).',

  'done.file': 'Marked as filed. I will track the initial response deadline.',
  'done.responded': 'Recorded: Microsoft responded. Reminders stop.',
  'done.resolved': 'Marked as resolved.',
  'done.cancel': 'Request cancelled. Reminders stop.',
  'done.raiseSeverity':
    'Severity raised to {severity} here; the response clock restarted now. Tell Microsoft too (R21): {where} and update the business impact, or ask the support engineer on the request.',
  'done.setNumber': 'Service request number saved: {number}.',
  'done.snooze': 'Reminders snoozed until {until}.',

  'conflict.raced': 'Someone else changed this request at the same moment.',
  'conflict.status':
    'This request is now "{status}", so "{action}" no longer applies. The card shows its current state.',
  'conflict.severity': 'Severity can only be raised (R21), and it is already {severity}.',
  'conflict.sameNumber': 'The service request number is already {number}.',

  'invalid.malformed': 'This card action is not in the expected form, so nothing was changed.',
  'invalid.verb': 'I do not know the action "{verb}", so nothing was changed.',
  'invalid.requestId': 'This card action does not say which request it is for, so nothing was changed.',
  'invalid.severity': 'Choose severity A, B or C to raise to; nothing was changed.',
  'invalid.number': 'The request number must be digits only (6 to 20 digits); nothing was changed.',
  'invalid.minutes': 'Reminders can be snoozed for 30 or 60 minutes only; nothing was changed.',

  alreadyTracked: 'This is already tracked as a support request, so nothing new was filed. Here it is:',

  elsewhere:
    "This request can only be changed where its cards are: the chat or thread it was filed in, the organisation's escalation channel, or the requester's own chat with me. Nothing was changed.",
  notFound: 'I cannot find that request. It may have been removed, or it belongs to another organization.',

  'status.heading.personal': 'Your open support requests',
  'status.heading.team': "This team's open support requests",
  'status.empty': 'No open support requests. Describe a customer problem to start a new assessment.',
  'status.more': 'and {count} more not shown',
  'status.rowLine': '{severity} · {status} · {number}',
  'status.noNumber': 'no request number yet',
} as const;

export type RequestTextKey = keyof typeof en;

export const ko: Record<RequestTextKey, string> = {
  ...labelsKo,
  'card.heading': '서비스 요청',
  'fact.status': '상태',
  'fact.timeLeft': '남은 시간',
  'fact.requestedBy': '요청자',
  'value.none': '아직 없음',
  'value.noDeadline': '아직 기한 없음',
  'value.severityUnknown': '알 수 없음',
  'severity.short': '심각도 {severity}',
  'severity.shortNonBreakFix': '고장 수리 외 문제',

  'status.draft': '아직 제출하지 않음',
  'status.filed': '제출됨: Microsoft 응답 대기 중',
  'status.responded': 'Microsoft 응답 받음',
  'status.resolved': '해결됨',
  'status.cancelled': '취소됨',

  'history.heading': '기록',
  'history.line': '{at} · {who}: {what}',
  'history.timeFormat': 'M월 d일 HH:mm',
  'history.locale': 'ko-KR',
  'history.created': '요청을 만들었습니다',
  'history.filed': '제출했다고 표시했습니다',
  'history.responded': 'Microsoft가 응답했다고 기록했습니다',
  'history.resolved': '해결됨으로 표시했습니다',
  'history.cancelled': '요청을 취소했습니다',
  'history.severity': '심각도를 {from} → {to}(으)로 높였습니다',
  'history.number': '서비스 요청 번호를 {to}(으)로 설정했습니다',
  'history.snoozed': '{to}까지 알림을 미뤘습니다',
  'history.other': '{action}',
  'history.someone': '알 수 없는 사용자',

  'action.file': '제출했습니다',
  'action.addNumber': '서비스 요청 번호 추가',
  'action.changeNumber': '서비스 요청 번호 변경',
  'action.cancel': '요청 취소',
  'action.cancelConfirm': '이 요청을 취소할까요? 알림이 중지되고 기록은 남습니다.',
  'action.cancelYes': '예, 취소합니다',
  'action.snooze': '알림 미루기',
  'action.setNumber': '서비스 요청 번호 설정',
  'action.open': '열기',
  'action.more': '더 보기',
  'action.save': '저장',
  'raise.choose': '새 심각도',
  'raise.submit': '심각도 높이기',
  'raise.error': '심각도를 선택하세요.',
  'number.label': '서비스 요청 번호(숫자만)',
  'number.placeholder': '예: 2411210010001234',
  'number.error': '숫자만 입력하세요(6~20자리).',

  'done.file': '제출됨으로 표시했습니다. 최초 응답 기한을 추적하겠습니다.',
  'done.responded': 'Microsoft가 응답했다고 기록했습니다. 알림을 멈춥니다.',
  'done.resolved': '해결됨으로 표시했습니다.',
  'done.cancel': '요청을 취소했습니다. 알림을 멈춥니다.',
  'done.raiseSeverity':
    '여기서 심각도를 {severity}(으)로 높였고 응답 기한을 지금부터 다시 계산했습니다. Microsoft에도 알리세요(R21): {where}. 그런 다음 비즈니스 영향을 변경하거나 요청을 담당하는 지원 엔지니어에게 요청하세요.',
  'done.setNumber': '서비스 요청 번호를 저장했습니다: {number}',
  'done.snooze': '{until}까지 알림을 미뤘습니다.',

  'conflict.raced': '같은 순간에 다른 사람이 이 요청을 변경했습니다.',
  'conflict.status':
    '이 요청은 현재 "{status}" 상태여서 "{action}"을(를) 적용할 수 없습니다. 카드에 현재 상태를 표시했습니다.',
  'conflict.severity': '심각도는 높이기만 할 수 있으며(R21), 이미 {severity}입니다.',
  'conflict.sameNumber': '서비스 요청 번호가 이미 {number}입니다.',

  'invalid.malformed': '카드 작업 데이터의 형식이 올바르지 않아 아무것도 변경하지 않았습니다.',
  'invalid.verb': '"{verb}" 작업을 알 수 없어 아무것도 변경하지 않았습니다.',
  'invalid.requestId': '어느 요청에 대한 작업인지 알 수 없어 아무것도 변경하지 않았습니다.',
  'invalid.severity': '높일 심각도로 A, B, C 중 하나를 선택하세요. 아무것도 변경하지 않았습니다.',
  'invalid.number': '서비스 요청 번호는 숫자만(6~20자리) 입력할 수 있습니다. 아무것도 변경하지 않았습니다.',
  'invalid.minutes': '알림은 30분 또는 60분만 미룰 수 있습니다. 아무것도 변경하지 않았습니다.',

  alreadyTracked: '이미 서비스 요청으로 추적하고 있어 새로 제출하지 않았습니다. 현재 요청은 다음과 같습니다.',

  elsewhere:
    '이 요청은 카드가 게시된 곳에서만 변경할 수 있습니다. 요청을 제출한 채팅이나 스레드, 조직의 에스컬레이션 채널, 또는 요청자와 저의 개인 채팅에서 변경하세요. 아무것도 변경하지 않았습니다.',
  notFound: '해당 요청을 찾을 수 없습니다. 삭제되었거나 다른 조직의 요청일 수 있습니다.',

  'status.heading.personal': '내 진행 중인 서비스 요청',
  'status.heading.team': '이 팀의 진행 중인 서비스 요청',
  'status.empty': '진행 중인 서비스 요청이 없습니다. 고객 문제를 설명하시면 새 검토를 시작합니다.',
  'status.more': '외 {count}건은 표시하지 않았습니다',
  'status.rowLine': '{severity} · {status} · {number}',
  'status.noNumber': '요청 번호 없음',
};

export const requestText = defineTexts({ en, ko });
