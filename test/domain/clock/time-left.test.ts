import assert from 'node:assert/strict';
import { formatDeadline, formatDuration } from '../../../src/domain/clock/duration-text';
import { formatTimeLeft, timeLeft } from '../../../src/domain/clock/time-left';
import { en, ko } from '../../../src/domain/texts/clock-texts';
import { at, seoul } from './local-time';

const minute = 60_000;
const hour = 60 * minute;

describe('time left and its display (R21, R22, R26)', () => {
  const due = at('2026-03-09T10:00', seoul);
  /** The time the functions are given, starting 80 min before the deadline. */
  let now: Date;
  const tick = (ms: number) => (now = new Date(now.getTime() + ms));

  beforeEach(() => {
    now = new Date(due.getTime() - 80 * minute);
  });

  it('R21: time left shrinks as the clock ticks, then turns overdue at the deadline (R26 breach)', () => {
    assert.deepEqual(timeLeft(due, now), { overdue: false, ms: 80 * minute });
    assert.equal(formatTimeLeft(due, now, 'en'), '1 h 20 min left');
    tick(45 * minute);
    assert.equal(formatTimeLeft(due, now, 'en'), '35 min left');
    tick(35 * minute);
    assert.deepEqual(timeLeft(due, now), { overdue: true, ms: 0 });
    assert.equal(formatTimeLeft(due, now, 'en'), 'overdue by less than 1 min');
    tick(35 * minute);
    assert.equal(formatTimeLeft(due, now, 'en'), 'overdue by 35 min');
  });

  it('R22: the same in Korean', () => {
    assert.equal(formatTimeLeft(due, now, 'ko'), '1시간 20분 남음');
    tick(115 * minute);
    assert.equal(formatTimeLeft(due, now, 'ko'), '35분 지남');
  });

  it('R21: rounds down, so it never promises time that is not there', () => {
    tick(79 * minute + 1_000);
    assert.equal(formatTimeLeft(due, now, 'en'), 'less than 1 min left');
    assert.equal(formatTimeLeft(due, now, 'ko'), '1분 미만 남음');
  });

  const durations: ReadonlyArray<[number, string, string]> = [
    [2 * hour, '2 h', '2시간'],
    [27 * hour + 59 * minute, '1 d 3 h', '1일 3시간'],
    [24 * hour + 5 * minute, '1 d', '1일'],
    [-(hour + minute), '1 h 1 min', '1시간 1분'],
  ];
  for (const [ms, english, korean] of durations) {
    it(`R22: ${ms} ms reads "${english}" / "${korean}" (the two largest units)`, () => {
      assert.equal(formatDuration(ms, 'en'), english);
      assert.equal(formatDuration(ms, 'ko'), korean);
    });
  }

  it('R24: a deadline reads in local time with its zone named', () => {
    assert.equal(formatDeadline(due, seoul, 'en'), 'Mon 9 Mar, 10:00 KST');
    assert.equal(formatDeadline(due, seoul, 'ko'), '3월 9일 (월) 10:00 KST');
    assert.equal(formatDeadline(due, 'America/New_York', 'en'), 'Sun 8 Mar, 21:00 EDT');
  });

  it('R22: every English clock text has a Korean twin', () => {
    assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
  });
});
