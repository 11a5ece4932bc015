/**
 * How long until (or since) a deadline, on the wall clock the user lives on.
 */
import type { Language } from '../facts';
import { clockText } from '../texts/clock-texts';
import { formatDuration } from './duration-text';

export interface TimeLeft {
  /** True from the deadline itself onward: the reminder at the deadline is the "breached" one (R26). */
  readonly overdue: boolean;
  /** Milliseconds left, or since the deadline when overdue; never negative. */
  readonly ms: number;
}

export function timeLeft(deadline: Date, now: Date): TimeLeft {
  const ms = deadline.getTime() - now.getTime();
  return { overdue: ms <= 0, ms: Math.abs(ms) };
}

/** "1 h 20 min left" / "overdue by 35 min" / "1시간 20분 남음" / "35분 지남". */
export function formatTimeLeft(deadline: Date, now: Date, language: Language): string {
  const left = timeLeft(deadline, now);
  return clockText(language, left.overdue ? 'overdue' : 'left', { duration: formatDuration(left.ms, language) });
}
