import assert from 'node:assert/strict';
import { koreanHolidayData } from '../../../scripts/korean-holidays';
import { calendarFor, calendarSchema, responseCalendar } from '../../../src/domain/clock/calendar';
import { deadline } from '../../../src/domain/clock/deadline';
import { isPublicHoliday } from '../../../src/domain/clock/holidays';
import korean from '../../../src/domain/clock/korean-holidays.json';
import { at, local, seoul } from './local-time';

describe('public holidays on the business-hours clock (R24)', () => {
  it('the Korean holiday file is what the installed date-holidays data set says (npm run holidays)', () => {
    assert.deepEqual(korean, koreanHolidayData());
  });

  it('knows Seollal and Chuseok 2026 on their real dates, three days each', () => {
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-09-24', '2026-09-25', '2026-09-26']) {
      assert.ok(isPublicHoliday('KR', date), date);
    }
    for (const date of ['2026-02-15', '2026-02-19', '2026-09-23', '2026-09-28'])
      assert.ok(!isPublicHoliday('KR', date), date);
    assert.ok(
      isPublicHoliday('KR', '2026-10-05'),
      'National Foundation Day falls on a Saturday: Monday is its substitute',
    );
  });

  it('R24: a Korean severity A request filed the afternoon before Chuseok is due after it (Wed 17:00 → Mon 28 Sep 10:00)', () => {
    const filed = at('2026-09-23T17:00', seoul);
    assert.equal(local(deadline(filed, 'A', 'ko', calendarFor(seoul)), seoul), '2026-09-28T10:00 Mon');
  });

  it('R24: a non break-fix request filed before Chuseok is due one business day later, after the holidays', () => {
    const filed = at('2026-09-23T11:00', seoul);
    assert.equal(local(deadline(filed, 'non-break-fix', 'ko', calendarFor(seoul)), seoul), '2026-09-28T11:00 Mon');
  });

  it('R24: without the Korean calendar the same filing is due on Chuseok itself', () => {
    const plain = calendarSchema.parse({ timeZone: seoul });
    assert.equal(local(deadline(at('2026-09-23T17:00', seoul), 'A', 'ko', plain), seoul), '2026-09-24T10:00 Thu');
  });

  it('R24: a tenant holiday is skipped too', () => {
    const calendar = calendarFor(seoul, ['2026-09-28']);
    assert.equal(local(deadline(at('2026-09-23T17:00', seoul), 'A', 'ko', calendar), seoul), '2026-09-29T10:00 Tue');
  });

  it('R24: only a Seoul calendar skips Korean holidays', () => {
    assert.equal(calendarFor('Europe/London').publicHolidays, undefined);
    assert.equal(calendarFor(seoul).publicHolidays, 'KR');
  });
});

describe('the response calendar of a check (R24)', () => {
  it('takes the profile zone first, then the Teams client zone', () => {
    assert.equal(
      responseCalendar({
        profileZone: 'Europe/London',
        clientZone: 'America/New_York',
        readerLanguage: 'en',
        supportLanguage: 'en',
      }).timeZone,
      'Europe/London',
    );
    assert.equal(
      responseCalendar({ clientZone: 'America/New_York', readerLanguage: 'ko', supportLanguage: 'ko' }).timeZone,
      'America/New_York',
    );
  });

  it('puts a Korean reader or Korean support in Seoul, anyone else in UTC', () => {
    assert.equal(responseCalendar({ readerLanguage: 'ko', supportLanguage: 'en' }).timeZone, seoul);
    assert.equal(responseCalendar({ readerLanguage: 'en', supportLanguage: 'ko' }).timeZone, seoul);
    assert.equal(responseCalendar({ readerLanguage: 'en', supportLanguage: 'en' }).timeZone, 'UTC');
  });

  it('ignores a zone that is not one (an old profile value)', () => {
    assert.equal(
      responseCalendar({ profileZone: 'Mars/Olympus', readerLanguage: 'ko', supportLanguage: 'ko' }).timeZone,
      seoul,
    );
  });

  it('carries the tenant holidays', () => {
    assert.deepEqual(
      responseCalendar({ readerLanguage: 'ko', supportLanguage: 'ko', tenantHolidays: ['2026-12-31'] }).holidays,
      ['2026-12-31'],
    );
  });
});
