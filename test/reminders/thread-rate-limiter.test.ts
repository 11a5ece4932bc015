import assert from 'node:assert/strict';
import { teamsThreadLimits, ThreadRateLimiter } from '../../src/reminders/thread-rate-limiter';

/** Book `count` sends for one thread at a fixed instant; return each one's wait. */
function book(limiter: ThreadRateLimiter, key: string, count: number): number[] {
  return Array.from({ length: count }, () => limiter.reserve(key)!);
}

describe('per-thread send limits (Teams: 7/s, 60 per 30 s)', () => {
  let nowMs = 0;
  const limiter = () => new ThreadRateLimiter(teamsThreadLimits, () => nowMs);
  beforeEach(() => (nowMs = 1_000_000));

  it('lets 7 go at once, then spaces the 8th to one second after the first', () => {
    assert.deepEqual(book(limiter(), 'thread-1', 8), [0, 0, 0, 0, 0, 0, 0, 1000]);
  });

  it('never books more than 7 in any 1 s or 60 in any 30 s window', () => {
    const times = book(limiter(), 'thread-1', 200).map((wait) => nowMs + wait);
    for (const [max, perMs] of [
      [7, 1000],
      [60, 30_000],
    ] as const) {
      for (let i = max; i < times.length; i++)
        assert.ok(times[i]! - times[i - max]! >= perMs, `send ${i} breaks ${max}/${perMs} ms`);
    }
    // 60 per 30 s is the binding limit over a long run: 200 sends need at least 3 full windows.
    assert.ok(times.at(-1)! - times[0]! >= 3 * 30_000);
  });

  it('keeps threads apart: another conversation is not slowed', () => {
    const shared = limiter();
    book(shared, 'thread-1', 30);
    assert.equal(shared.reserve('thread-2'), 0);
  });

  it("refuses (and books nothing) when the wait would exceed the caller's budget", () => {
    const shared = limiter();
    book(shared, 'thread-1', 7);
    assert.equal(shared.reserve('thread-1', 500), undefined);
    assert.equal(shared.reserve('thread-1', 1000), 1000);
  });

  it('frees slots as time passes and forgets idle threads', () => {
    const shared = limiter();
    book(shared, 'thread-1', 7);
    nowMs += 1000;
    assert.equal(shared.reserve('thread-1'), 0);
    nowMs += 30_001;
    shared.prune();
    assert.equal(shared.size, 0);
  });
});
