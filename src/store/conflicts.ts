/**
 * The one read-modify-write loop under ETags for every store module: an
 * attempt reads the document, applies its change and writes it only if the
 * document is still the one read; when someone else wrote first, it runs
 * again on the fresh document, after a short random pause so a crowd of
 * writers (20 clicks at once on one card) spreads out instead of colliding
 * again in lockstep.
 */
export const changedMeanwhile: unique symbol = Symbol('the document changed since it was read');
export type ChangedMeanwhile = typeof changedMeanwhile;

/** Enough for dozens of writers at once on one document. */
export const defaultMaxConflicts = 30;

const pauseCeilingMs = 40;

export async function retryOnConflict<T>(
  attempt: (conflictsSoFar: number) => Promise<T | ChangedMeanwhile>,
  maxConflicts = defaultMaxConflicts,
): Promise<T | ChangedMeanwhile> {
  for (let conflicts = 0; ; conflicts++) {
    const result = await attempt(conflicts);
    if (result !== changedMeanwhile || conflicts >= maxConflicts) return result;
    const ceiling = Math.min(pauseCeilingMs, 2 ** conflicts);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
  }
}
