import assert from 'node:assert/strict';
import {
  addBusinessTime,
  businessDayLength,
  businessTimeBetween,
  isBusinessTime,
  nextBusinessInstant,
} from '../../../src/domain/clock/business-hours';
import { calendarSchema, defaultCalendar } from '../../../src/domain/clock/calendar';
import { at, local, newYork, seoul } from './local-time';

const hour = 3_600_000;
const minute = 60_000;
const korea = defaultCalendar('ko');
const newYorkCalendar = calendarSchema.parse({ timeZone: newYork });
// 2026-03-02 (Monday) is the substitute holiday for 삼일절.
const koreaWithHoliday = calendarSchema.parse({ timeZone: seoul, holidays: ['2026-03-02'] });

describe('business hours (R24)', () => {
  describe('nextBusinessInstant', () => {
    const cases: ReadonlyArray<[string, string, string]> = [
      ['inside hours stays put', '2026-03-10T11:15', '2026-03-10T11:15 Tue'],
      ['at opening stays put', '2026-03-10T09:00', '2026-03-10T09:00 Tue'],
      ['before opening moves to opening', '2026-03-10T07:30', '2026-03-10T09:00 Tue'],
      ['at closing moves to the next morning', '2026-03-10T18:00', '2026-03-11T09:00 Wed'],
      ['Friday evening moves to Monday', '2026-03-06T20:00', '2026-03-09T09:00 Mon'],
      ['Saturday moves to Monday', '2026-03-07T10:00', '2026-03-09T09:00 Mon'],
      ['Sunday late night moves to Monday', '2026-03-08T23:59', '2026-03-09T09:00 Mon'],
    ];
    for (const [what, filed, expected] of cases) {
      it(`R24: ${what}`, () => {
        assert.equal(local(nextBusinessInstant(at(filed, seoul), korea), seoul), expected);
      });
    }

    it('R24: skips a holiday', () => {
      assert.equal(
        local(nextBusinessInstant(at('2026-02-27T19:00', seoul), koreaWithHoliday), seoul),
        '2026-03-03T09:00 Tue',
      );
    });
  });

  it('R24: isBusinessTime is true inside hours only', () => {
    assert.equal(isBusinessTime(at('2026-03-10T17:59', seoul), korea), true);
    assert.equal(isBusinessTime(at('2026-03-10T18:00', seoul), korea), false);
    assert.equal(isBusinessTime(at('2026-03-07T12:00', seoul), korea), false);
    assert.equal(isBusinessTime(at('2026-03-02T12:00', seoul), koreaWithHoliday), false);
  });

  it('R24: a default business day is 9 hours', () => {
    assert.equal(businessDayLength(korea), 9 * hour);
  });

  describe('addBusinessTime', () => {
    const cases: ReadonlyArray<[string, string, number, string]> = [
      ['within the day', '2026-03-10T10:00', 2 * hour, '2026-03-10T12:00 Tue'],
      ['across the night', '2026-03-10T17:00', 2 * hour, '2026-03-11T10:00 Wed'],
      ['across the weekend', '2026-03-06T17:00', 2 * hour, '2026-03-09T10:00 Mon'],
      ['from a Saturday', '2026-03-07T15:00', 4 * hour, '2026-03-09T13:00 Mon'],
      ['over several days', '2026-03-10T10:00', 20 * hour, '2026-03-12T12:00 Thu'],
      ['zero from outside hours is the next opening', '2026-03-10T20:00', 0, '2026-03-11T09:00 Wed'],
    ];
    for (const [what, start, ms, expected] of cases) {
      it(`R24: ${what}`, () => {
        assert.equal(local(addBusinessTime(at(start, seoul), ms, korea), seoul), expected);
      });
    }

    it('R24: skips a holiday', () => {
      assert.equal(
        local(addBusinessTime(at('2026-02-27T17:00', seoul), 2 * hour, koreaWithHoliday), seoul),
        '2026-03-03T10:00 Tue',
      );
    });

    it('R24: landing exactly on closing stays at the close, or moves to the next opening when asked', () => {
      const start = at('2026-03-10T16:00', seoul);
      assert.equal(local(addBusinessTime(start, 2 * hour, korea), seoul), '2026-03-10T18:00 Tue');
      assert.equal(local(addBusinessTime(start, 2 * hour, korea, 'next-opening'), seoul), '2026-03-11T09:00 Wed');
    });

    it('R24: rejects negative or infinite durations', () => {
      assert.throws(() => addBusinessTime(at('2026-03-10T10:00', seoul), -1, korea), RangeError);
      assert.throws(() => addBusinessTime(at('2026-03-10T10:00', seoul), Number.POSITIVE_INFINITY, korea), RangeError);
    });
  });

  describe('businessTimeBetween', () => {
    it('R24: counts only business hours across a weekend', () => {
      assert.equal(businessTimeBetween(at('2026-03-06T17:00', seoul), at('2026-03-09T10:00', seoul), korea), 2 * hour);
    });

    it('R24: is negative when the end is earlier, and zero for the same instant', () => {
      const a = at('2026-03-10T10:00', seoul);
      const b = at('2026-03-10T12:30', seoul);
      assert.equal(businessTimeBetween(b, a, korea), -150 * minute);
      assert.equal(businessTimeBetween(a, a, korea), 0);
    });

    it('R24: is zero across a night, a weekend or a holiday', () => {
      assert.equal(businessTimeBetween(at('2026-03-06T18:00', seoul), at('2026-03-09T09:00', seoul), korea), 0);
      assert.equal(
        businessTimeBetween(at('2026-02-27T18:00', seoul), at('2026-03-03T09:00', seoul), koreaWithHoliday),
        0,
      );
    });

    it('R24: undoes addBusinessTime for any start and duration', () => {
      const starts = [
        '2026-03-06T17:45',
        '2026-03-07T03:00',
        '2026-03-10T08:59',
        '2026-03-10T13:37',
        '2026-03-10T18:00',
      ];
      const durations = [0, minute, 2 * hour, 9 * hour, 9 * hour + 1, 47 * hour + 13 * minute];
      for (const start of starts) {
        for (const ms of durations) {
          const from = at(start, seoul);
          assert.equal(businessTimeBetween(from, addBusinessTime(from, ms, korea), korea), ms, `${start} + ${ms}`);
        }
      }
    });
  });

  describe('a DST zone (America/New_York)', () => {
    it('R24: two business hours from Friday 17:00 EST end Monday 10:00 EDT (clocks spring forward on 8 March)', () => {
      const end = addBusinessTime(at('2026-03-06T17:00', newYork), 2 * hour, newYorkCalendar);
      assert.equal(local(end, newYork), '2026-03-09T10:00 Mon');
      // 65 local hours apart, but only 64 real hours passed: the night lost one.
      assert.equal(end.getTime() - at('2026-03-06T17:00', newYork).getTime(), 64 * hour);
    });

    it('R24: two business hours from Friday 17:00 EDT end Monday 10:00 EST (clocks fall back on 1 November)', () => {
      const end = addBusinessTime(at('2026-10-30T17:00', newYork), 2 * hour, newYorkCalendar);
      assert.equal(local(end, newYork), '2026-11-02T10:00 Mon');
      assert.equal(end.getTime() - at('2026-10-30T17:00', newYork).getTime(), 66 * hour);
    });

    it('R24: a business day across the change is still 9 business hours', () => {
      assert.equal(
        businessTimeBetween(at('2026-03-06T10:00', newYork), at('2026-03-09T10:00', newYork), newYorkCalendar),
        9 * hour,
      );
    });
  });
});
