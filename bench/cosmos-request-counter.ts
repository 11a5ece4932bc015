/**
 * Counts the Cosmos DB requests a process sends, by kind (read, write, query,
 * other), per container, the documents they return, and the bytes of the
 * bodies sent and received per container (from their Content-Length): what
 * Azure bills in request units grows with document size. It observes Node's
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
  /** Per container: request body bytes sent (written) and response body bytes received (read). */
  readonly bytesByContainer: Record<string, { written: number; read: number }>;
}

interface ClientMessage {
  request: ClientRequest;
  response: IncomingMessage;
}

export class CosmosRequestCounter {
  private byKind: Record<CosmosRequestKind, number> = { read: 0, write: 0, query: 0, other: 0 };
  private byContainerAndKind: Record<string, number> = {};
  private documents = 0;
  private bytes: Record<string, { written: number; read: number }> = {};
  private readonly kinds = new WeakMap<ClientRequest, CosmosRequestKind>();
  private readonly containers = new WeakMap<ClientRequest, string>();

  private bytesOf(container: string): { written: number; read: number } {
    return (this.bytes[container] ??= { written: 0, read: 0 });
  }

  private readonly onStart = (message: unknown): void => {
    const { request } = message as Pick<ClientMessage, 'request'>;
    const headers = request.getHeaders();
    if (!isCosmosRequest(headers)) return;
    const { kind, container } = classifyCosmosRequest(request.method, request.path, headers);
    this.kinds.set(request, kind);
    this.containers.set(request, container);
    this.bytesOf(container).written += Number(headers['content-length'] ?? 0);
    this.byKind[kind]++;
    const key = `${container}:${kind}`;
    this.byContainerAndKind[key] = (this.byContainerAndKind[key] ?? 0) + 1;
  };

  private readonly onFinish = (message: unknown): void => {
    const { request, response } = message as ClientMessage;
    const kind = this.kinds.get(request);
    const container = this.containers.get(request);
    if (container !== undefined) this.bytesOf(container).read += Number(response.headers['content-length'] ?? 0);
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
    this.bytes = {};
  }

  snapshot(): CosmosRequestCounts {
    const byKind = { ...this.byKind };
    return {
      total: byKind.read + byKind.write + byKind.query + byKind.other,
      byKind,
      byContainerAndKind: { ...this.byContainerAndKind },
      documentsReturned: this.documents,
      bytesByContainer: Object.fromEntries(Object.entries(this.bytes).map(([container, b]) => [container, { ...b }])),
    };
  }
}
