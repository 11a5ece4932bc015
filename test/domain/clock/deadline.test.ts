import assert from 'node:assert/strict';
import { calendarSchema, defaultCalendar } from '../../../src/domain/clock/calendar';
import { deadline, responseClock, responseWindow } from '../../../src/domain/clock/deadline';
import type { Language } from '../../../src/domain/facts';
import type { Severity } from '../../../src/domain/severity';
import { at, local, newYork, seoul } from './local-time';

const korea = defaultCalendar('ko');
const utc = defaultCalendar('en');
const newYorkCalendar = calendarSchema.parse({ timeZone: newYork });

describe('response deadline (R21, R22, R24)', () => {
  const clocks: ReadonlyArray<[Severity, Language, 'wall' | 'business']> = [
    ['A', 'en', 'wall'],
    ['C', 'en', 'wall'],
    ['non-break-fix', 'en', 'business'],
    ['A', 'ko', 'business'],
    ['non-break-fix', 'ko', 'business'],
  ];
  for (const [severity, language, clock] of clocks) {
    it(`R22, R24: severity ${severity} in ${language} runs on the ${clock} clock`, () => {
      assert.equal(responseClock(severity, language), clock);
    });
  }

  describe('English break-fix: wall clock, 24×7 (R21, R24)', () => {
    const cases: ReadonlyArray<[Severity, string, string]> = [
      ['A', '2026-03-07T23:00', '2026-03-08T01:00 Sun'],
      ['B', '2026-03-07T23:00', '2026-03-08T03:00 Sun'],
      ['C', '2026-03-06T20:00', '2026-03-07T04:00 Sat'],
    ];
    for (const [severity, filed, due] of cases) {
      it(`R21: severity ${severity} filed ${filed} (Seoul wall time) is due ${due}`, () => {
        assert.equal(local(deadline(at(filed, seoul), severity, 'en', korea), seoul), due);
      });
    }

    it('R24: wall time ignores DST labels: 2 real hours across the New York spring-forward', () => {
      const filed = at('2026-03-08T01:30', newYork);
      assert.equal(local(deadline(filed, 'A', 'en', newYorkCalendar), newYork), '2026-03-08T04:30 Sun');
    });
  });

  describe('Korean break-fix: the same hours, inside business hours only (R22, R24)', () => {
    const cases: ReadonlyArray<[Severity, string, string]> = [
      ['A', '2026-03-06T17:00', '2026-03-09T10:00 Mon'],
      ['A', '2026-03-10T10:00', '2026-03-10T12:00 Tue'],
      ['B', '2026-03-07T11:00', '2026-03-09T13:00 Mon'],
      ['C', '2026-03-10T10:00', '2026-03-10T18:00 Tue'],
      ['C', '2026-03-10T07:00', '2026-03-10T17:00 Tue'],
      ['C', '2026-03-10T16:00', '2026-03-11T15:00 Wed'],
    ];
    for (const [severity, filed, due] of cases) {
      it(`R24: severity ${severity} filed ${filed} is due ${due}`, () => {
        assert.equal(local(deadline(at(filed, seoul), severity, 'ko', korea), seoul), due);
      });
    }

    it('R24: a holiday does not count (severity A, Friday 17:00 before a Monday holiday → Tuesday 10:00)', () => {
      const withHoliday = calendarSchema.parse({ timeZone: seoul, holidays: ['2026-03-02'] });
      assert.equal(
        local(deadline(at('2026-02-27T17:00', seoul), 'A', 'ko', withHoliday), seoul),
        '2026-03-03T10:00 Tue',
      );
    });
  });

  describe('non break-fix: one business day = same local time on the next business day (R21, R24)', () => {
    const cases: ReadonlyArray<[string, Language, string, string]> = [
      ['Tuesday 10:00', 'ko', '2026-03-10T10:00', '2026-03-11T10:00 Wed'],
      ['Friday 10:00', 'ko', '2026-03-06T10:00', '2026-03-09T10:00 Mon'],
      ['Friday 20:00 (clock starts Monday 09:00)', 'ko', '2026-03-06T20:00', '2026-03-10T09:00 Tue'],
      ['Saturday (clock starts Monday 09:00)', 'ko', '2026-03-07T14:00', '2026-03-10T09:00 Tue'],
      ['Monday 07:00 (clock starts 09:00)', 'ko', '2026-03-09T07:00', '2026-03-10T09:00 Tue'],
      ['Thursday 18:00 sharp (clock starts Friday 09:00)', 'ko', '2026-03-12T18:00', '2026-03-16T09:00 Mon'],
      ['Friday 17:59', 'ko', '2026-03-06T17:59', '2026-03-09T17:59 Mon'],
    ];
    for (const [what, language, filed, due] of cases) {
      it(`R24: filed ${what} is due ${due}`, () => {
        assert.equal(local(deadline(at(filed, seoul), 'non-break-fix', language, korea), seoul), due);
      });
    }

    it('R24: English non break-fix also uses business days, here in UTC', () => {
      assert.equal(
        local(deadline(at('2026-03-06T15:00', 'UTC'), 'non-break-fix', 'en', utc), 'UTC'),
        '2026-03-09T15:00 Mon',
      );
    });

    it('R24: across the New York spring-forward, Friday 10:00 EST is due Monday 10:00 EDT', () => {
      assert.equal(
        local(deadline(at('2026-03-06T10:00', newYork), 'non-break-fix', 'en', newYorkCalendar), newYork),
        '2026-03-09T10:00 Mon',
      );
    });

    it('R24: across the New York fall-back, Friday 10:00 EDT is due Monday 10:00 EST', () => {
      assert.equal(
        local(deadline(at('2026-10-30T10:00', newYork), 'non-break-fix', 'en', newYorkCalendar), newYork),
        '2026-11-02T10:00 Mon',
      );
    });
  });

  describe('response window points for reminders (R26 on the R24 clock)', () => {
    it('R26: English A: 75 % is 90 min after filing, 2 windows is 4 h, on the wall clock', () => {
      const window = responseWindow(at('2026-03-07T23:00', seoul), 'A', 'en', korea);
      assert.equal(window.clock, 'wall');
      assert.equal(local(window.start, seoul), '2026-03-07T23:00 Sat');
      assert.equal(local(window.pointAt(0.75), seoul), '2026-03-08T00:30 Sun');
      assert.equal(window.pointAt(1).getTime(), window.deadline.getTime());
      assert.equal(local(window.pointAt(2), seoul), '2026-03-08T03:00 Sun');
    });

    it('R26: Korean A filed Friday 17:00: 75 % is Monday 09:30, follow-ups every 2 business hours', () => {
      const window = responseWindow(at('2026-03-06T17:00', seoul), 'A', 'ko', korea);
      assert.equal(window.clock, 'business');
      assert.equal(window.lengthMs, 2 * 3_600_000);
      assert.equal(local(window.pointAt(0.75), seoul), '2026-03-09T09:30 Mon');
      assert.equal(local(window.pointAt(2), seoul), '2026-03-09T12:00 Mon');
      assert.equal(local(window.pointAt(3), seoul), '2026-03-09T14:00 Mon');
    });

    it('R26: non break-fix filed Friday 20:00 starts Monday 09:00; 75 % is Monday 15:45; follow-ups a business day apart', () => {
      const window = responseWindow(at('2026-03-06T20:00', seoul), 'non-break-fix', 'ko', korea);
      assert.equal(local(window.start, seoul), '2026-03-09T09:00 Mon');
      assert.equal(local(window.pointAt(0), seoul), '2026-03-09T09:00 Mon');
      assert.equal(local(window.pointAt(0.75), seoul), '2026-03-09T15:45 Mon');
      assert.equal(local(window.pointAt(1), seoul), '2026-03-10T09:00 Tue');
      assert.equal(local(window.pointAt(2), seoul), '2026-03-11T09:00 Wed');
      assert.equal(local(window.pointAt(4), seoul), '2026-03-13T09:00 Fri');
    });

    it('R26: rejects a negative or non-finite fraction', () => {
      const window = responseWindow(at('2026-03-10T10:00', seoul), 'B', 'ko', korea);
      assert.throws(() => window.pointAt(-0.1), RangeError);
      assert.throws(() => window.pointAt(Number.NaN), RangeError);
    });
  });
});
