/**
 * The business-hours calendar behind the response clock (R22, R24): a time
 * zone, working days, working hours and holidays, all in local time.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Language } from '../facts';
import { isIanaZone } from './time-zone';

const timeOfDayPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

const timeOfDaySchema = z.string().regex(timeOfDayPattern, 'expected HH:mm (00:00–23:59)');

/** A local date such as 2026-03-01; the check on DateTime rejects 2026-02-30. */
const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value) => DateTime.fromISO(value).isValid, 'not a calendar date');

/** ISO weekday numbers, as luxon counts them: 1 = Monday … 7 = Sunday. */
const weekdaySchema = z.number().int().min(1).max(7);

export const calendarSchema = z
  .object({
    /** IANA zone id (Asia/Seoul); fixed-offset tables would miss DST, so only real zones pass. */
    timeZone: z.string().refine(isIanaZone, 'not an IANA time zone'),
    workingDays: z.array(weekdaySchema).min(1).default([1, 2, 3, 4, 5]),
    opensAt: timeOfDaySchema.default('09:00'),
    closesAt: timeOfDaySchema.default('18:00'),
    holidays: z.array(isoDateSchema).default([]),
  })
  // Hours that wrap past midnight are not supported: a business day lives inside one local date.
  .refine((calendar) => calendar.opensAt < calendar.closesAt, {
    message: 'opensAt must be before closesAt',
    path: ['closesAt'],
  });

export type Calendar = z.infer<typeof calendarSchema>;
export type CalendarInput = z.input<typeof calendarSchema>;

/**
 * R24 default zone per support language. English break-fix runs on the wall
 * clock anyway; UTC only matters for English non break-fix when no tenant zone is known.
 */
const defaultTimeZone: Record<Language, string> = { en: 'UTC', ko: 'Asia/Seoul' };

/** R24: Mon–Fri 09:00–18:00 in the language's default zone, no holidays. */
export function defaultCalendar(language: Language): Calendar {
  return calendarSchema.parse({ timeZone: defaultTimeZone[language] });
}

/** Minutes after local midnight for an HH:mm string already checked by the schema. */
export function minutesOfDay(timeOfDay: string): number {
  const [hours, minutes] = timeOfDay.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
