/**
 * What a Cosmos DB REST request does (read, write, query, other) and on which
 * container, from its method, path and headers, as the SDK sends it. The
 * benchmark counts requests with it and the telemetry names its spans with it.
 */
import type { OutgoingHttpHeaders } from 'node:http';

export type CosmosRequestKind = 'read' | 'write' | 'query' | 'other';

/** The SDK sends `x-ms-version` on every request; nothing else the bot calls does. */
export function isCosmosRequest(headers: OutgoingHttpHeaders): boolean {
  return headers['x-ms-version'] !== undefined;
}

const documentPath = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs\/[^/]+\/?$/;
const documentsPath = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs\/?$/;

function isTrue(value: OutgoingHttpHeaders[string]): boolean {
  return String(value).toLowerCase() === 'true';
}

/** What a Cosmos REST request does, from its method, path and headers. */
export function classifyCosmosRequest(
  method: string,
  url: string,
  headers: OutgoingHttpHeaders,
): { kind: CosmosRequestKind; container: string } {
  const path = decodeURIComponent(url.split('?')[0] ?? '');
  const one = documentPath.exec(path);
  if (one !== null) return { kind: method === 'GET' ? 'read' : 'write', container: one[1]! };
  const many = documentsPath.exec(path);
  // The SDK asks the gateway for a cross-partition query's plan first: metadata, no documents on a real account.
  if (many !== null && isTrue(headers['x-ms-cosmos-is-query-plan-request']))
    return { kind: 'other', container: many[1]! };
  if (many !== null) {
    const isQuery =
      isTrue(headers['x-ms-documentdb-isquery']) ||
      String(headers['content-type']).startsWith('application/query+json');
    // A GET on the collection's documents is a read feed: a query without a filter.
    return { kind: isQuery || method === 'GET' ? 'query' : 'write', container: many[1]! };
  }
  return { kind: 'other', container: '-' };
}
