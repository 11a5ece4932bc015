/**
 * Counts the Cosmos DB requests a process sends, by kind (read, write, query,
 * other), per container, and the documents they return. It observes Node's
 * `http.client.*` diagnostics channels, so nothing in src/ needs a hook and
 * it counts the same wherever the database runs (the embedded server's own
 * thread, or Azure): a Cosmos request is any request carrying the SDK's
 * `x-ms-version` header. The embedded server answers a query-plan request by
 * running the query, so its documents are not counted: a real account
 * returns only the plan.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { classifyCosmosRequest, isCosmosRequest, type CosmosRequestKind } from '../src/store/cosmos-request-kind';

export type { CosmosRequestKind };

export interface CosmosRequestCounts {
  readonly total: number;
  readonly byKind: Record<CosmosRequestKind, number>;
  /** `<container>:<kind>`, e.g. `bot-state:read`; metadata requests are `-:other`. */
  readonly byContainerAndKind: Record<string, number>;
  /** Documents sent back: point reads that found one, plus items in query pages. */
  readonly documentsReturned: number;
}

interface ClientMessage {
  request: ClientRequest;
  response: IncomingMessage;
}

export class CosmosRequestCounter {
  private byKind: Record<CosmosRequestKind, number> = { read: 0, write: 0, query: 0, other: 0 };
  private byContainerAndKind: Record<string, number> = {};
  private documents = 0;
  private readonly kinds = new WeakMap<ClientRequest, CosmosRequestKind>();

  private readonly onStart = (message: unknown): void => {
    const { request } = message as Pick<ClientMessage, 'request'>;
    const headers = request.getHeaders();
    if (!isCosmosRequest(headers)) return;
    const { kind, container } = classifyCosmosRequest(request.method, request.path, headers);
    this.kinds.set(request, kind);
    this.byKind[kind]++;
    const key = `${container}:${kind}`;
    this.byContainerAndKind[key] = (this.byContainerAndKind[key] ?? 0) + 1;
  };

  private readonly onFinish = (message: unknown): void => {
    const { request, response } = message as ClientMessage;
    const kind = this.kinds.get(request);
    if (kind === 'read' && response.statusCode === 200) this.documents++;
    if (kind === 'query') this.documents += Number(response.headers['x-ms-item-count'] ?? 0);
  };

  /** Start counting every Cosmos request this process sends. */
  start(): this {
    diagnosticsChannel.subscribe('http.client.request.start', this.onStart);
    diagnosticsChannel.subscribe('http.client.response.finish', this.onFinish);
    return this;
  }

  stop(): void {
    diagnosticsChannel.unsubscribe('http.client.request.start', this.onStart);
    diagnosticsChannel.unsubscribe('http.client.response.finish', this.onFinish);
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
