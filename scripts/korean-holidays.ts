/**
 * `npm run holidays`: writes src/domain/clock/korean-holidays.json, the
 * Korean public holidays the business-hours clock skips (R24), from the
 * maintained `date-holidays` data set. The bot does not load date-holidays
 * itself: its parser and lunar calendar cost about 1 s and 35 MB at start
 * for a list that changes once a year. test/domain/clock/holidays.test.ts
 * fails when the file and the installed data set disagree.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { repoRoot } from './repo-paths';

export const firstYear = 2024;
export const lastYear = 2035;

/**
 * date-holidays 3.37 starts Seollal's three days on the lunar new year
 * itself; Korea's law (관공서의 공휴일에 관한 규정) gives the day before, the
 * day and the day after, as it does for Chuseok (whose rule starts on 8/14).
 */
const seollal = 'korean 01-0-01 P3D';

/** Every public holiday date (YYYY-MM-DD, Korean local dates) of `year`. */
export function koreanPublicHolidays(year: number): string[] {
  const holidays = new Holidays('KR');
  const dates = new Set<string>();
  for (const holiday of holidays.getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    const shift = holiday.rule === seollal ? -1 : 0;
    const start = DateTime.fromISO(holiday.date.slice(0, 10)).plus({ days: shift });
    const end = DateTime.fromJSDate(holiday.end, { zone: 'Asia/Seoul' }).startOf('day').plus({ days: shift });
    for (let day = start; day < end; day = day.plus({ days: 1 })) dates.add(day.toISODate()!);
  }
  return [...dates].sort();
}

export function koreanHolidayData(): { source: string; years: Record<string, string[]> } {
  const years: Record<string, string[]> = {};
  for (let year = firstYear; year <= lastYear; year++) years[year] = koreanPublicHolidays(year);
  return { source: 'date-holidays (KR, public), Seollal from the day before; regenerate with npm run holidays', years };
}

if (require.main === module) {
  const file = path.join(repoRoot, 'src', 'domain', 'clock', 'korean-holidays.json');
  const data = koreanHolidayData();
  const years = Object.entries(data.years).map(([year, dates]) => `  "${year}": ${JSON.stringify(dates)}`);
  writeFileSync(file, `{\n "source": ${JSON.stringify(data.source)},\n "years": {\n${years.join(',\n')}\n }\n}\n`);
  process.stdout.write(`wrote ${file}\n`);
}
