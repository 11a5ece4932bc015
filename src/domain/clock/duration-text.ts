/**
 * Durations and deadlines as people read them: "1 h 20 min", "1시간 20분",
 * "Mon 16 Mar, 10:00 KST", and the answer card's due line.
 */
import { DateTime } from 'luxon';
import type { Language } from '../facts';
import { responseTarget, type Severity } from '../severity';
import { clockText, type ClockTextKey } from '../texts/clock-texts';
import type { ResponseWindow } from './deadline';
import { zoneAbbreviation } from './zones';

const units: ReadonlyArray<{ readonly key: ClockTextKey; readonly ms: number }> = [
  { key: 'days', ms: 86_400_000 },
  { key: 'hours', ms: 3_600_000 },
  { key: 'minutes', ms: 60_000 },
];

/**
 * The two largest non-zero units, rounded down to the minute so a reminder
 * never promises more time than is left.
 */
export function formatDuration(ms: number, language: Language): string {
  let rest = Math.floor(Math.abs(ms) / 60_000) * 60_000;
  if (rest === 0) return clockText(language, 'underAMinute');
  const counts = units.map((unit) => {
    const count = Math.floor(rest / unit.ms);
    rest -= count * unit.ms;
    return { key: unit.key, count };
  });
  const largest = counts.findIndex((unit) => unit.count > 0);
  return counts
    .slice(largest, largest + 2)
    .filter((unit) => unit.count > 0)
    .map((unit) => clockText(language, unit.key, { n: unit.count }))
    .join(' ');
}

/** A time in `timeZone`, with the zone's short name so nobody guesses (R24): "Mon 16 Mar, 10:00 KST". */
export function formatDeadline(deadline: Date, timeZone: string, language: Language): string {
  const local = DateTime.fromJSDate(deadline, { zone: timeZone }).setLocale(clockText(language, 'locale'));
  return `${local.toFormat(clockText(language, 'deadlineFormat'))} ${zoneAbbreviation(timeZone, deadline)}`;
}

/**
 * The answer card's initial-response line (R21, R22, R24): the target on its
 * clock and the concrete time it falls due, e.g. "2 hours, around the clock —
 * by Mon 16 Mar, 12:27 KST" or "2 business hours — by Mon 16 Mar, 11:00 KST".
 */
export function formatDue(severity: Severity, window: ResponseWindow, timeZone: string, language: Language): string {
  const target = responseTarget(severity);
  const deadline = formatDeadline(window.deadline, timeZone, language);
  if (target.kind === 'business-days') return clockText(language, 'dueBusinessDays', { n: target.days, deadline });
  return clockText(language, window.clock === 'wall' ? 'dueWallHours' : 'dueBusinessHours', {
    n: target.hours,
    deadline,
  });
}
