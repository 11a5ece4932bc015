/**
 * Public holidays the business-hours clock skips (R24), by country. Korea's
 * come from the maintained `date-holidays` data set, written into
 * korean-holidays.json by `npm run holidays` (see scripts/korean-holidays.ts
 * for why the bot does not load the package itself). A year outside the file
 * has no public holidays: tenant holidays (TENANT_HOLIDAYS) still apply.
 */
import { z } from 'zod';
import korean from './korean-holidays.json';

export const holidayCountrySchema = z.enum(['KR']);
export type HolidayCountry = z.infer<typeof holidayCountrySchema>;

const byCountry: Record<HolidayCountry, ReadonlySet<string>> = {
  KR: new Set(Object.values(korean.years).flat()),
};

/** Whether the local date (YYYY-MM-DD) is a public holiday in `country`. */
export function isPublicHoliday(country: HolidayCountry, isoDate: string): boolean {
  return byCountry[country].has(isoDate);
}

/** The country whose public holidays a business-hours calendar in `timeZone` skips. */
export function holidayCountryOf(timeZone: string): HolidayCountry | undefined {
  return timeZone === 'Asia/Seoul' ? 'KR' : undefined;
}
