/**
 * Counts the Cosmos DB requests a process's embedded server answers, by kind
 * (read, write, query, other), per container, and the documents they return.
 * It observes Node's `http.server.*` diagnostics channels, so nothing in
 * src/ needs a hook: a Cosmos request is any server request carrying the
 * SDK's `x-ms-version` header (the bot's own /api/messages never does).
 * The embedded server answers a query-plan request by running the query, so
 * its documents are not counted: a real account returns only the plan.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type CosmosRequestKind = 'read' | 'write' | 'query' | 'other';

export interface CosmosRequestCounts {
  readonly total: number;
  readonly byKind: Record<CosmosRequestKind, number>;
  /** `<container>:<kind>`, e.g. `bot-state:read`; metadata requests are `-:other`. */
  readonly byContainerAndKind: Record<string, number>;
  /** Documents sent back: point reads that found one, plus items in query pages. */
  readonly documentsReturned: number;
}

interface ServerMessage {
  request: IncomingMessage;
  response: ServerResponse;
}

const documentPath = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs\/[^/]+\/?$/;
const documentsPath = /^\/dbs\/[^/]+\/colls\/([^/]+)\/docs\/?$/;

function isTrue(value: string | string[] | undefined): boolean {
  return String(value).toLowerCase() === 'true';
}

/** What a Cosmos REST request does, from its method, path and headers. */
export function classifyCosmosRequest(method: string, url: string, headers: IncomingMessage['headers']): { kind: CosmosRequestKind; container: string } {
  const path = decodeURIComponent(url.split('?')[0] ?? '');
  const one = documentPath.exec(path);
  if (one !== null) return { kind: method === 'GET' ? 'read' : 'write', container: one[1]! };
  const many = documentsPath.exec(path);
  // The SDK asks the gateway for a cross-partition query's plan first: metadata, no documents on a real account.
  if (many !== null && isTrue(headers['x-ms-cosmos-is-query-plan-request'])) return { kind: 'other', container: many[1]! };
  if (many !== null) {
    const isQuery = isTrue(headers['x-ms-documentdb-isquery']) || String(headers['content-type']).startsWith('application/query+json');
    // A GET on the collection's documents is a read feed: a query without a filter.
    return { kind: isQuery || method === 'GET' ? 'query' : 'write', container: many[1]! };
  }
  return { kind: 'other', container: '-' };
}

export class CosmosRequestCounter {
  private byKind: Record<CosmosRequestKind, number> = { read: 0, write: 0, query: 0, other: 0 };
  private byContainerAndKind: Record<string, number> = {};
  private documents = 0;
  private readonly kinds = new WeakMap<IncomingMessage, CosmosRequestKind>();

  private readonly onStart = (message: unknown): void => {
    const { request } = message as ServerMessage;
    if (request.headers['x-ms-version'] === undefined) return;
    const { kind, container } = classifyCosmosRequest(request.method ?? 'GET', request.url ?? '/', request.headers);
    this.kinds.set(request, kind);
    this.byKind[kind]++;
    const key = `${container}:${kind}`;
    this.byContainerAndKind[key] = (this.byContainerAndKind[key] ?? 0) + 1;
  };

  private readonly onFinish = (message: unknown): void => {
    const { request, response } = message as ServerMessage;
    const kind = this.kinds.get(request);
    if (kind === 'read' && response.statusCode === 200) this.documents++;
    if (kind === 'query') this.documents += Number(response.getHeader('x-ms-item-count') ?? 0);
  };

  /** Start counting every Cosmos request this process's HTTP servers receive. */
  start(): this {
    diagnosticsChannel.subscribe('http.server.request.start', this.onStart);
    diagnosticsChannel.subscribe('http.server.response.finish', this.onFinish);
    return this;
  }

  stop(): void {
    diagnosticsChannel.unsubscribe('http.server.request.start', this.onStart);
    diagnosticsChannel.unsubscribe('http.server.response.finish', this.onFinish);
  }

  reset(): void {
    this.byKind = { read: 0, write: 0, query: 0, other: 0 };
    this.byContainerAndKind = {};
    this.documents = 0;
  }

  snapshot(): CosmosRequestCounts {
    const byKind = { ...this.byKind };
    return {
      total: byKind.read + byKind.write + byKind.query + byKind.other,
      byKind,
      byContainerAndKind: { ...this.byContainerAndKind },
      documentsReturned: this.documents,
    };
  }
}
