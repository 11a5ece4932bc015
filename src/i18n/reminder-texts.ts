/**
 * Every user-facing string of reminder cards (R26) and of undeliverable
 * reminders (R27), in English and Korean. Korean uses the ko-KR documents'
 * terms (심각도, 서비스 요청, 지원 요청 관리, 모든 지원 티켓 보기, 영업일) in
 * natural spacing; a key missing from `ko` fails to compile.
 */
import { defineTexts } from '../domain/texts/define-texts';
import { en as labelsEn, ko as labelsKo } from './request-labels';

export const en = {
  ...labelsEn,
  'heading.due-soon': "Microsoft's initial response is due soon",
  'heading.breached': "Microsoft's initial response is overdue",
  'heading.still-waiting': 'Still waiting for Microsoft (follow-up {n} of {total})',
  'time.line': 'Initial response due {deadline}: {timeLeft}.',
  'fact.clock': 'Clock',
  'value.none': 'not recorded yet',
  'clock.wall': 'English support: around the clock',
  'clock.business': 'Business hours in {timeZone} (local-language or non break-fix support)',
  'advice.due-soon': 'If Microsoft has already answered, choose "Microsoft responded" so the reminders stop.',
  'advice.breached':
    'The initial response target has passed. Check the request in "Manage support requests" (Azure portal) or "See all support tickets" (Office 365 admin center).',
  'advice.still-waiting':
    'Microsoft has still not answered. Add what you know to the request in "Manage support requests" or "See all support tickets", and record their answer here when it comes.',
  'advice.escalation': 'Reminder for a request in another conversation, requested by {name}.',
  'action.open': 'Open request',
  'note.snoozed': 'Snoozed until {time}.',
  'note.responded': 'Microsoft responded. Reminders stopped.',
  'note.resolved': 'Resolved. Reminders stopped.',
  'note.cancelled': 'Cancelled. Reminders stopped.',
  summary: '{heading}: {title}',
  undeliverable: '⚠ Reminders stopped on {time}: the bot can no longer post in this conversation ({reason}).',
  'undeliverable.channel':
    'The escalation channel stopped accepting reminders on {time} ({reason}). Set it again with "set escalation channel".',
} as const;

export type ReminderTextKey = keyof typeof en;

export const ko: Record<ReminderTextKey, string> = {
  ...labelsKo,
  'heading.due-soon': 'Microsoft의 최초 응답 기한이 곧 다가옵니다',
  'heading.breached': 'Microsoft의 최초 응답 기한이 지났습니다',
  'heading.still-waiting': 'Microsoft의 응답을 아직 기다리고 있습니다(후속 알림 {n}/{total})',
  'time.line': '최초 응답 기한 {deadline}: {timeLeft}.',
  'fact.clock': '기준 시간',
  'value.none': '아직 기록되지 않음',
  'clock.wall': '영어 지원: 24시간',
  'clock.business': '{timeZone} 영업시간 기준(현지 언어 지원 또는 고장 수리 외 문제)',
  'advice.due-soon': 'Microsoft가 이미 응답했다면 알림이 멈추도록 "Microsoft가 응답함"을 선택하세요.',
  'advice.breached':
    '최초 응답 목표 시간이 지났습니다. Azure Portal의 "지원 요청 관리" 또는 Office 365 관리 센터의 "모든 지원 티켓 보기"에서 요청을 확인하세요.',
  'advice.still-waiting':
    'Microsoft가 아직 응답하지 않았습니다. "지원 요청 관리" 또는 "모든 지원 티켓 보기"에서 요청에 알고 있는 내용을 추가하고, 응답을 받으면 여기에 기록하세요.',
  'advice.escalation': '다른 대화에 있는 요청의 알림입니다. 요청자: {name}.',
  'action.open': '요청 열기',
  'note.snoozed': '{time}까지 알림을 미뤘습니다.',
  'note.responded': 'Microsoft가 응답했습니다. 알림을 멈췄습니다.',
  'note.resolved': '해결되었습니다. 알림을 멈췄습니다.',
  'note.cancelled': '취소되었습니다. 알림을 멈췄습니다.',
  summary: '{heading}: {title}',
  undeliverable: '⚠ {time}부터 알림이 중지되었습니다. 봇이 이 대화에 더 이상 게시할 수 없습니다({reason}).',
  'undeliverable.channel':
    '{time}부터 에스컬레이션 채널에 알림을 게시할 수 없습니다({reason}). "에스컬레이션 채널 설정"으로 다시 설정하세요.',
};

export const reminderText = defineTexts({ en, ko });
