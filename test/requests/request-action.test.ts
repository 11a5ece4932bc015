/**
 * Card action data: which payloads belong to requests, and how each is read
 * (the Action.Submit fallback delivers the same data as Action.Execute).
 */
import assert from 'node:assert/strict';
import { changeOf, isRequestActionData, parseRequestAction, requestVerbs } from '../../src/requests/request-action';

describe('request card action data', () => {
  it('routes only data whose verb starts with "request."', () => {
    assert.equal(isRequestActionData({ verb: 'request.responded', requestId: 'r1' }), true);
    assert.equal(
      isRequestActionData({ verb: 'request.whatever' }),
      true,
      'unknown request verbs still come here, to be named',
    );
    for (const other of [{ cmd: 'new' }, { verb: 'triage.answer' }, null, undefined, 'request.open', { verb: 3 }]) {
      assert.equal(isRequestActionData(other), false, JSON.stringify(other));
    }
  });

  it('knows the eight verbs the cards send', () => {
    assert.deepEqual([...requestVerbs].sort(), [
      'request.cancel',
      'request.file',
      'request.open',
      'request.raiseSeverity',
      'request.resolved',
      'request.responded',
      'request.setNumber',
      'request.snooze',
    ]);
  });

  it('ignores extra fields a card adds (reminder bookkeeping, Teams metadata)', () => {
    const parsed = parseRequestAction({
      verb: 'request.snooze',
      requestId: 'r1',
      minutes: 30,
      reminderSeq: 0,
      msteams: { x: 1 },
    });
    assert.deepEqual(parsed, { ok: true, action: { verb: 'request.snooze', requestId: 'r1', minutes: 30 } });
  });

  it('maps each verb to its lifecycle change; open (and raise without a choice) changes nothing', () => {
    const change = (data: object) => {
      const parsed = parseRequestAction({ requestId: 'r1', ...data });
      return parsed.ok ? changeOf(parsed.action) : assert.fail(JSON.stringify(parsed));
    };
    assert.equal(change({ verb: 'request.open' }), undefined);
    assert.equal(change({ verb: 'request.raiseSeverity' }), undefined);
    assert.deepEqual(change({ verb: 'request.raiseSeverity', severity: 'A' }), {
      kind: 'raiseSeverity',
      severity: 'A',
    });
    assert.deepEqual(change({ verb: 'request.setNumber', number: ' 12345678 ' }), {
      kind: 'setNumber',
      number: '12345678',
    });
    assert.deepEqual(change({ verb: 'request.file' }), { kind: 'file' });
    assert.deepEqual(change({ verb: 'request.cancel' }), { kind: 'cancel' });
  });

  it('keeps a well-formed id with a problem so the current card can be shown, never a malformed one', () => {
    assert.deepEqual(parseRequestAction({ verb: 'request.setNumber', requestId: 'r1', number: 'x' }), {
      ok: false,
      problem: 'number',
      verb: 'request.setNumber',
      requestId: 'r1',
    });
    assert.deepEqual(parseRequestAction({ verb: 'request.nope', requestId: 'a/b' }), {
      ok: false,
      problem: 'verb',
      verb: 'request.nope',
    });
  });
});
