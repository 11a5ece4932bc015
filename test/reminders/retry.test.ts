import assert from 'node:assert/strict';
import { DeliveryError, failureKind, parseRetryAfter } from '../../src/reminders/proactive-sender';
import { retryDelay } from '../../src/reminders/retry';

const policy = { baseMs: 500, maxMs: 10_000 };

describe('delivery faults and back-off (R27)', () => {
  it('R27: back-off doubles per attempt with jitter in [c/2, c], capped', () => {
    const bounds = [0, 1, 2, 3, 4, 5, 6].map((attempt) => [
      retryDelay(attempt, policy, undefined, () => 0),
      retryDelay(attempt, policy, undefined, () => 1),
    ]);
    assert.deepEqual(bounds, [
      [250, 500],
      [500, 1000],
      [1000, 2000],
      [2000, 4000],
      [4000, 8000],
      [5000, 10_000],
      [5000, 10_000],
    ]);
  });

  it('R27: never retries sooner than Retry-After', () => {
    assert.equal(
      retryDelay(0, policy, 3000, () => 0.5),
      3000,
    );
    assert.equal(
      retryDelay(4, policy, 100, () => 1),
      8000,
    );
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = new Date('2026-03-09T10:00:00Z');
    assert.equal(parseRetryAfter('2', now), 2000);
    assert.equal(parseRetryAfter('0.5', now), 500);
    assert.equal(parseRetryAfter('Mon, 09 Mar 2026 10:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  const kinds: ReadonlyArray<[number | undefined, string]> = [
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [401, 'retry'],
    [undefined, 'retry'],
    [403, 'gone'],
    [404, 'gone'],
    [400, 'rejected'],
    [413, 'rejected'],
  ];
  for (const [status, kind] of kinds) {
    it(`R27: connector ${status ?? 'network fault'} → ${kind}`, () => {
      assert.equal(failureKind(new DeliveryError('x', status)), kind);
    });
  }

  it('R27: an unknown error (socket reset) is transient', () => {
    assert.equal(failureKind(new Error('ECONNRESET')), 'retry');
  });
});
