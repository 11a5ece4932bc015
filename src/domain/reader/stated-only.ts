/**
 * A reading without its unread entries: a fact the text does not state is
 * left out, not kept as `undefined`, so a reading equals the facts it states.
 */
export function statedOnly<T extends object>(reading: { readonly [K in keyof T]?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(reading).filter(([, value]) => value !== undefined)) as T;
}
