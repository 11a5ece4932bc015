/**
 * A timeout on each Cosmos DB call (not the SLA deadline of a request, which
 * is domain/clock/deadline.ts): a turn must answer within Teams' ~15 s, so an
 * unreachable store fails it well before. The timer is cleared when the call
 * ends (AbortSignal.timeout keeps its timer for the whole period after every
 * call: at hundreds of turns a second, thousands of them outlive their turn
 * in the old generation of the heap).
 */
const callTimeoutMs = 4_000;

export async function withCallTimeout<T>(
  operation: (options: { abortSignal: AbortSignal }) => Promise<T>,
  ms = callTimeoutMs,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`no answer from Cosmos DB within ${ms} ms`, 'TimeoutError')),
    ms,
  );
  try {
    return await operation({ abortSignal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}
