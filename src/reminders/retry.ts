/**
 * Back-off for connector faults (R27): exponential with jitter, never sooner
 * than the connector's Retry-After.
 */
export interface BackoffPolicy {
  /** Ceiling of the first retry's delay. */
  readonly baseMs: number;
  /** Ceiling of any retry's delay (Retry-After may ask for more). */
  readonly maxMs: number;
}

/**
 * "Equal jitter": a random delay in [c/2, c] with c = min(max, base·2^attempt),
 * so instances that failed together spread out yet none retries at once.
 * `attempt` counts from 0 (the delay before the second try).
 */
export function retryDelay(
  attempt: number,
  policy: BackoffPolicy,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  const jittered = ceiling / 2 + (random() * ceiling) / 2;
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}
