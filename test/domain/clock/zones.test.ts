import assert from 'node:assert/strict';
import { resolveTimeZone, zoneAbbreviation, zoneLabel } from '../../../src/domain/clock/zones';
import { at, newYork, seoul } from './local-time';

describe('time zones as people name them (R24)', () => {
  const names: ReadonlyArray<[string, string]> = [
    ['Seoul', seoul],
    ['서울', seoul],
    ['KST', seoul],
    ['korea', seoul],
    ['한국 표준시', seoul],
    ['Seoul (KST)', seoul],
    ['서울 (KST)', seoul],
    ['New York', newYork],
    ['뉴욕', newYork],
    ['EST', newYork],
    ['eastern time', newYork],
    ['London', 'Europe/London'],
    ['런던', 'Europe/London'],
    ['Seattle', 'America/Los_Angeles'],
    ['Asia/Seoul', seoul],
    ['asia/seoul', seoul],
    ['america/new_york', newYork],
    ['Europe/Paris', 'Europe/Paris'],
    ['UTC', 'UTC'],
  ];
  for (const [typed, zone] of names) {
    it(`"${typed}" is ${zone}`, () => assert.equal(resolveTimeZone(typed), zone));
  }

  for (const typed of ['Mars/Olympus', 'Gotham', '', '   ', 'GMT+25']) {
    it(`"${typed}" is no zone`, () => assert.equal(resolveTimeZone(typed), undefined));
  }

  it('names a zone by its short name, summer time included', () => {
    assert.equal(zoneAbbreviation(seoul, at('2026-07-01T10:00', seoul)), 'KST');
    assert.equal(zoneAbbreviation(newYork, at('2026-07-01T10:00', newYork)), 'EDT');
    assert.equal(zoneAbbreviation(newYork, at('2026-01-05T10:00', newYork)), 'EST');
    assert.equal(zoneAbbreviation('Europe/London', at('2026-07-01T10:00', 'Europe/London')), 'BST');
    assert.equal(zoneAbbreviation('UTC', at('2026-07-01T10:00', 'UTC')), 'UTC');
    assert.equal(
      zoneAbbreviation('Asia/Kathmandu', at('2026-07-01T10:00', 'UTC')),
      'GMT+5:45',
      'an unlisted zone shows its offset',
    );
  });

  it("labels a zone in the reader's language, never with the raw id for a listed zone", () => {
    const now = at('2026-03-10T10:00', seoul);
    assert.equal(zoneLabel(seoul, 'en', now), 'Seoul (KST)');
    assert.equal(zoneLabel(seoul, 'ko', now), '서울 (KST)');
    assert.equal(zoneLabel('UTC', 'ko', now), 'UTC');
    assert.equal(zoneLabel('Asia/Kathmandu', 'en', now), 'Asia/Kathmandu (GMT+5:45)');
  });
});
