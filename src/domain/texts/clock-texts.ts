/**
 * Every user-facing string of the response clock, in English and Korean. A
 * key missing from `ko` fails to compile.
 */
import { defineTexts } from './define-texts';

export const en = {
  days: '{n} d',
  hours: '{n} h',
  minutes: '{n} min',
  underAMinute: 'less than 1 min',
  left: '{duration} left',
  overdue: 'overdue by {duration}',
  /** luxon format of a deadline; the zone's short name follows. */
  deadlineFormat: 'ccc d LLL, HH:mm',
  dueWallHours: '{n, plural, one {# hour} other {# hours}}, around the clock — by {deadline}',
  dueBusinessHours: '{n, plural, one {# business hour} other {# business hours}} — by {deadline}',
  dueBusinessDays: '{n, plural, one {# business day} other {# business days}} — by {deadline}',
  locale: 'en-GB',
} as const;

export type ClockTextKey = keyof typeof en;

export const ko: Record<ClockTextKey, string> = {
  days: '{n}일',
  hours: '{n}시간',
  minutes: '{n}분',
  underAMinute: '1분 미만',
  left: '{duration} 남음',
  overdue: '{duration} 지남',
  deadlineFormat: 'M월 d일 (ccc) HH:mm',
  dueWallHours: '24시간 기준 {n}시간 — {deadline}까지',
  dueBusinessHours: '영업시간 기준 {n}시간 — {deadline}까지',
  dueBusinessDays: '{n}영업일 — {deadline}까지',
  locale: 'ko-KR',
};

export const clockText = defineTexts({ en, ko });
