/**
 * Durations and deadlines as people read them: "1 h 20 min", "1시간 20분",
 * "Mon 16 Mar 2026, 10:00 (Asia/Seoul)".
 */
import { DateTime } from 'luxon';
import type { Language } from '../facts';
import { clockText, type ClockTextKey } from './clock-texts';

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

/** A deadline in local time of `timeZone`, with the zone named so nobody guesses (R24). */
export function formatDeadline(deadline: Date, timeZone: string, language: Language): string {
  const local = DateTime.fromJSDate(deadline, { zone: timeZone }).setLocale(clockText(language, 'locale'));
  return `${local.toFormat(clockText(language, 'deadlineFormat'))} (${timeZone})`;
}
