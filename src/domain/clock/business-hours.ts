/**
 * Time measured only inside business hours (R22, R24): the clock that local
 * language support and non break-fix requests run on. Every instant is a real
 * `Date`; luxon turns local calendar days into instants, so DST days are right.
 */
import { DateTime } from 'luxon';
import { type Calendar, minutesOfDay } from './calendar';
import { isPublicHoliday } from './holidays';

/**
 * What adding business time returns when it lands exactly on a closing time:
 * `'close'` keeps the closing instant (a 2 h target from 16:00 is due 18:00
 * today); `'next-opening'` moves to the next opening (one business day from
 * 09:00 is 09:00 on the next business day, R24). Both are the same point on
 * the business clock.
 */
export type LandingAtClose = 'close' | 'next-opening';

interface BusinessDay {
  readonly opens: number;
  readonly closes: number;
}

const minuteMs = 60_000;

function localDay(instant: number, calendar: Calendar): DateTime {
  return DateTime.fromMillis(instant, { zone: calendar.timeZone }).startOf('day');
}

function isWorkingDay(day: DateTime, calendar: Calendar): boolean {
  const date = day.toISODate() ?? '';
  const publicHoliday = calendar.publicHolidays !== undefined && isPublicHoliday(calendar.publicHolidays, date);
  return calendar.workingDays.includes(day.weekday) && !calendar.holidays.includes(date) && !publicHoliday;
}

function atLocalTime(day: DateTime, timeOfDay: string): number {
  const minutes = minutesOfDay(timeOfDay);
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
}

function businessDayOf(day: DateTime, calendar: Calendar): BusinessDay | undefined {
  if (!isWorkingDay(day, calendar)) return undefined;
  return { opens: atLocalTime(day, calendar.opensAt), closes: atLocalTime(day, calendar.closesAt) };
}

/** Calls `visit` with each business day from the local day of `from` onward until it returns true. */
function walkBusinessDays(from: number, calendar: Calendar, visit: (day: BusinessDay) => boolean): void {
  // Terminates: at least one working day per week (schema) and finitely many holidays.
  for (let day = localDay(from, calendar); ; day = day.plus({ days: 1 })) {
    const hours = businessDayOf(day, calendar);
    if (hours !== undefined && visit(hours)) return;
  }
}

/** The length of one business day on this calendar, e.g. 9 h for 09:00–18:00. */
export function businessDayLength(calendar: Calendar): number {
  return (minutesOfDay(calendar.closesAt) - minutesOfDay(calendar.opensAt)) * minuteMs;
}

export function isBusinessTime(instant: Date, calendar: Calendar): boolean {
  const day = businessDayOf(localDay(instant.getTime(), calendar), calendar);
  return day !== undefined && instant.getTime() >= day.opens && instant.getTime() < day.closes;
}

/** `instant` itself during business hours, otherwise the next opening (after hours, weekends, holidays). */
export function nextBusinessInstant(instant: Date, calendar: Calendar): Date {
  const at = instant.getTime();
  let found = at;
  walkBusinessDays(at, calendar, (day) => {
    if (at >= day.closes) return false;
    found = Math.max(at, day.opens);
    return true;
  });
  return new Date(found);
}

/** The instant at which `ms` of business time has passed since `start` (R24). */
export function addBusinessTime(start: Date, ms: number, calendar: Calendar, landing: LandingAtClose = 'close'): Date {
  if (!Number.isFinite(ms) || ms < 0)
    throw new RangeError(`business time must be a finite, non-negative duration, got ${ms}`);
  let remaining = ms;
  let cursor = nextBusinessInstant(start, calendar).getTime();
  walkBusinessDays(cursor, calendar, (day) => {
    const from = Math.max(cursor, day.opens);
    const available = day.closes - from;
    if (remaining < available || (remaining === available && landing === 'close')) {
      cursor = from + remaining;
      return true;
    }
    remaining -= available;
    cursor = day.closes;
    return false;
  });
  return new Date(cursor);
}

/** Business time from `from` to `to`; negative when `to` is earlier. */
export function businessTimeBetween(from: Date, to: Date, calendar: Calendar): number {
  if (to.getTime() < from.getTime()) return -businessTimeBetween(to, from, calendar);
  const start = from.getTime();
  const end = to.getTime();
  let total = 0;
  walkBusinessDays(start, calendar, (day) => {
    if (day.opens >= end) return true;
    total += Math.max(0, Math.min(end, day.closes) - Math.max(start, day.opens));
    return false;
  });
  return total;
}
