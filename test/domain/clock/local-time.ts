/** Test helpers: write instants as local wall time in a named zone, read them back the same way. */
import { DateTime } from 'luxon';

export const seoul = 'Asia/Seoul';
export const newYork = 'America/New_York';

export function at(localIso: string, zone: string): Date {
  const parsed = DateTime.fromISO(localIso, { zone });
  if (!parsed.isValid) throw new Error(`bad test time ${localIso}`);
  return parsed.toJSDate();
}

/** "2026-03-09T10:00 Mon" — local time plus weekday, so a failing assertion reads at a glance. */
export function local(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm ccc");
}
