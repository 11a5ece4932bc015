/**
 * The one classifier of Cosmos DB failures: the SDK throws errors whose
 * numeric `code` is the HTTP status. Every store module asks here.
 */
export function cosmosStatus(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** 404: the document (or container) is not there. */
export const isNotFound = (err: unknown): boolean => cosmosStatus(err) === 404;
/** 409: a create found the id taken. */
export const isAlreadyThere = (err: unknown): boolean => cosmosStatus(err) === 409;
/** 412: an If-Match write found the document changed since it was read. */
export const isChangedMeanwhile = (err: unknown): boolean => cosmosStatus(err) === 412;
