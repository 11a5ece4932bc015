import assert from 'node:assert/strict';
import { calendarSchema, defaultCalendar } from '../../../src/domain/clock/calendar';

describe('calendar (R22, R24)', () => {
  it('R24: Korean defaults to Asia/Seoul, Mon–Fri 09:00–18:00, skipping Korean public holidays', () => {
    assert.deepEqual(defaultCalendar('ko'), {
      timeZone: 'Asia/Seoul',
      workingDays: [1, 2, 3, 4, 5],
      opensAt: '09:00',
      closesAt: '18:00',
      holidays: [],
      publicHolidays: 'KR',
    });
  });

  it('R24: English defaults to UTC business hours (its break-fix clock is wall time anyway)', () => {
    assert.equal(defaultCalendar('en').timeZone, 'UTC');
  });

  it('R24: keeps a configured zone, days, hours and holidays', () => {
    const calendar = calendarSchema.parse({
      timeZone: 'America/New_York',
      workingDays: [1, 2, 3, 4],
      opensAt: '08:30',
      closesAt: '17:00',
      holidays: ['2026-11-26'],
    });
    assert.equal(calendar.opensAt, '08:30');
    assert.deepEqual(calendar.holidays, ['2026-11-26']);
  });

  const invalid: ReadonlyArray<[string, Record<string, unknown>]> = [
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }],
    ['a made-up offset name', { timeZone: 'KST+9' }],
    ['no working days', { timeZone: 'Asia/Seoul', workingDays: [] }],
    ['weekday 8', { timeZone: 'Asia/Seoul', workingDays: [8] }],
    ['hour 25', { timeZone: 'Asia/Seoul', opensAt: '25:00' }],
    ['closing before opening', { timeZone: 'Asia/Seoul', opensAt: '18:00', closesAt: '09:00' }],
    ['closing at opening', { timeZone: 'Asia/Seoul', opensAt: '09:00', closesAt: '09:00' }],
    ['a holiday that is not a date', { timeZone: 'Asia/Seoul', holidays: ['2026-02-30'] }],
    ['a holiday in another format', { timeZone: 'Asia/Seoul', holidays: ['1/3/2026'] }],
  ];
  for (const [what, input] of invalid) {
    it(`R24: the schema rejects ${what}`, () => {
      assert.equal(calendarSchema.safeParse(input).success, false);
    });
  }
});
