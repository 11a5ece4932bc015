/**
 * Teams limits what one bot may post into one thread: 7 messages per second
 * and 60 per 30 seconds. The limiter books send slots per thread key so
 * reminders for one busy conversation queue up instead of drawing 429s.
 *
 * In-process only: several bot instances share Teams' limit without knowing
 * of each other, so together they may still exceed it; the 429 + Retry-After
 * handling (delivery.ts) covers that rest.
 */
export interface RateWindow {
  readonly max: number;
  readonly perMs: number;
}

export const teamsThreadLimits: readonly RateWindow[] = [
  { max: 7, perMs: 1_000 },
  { max: 60, perMs: 30_000 },
];

export class ThreadRateLimiter {
  /** Booked send times per thread, ascending; only the longest window's worth is kept. */
  private readonly booked = new Map<string, number[]>();
  private readonly horizonMs: number;

  constructor(
    private readonly windows: readonly RateWindow[] = teamsThreadLimits,
    /** Real time: Teams counts real seconds whatever clock the scheduler runs on. */
    private readonly nowMs: () => number = () => performance.now(),
  ) {
    this.horizonMs = Math.max(...windows.map((window) => window.perMs));
  }

  /**
   * Books the earliest slot for `threadKey` and returns how long to wait for
   * it (0 = send now). Slots are handed out in order, so a window (t − W, t]
   * holding `max` sends pushes the next one to the oldest of them + W. Returns
   * undefined, booking nothing, when the wait would exceed `maxWaitMs`.
   */
  reserve(threadKey: string, maxWaitMs = Number.POSITIVE_INFINITY): number | undefined {
    const now = this.nowMs();
    const times = (this.booked.get(threadKey) ?? []).filter((time) => time > now - this.horizonMs);
    let at = Math.max(now, times.at(-1) ?? now);
    for (const window of this.windows) {
      const oldestInWindow = times[times.length - window.max];
      if (oldestInWindow !== undefined) at = Math.max(at, oldestInWindow + window.perMs);
    }
    if (at - now > maxWaitMs) {
      this.booked.set(threadKey, times);
      return undefined;
    }
    times.push(at);
    this.booked.set(threadKey, times);
    return at - now;
  }

  /** Forget threads with no send inside the longest window (called once per tick). */
  prune(): void {
    const cutoff = this.nowMs() - this.horizonMs;
    for (const [key, times] of this.booked) {
      if ((times.at(-1) ?? Number.NEGATIVE_INFINITY) <= cutoff) this.booked.delete(key);
    }
  }

  /** Threads currently tracked (for tests and metrics). */
  get size(): number {
    return this.booked.size;
  }
}
