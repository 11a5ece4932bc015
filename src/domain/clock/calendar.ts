/**
 * The business-hours calendar behind the response clock (R22, R24): a time
 * zone, working days, working hours and holidays, all in local time.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Language } from '../facts';
import { supportPolicy } from '../policy';
import { holidayCountryOf, holidayCountrySchema } from './holidays';
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
    workingDays: z
      .array(weekdaySchema)
      .min(1)
      .default([...supportPolicy.businessHours.workingDays]),
    opensAt: timeOfDaySchema.default(supportPolicy.businessHours.opensAt),
    closesAt: timeOfDaySchema.default(supportPolicy.businessHours.closesAt),
    /** The tenant's own days off (TENANT_HOLIDAYS), on top of the public ones. */
    holidays: z.array(isoDateSchema).default([]),
    /** The country whose public holidays are skipped (Korea's for a Seoul calendar). */
    publicHolidays: holidayCountrySchema.optional(),
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

/** R24: the policy's business hours (Mon–Fri 09:00–18:00) in the language's default zone, skipping that zone's public holidays. */
export function defaultCalendar(language: Language): Calendar {
  return calendarFor(defaultTimeZone[language]);
}

/** R24: the standard hours in `timeZone`, skipping its country's public holidays and the tenant's own days off. */
export function calendarFor(timeZone: string, tenantHolidays: readonly string[] = []): Calendar {
  const country = holidayCountryOf(timeZone);
  return calendarSchema.parse({
    timeZone,
    holidays: [...tenantHolidays],
    ...(country === undefined ? {} : { publicHolidays: country }),
  });
}

export interface CalendarChoice {
  /** The zone in the partner's profile, if it set one. */
  readonly profileZone?: string | undefined;
  /** The zone the Teams client reports (activity.localTimezone), if any. */
  readonly clientZone?: string | undefined;
  /** Who reads the times: a Korean reader with no zone set is in Korea. */
  readonly readerLanguage: Language;
  readonly supportLanguage: Language;
  readonly tenantHolidays?: readonly string[];
}

/**
 * R24: the calendar a request's clock runs on and its times are shown in:
 * the profile's zone, else the Teams client's, else Seoul for anyone who
 * speaks or is supported in Korean, else UTC. One function, so the answer
 * card and the filed request agree.
 */
export function responseCalendar(choice: CalendarChoice): Calendar {
  const zone = [choice.profileZone, choice.clientZone].find((z): z is string => z !== undefined && isIanaZone(z));
  const korean = choice.readerLanguage === 'ko' || choice.supportLanguage === 'ko';
  return calendarFor(zone ?? defaultTimeZone[korean ? 'ko' : 'en'], choice.tenantHolidays);
}

/** Minutes after local midnight for an HH:mm string already checked by the schema. */
export function minutesOfDay(timeOfDay: string): number {
  const [hours, minutes] = timeOfDay.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
