import assert from 'node:assert/strict';
import { IANAZone } from 'luxon';
import * as sinon from 'sinon';
import { calendarSchema } from '../../../src/domain/clock/calendar';
import { isIanaZone } from '../../../src/domain/clock/time-zone';

describe('time zones (R24)', () => {
  afterEach(() => sinon.restore());

  it('accepts IANA zones, including UTC, and rejects anything else', () => {
    for (const zone of ['Asia/Seoul', 'UTC', 'America/Los_Angeles', 'Europe/Berlin'])
      assert.equal(isIanaZone(zone), true, zone);
    for (const zone of ['Asia/Nowhere', 'KST+9', '', '${$root.zone}', 'Asia/Seoul; DROP'])
      assert.equal(isIanaZone(zone), false, zone);
  });

  it('asks luxon (which builds an Intl.DateTimeFormat each time) once per valid zone, however many requests are read', () => {
    const check = sinon.spy(IANAZone, 'isValidZone');
    const calendar = { timeZone: 'Pacific/Chatham' };
    for (let i = 0; i < 50; i++) assert.equal(calendarSchema.safeParse(calendar).success, true);
    assert.ok(check.withArgs('Pacific/Chatham').callCount <= 1, `asked ${check.callCount} times`);
  });

  it('keeps asking about a name that failed, so junk input is never remembered', () => {
    const check = sinon.spy(IANAZone, 'isValidZone');
    for (let i = 0; i < 3; i++)
      assert.equal(calendarSchema.safeParse({ timeZone: 'Mars/Olympus_Mons' }).success, false);
    assert.equal(check.withArgs('Mars/Olympus_Mons').callCount, 3);
  });
});
