/**
 * When Microsoft owes an initial response (R21, R22, R24), and the points in
 * that window the reminder scheduler needs (R26: 75 %, the deadline, then
 * every window length after it) — all on the same clock.
 */
import type { Language } from '../facts';
import { responseTarget, type Severity } from '../severity';
import { addBusinessTime, businessDayLength, type LandingAtClose, nextBusinessInstant } from './business-hours';
import type { Calendar } from './calendar';

/** `wall`: 24×7 elapsed time. `business`: only business hours of the calendar count. */
export type ClockKind = 'wall' | 'business';

export interface ResponseWindow {
  readonly filedAt: Date;
  readonly clock: ClockKind;
  /** When the clock starts: `filedAt`, or the next opening if filed outside business hours. */
  readonly start: Date;
  /** Window length measured on `clock` (business milliseconds for the business clock). */
  readonly lengthMs: number;
  readonly deadline: Date;
  /** The instant `fraction` × length after `start` on this window's clock: 0.75 → due soon, 1 → deadline, 2 → one window after it. */
  pointAt(fraction: number): Date;
}

const hourMs = 3_600_000;

/** R22, R24: only English break-fix targets run around the clock; local language and non break-fix follow business hours. */
export function responseClock(severity: Severity, language: Language): ClockKind {
  return severity !== 'non-break-fix' && language === 'en' ? 'wall' : 'business';
}

/**
 * R21, R24. Non break-fix: "one business day" is the same local time on the
 * next business day. A request filed outside business hours (Friday 20:00,
 * Saturday, a holiday) starts at the next opening, so Friday 20:00 → clock
 * starts Monday 09:00 → due Tuesday 09:00. The same rule starts a local
 * language break-fix clock: Friday 17:00 severity A → Monday 10:00.
 */
export function responseWindow(
  filedAt: Date,
  severity: Severity,
  language: Language,
  calendar: Calendar,
): ResponseWindow {
  const target = responseTarget(severity);
  const clock = responseClock(severity, language);
  const lengthMs = target.kind === 'hours' ? target.hours * hourMs : target.days * businessDayLength(calendar);
  // Whole business days end at the next opening, not at the previous close (see LandingAtClose).
  const landing: LandingAtClose = target.kind === 'hours' ? 'close' : 'next-opening';
  const start = clock === 'wall' ? filedAt : nextBusinessInstant(filedAt, calendar);
  const pointAt = (fraction: number): Date => {
    if (!Number.isFinite(fraction) || fraction < 0)
      throw new RangeError(`fraction must be finite and non-negative, got ${fraction}`);
    const offset = Math.round(fraction * lengthMs);
    return clock === 'wall' ? new Date(start.getTime() + offset) : addBusinessTime(start, offset, calendar, landing);
  };
  return { filedAt, clock, start, lengthMs, deadline: pointAt(1), pointAt };
}

/** The initial-response deadline (R21, R22, R24). */
export function deadline(filedAt: Date, severity: Severity, language: Language, calendar: Calendar): Date {
  return responseWindow(filedAt, severity, language, calendar).deadline;
}
