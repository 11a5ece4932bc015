/**
 * A stand-in for the Bot Connector service on loopback: records every
 * `POST /v3/conversations/:id/activities` and
 * `POST /v3/conversations/:id/activities/:replyToId`, and every update in
 * place (`PUT …/activities/:activityId`), answers 201 {id}, or
 * — when programmed — 429 with Retry-After, 5xx, 403 or 404 like Teams does,
 * or no answer at all.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedPost {
  /** Decoded conversation id from the path (may carry `;messageid=`). */
  readonly conversationId: string;
  readonly replyToId: string | undefined;
  readonly activity: Record<string, unknown>;
  /** The id the stand-in gave the posted activity. */
  readonly activityId: string;
  /** On the clock the stand-in was given (a test's fast clock, or real time). */
  readonly receivedAt: Date;
}

export interface IncomingPost {
  readonly conversationId: string;
  readonly replyToId: string | undefined;
  readonly activity: Record<string, unknown>;
  /** 1-based count of requests so far, all conversations. */
  readonly sequence: number;
}

export type Fault =
  | { readonly status: 429; readonly retryAfterSeconds?: number }
  | { readonly status: 500 | 502 | 503 | 504; readonly code?: string }
  | { readonly status: 403 | 404; readonly code?: string }
  /**
   * Never answer (a connector that hangs); the connection stays open until
   * the stand-in stops. `received`: the post is recorded first, as when Teams
   * accepted it but its answer was lost.
   */
  | { readonly status: 'hang'; readonly received?: boolean };

/** Decides a request's fate: undefined = accept it. */
export type FaultRule = (post: IncomingPost) => Fault | undefined;

const route = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

const defaultCodes: Record<number, string> = {
  403: 'ConversationBlockedByUser',
  404: 'ConversationNotFound',
  429: 'Throttled',
  500: 'ServiceError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** A `PUT /v3/conversations/:id/activities/:activityId`: a message updated in place. */
export interface RecordedUpdate {
  readonly conversationId: string;
  readonly activityId: string;
  readonly activity: Record<string, unknown>;
}

export class ConnectorStandIn {
  readonly posts: RecordedPost[] = [];
  readonly updates: RecordedUpdate[] = [];
  /** Every request, accepted or not. */
  requests = 0;
  faultsAnswered = 0;
  private rule: FaultRule = () => undefined;
  private readonly server: Server;

  private constructor(private readonly now: () => Date) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 1000;
  }

  /** On loopback unless a test needs another of the machine's addresses. */
  static async start(now: () => Date = () => new Date(), host = '127.0.0.1'): Promise<ConnectorStandIn> {
    const standIn = new ConnectorStandIn(now);
    await new Promise<void>((resolve) => standIn.server.listen(0, host, resolve));
    return standIn;
  }

  /** Base URL to put in a conversation reference's `serviceUrl`. */
  get serviceUrl(): string {
    const { address, port } = this.server.address() as AddressInfo;
    return `http://${address}:${port}/`;
  }

  answer(rule: FaultRule): void {
    this.rule = rule;
  }

  postsTo(conversationId: string): RecordedPost[] {
    return this.posts.filter((post) => post.conversationId === conversationId);
  }

  /** Resolves once `predicate` holds, polling; rejects after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs: number, what = 'the expected posts'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline)
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${this.posts.length} posts so far)`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = route.exec(req.url ?? '');
    if (req.method === 'PUT' && match?.[2] !== undefined) {
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      this.updates.push({
        conversationId: decodeURIComponent(match[1]!),
        activityId: decodeURIComponent(match[2]),
        activity,
      });
      return this.reply(res, 200, { id: match[2] });
    }
    if (req.method !== 'POST' || match === null)
      return this.reply(res, 404, { error: { code: 'NotFound', message: `no route ${req.method} ${req.url}` } });
    this.requests++;
    const post: IncomingPost = {
      conversationId: decodeURIComponent(match[1]!),
      replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
      activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      sequence: this.requests,
    };
    const fault = this.rule(post);
    if (fault?.status === 'hang') {
      this.faultsAnswered++;
      if (fault.received === true)
        this.posts.push({ ...post, activityId: `1:${this.requests}`, receivedAt: this.now() });
      return;
    }
    if (fault !== undefined) {
      this.faultsAnswered++;
      const headers: Record<string, string> =
        fault.status === 429 ? { 'retry-after': String(fault.retryAfterSeconds ?? 1) } : {};
      const code = ('code' in fault ? fault.code : undefined) ?? defaultCodes[fault.status] ?? 'Error';
      return this.reply(res, fault.status, { error: { code, message: `stand-in answered ${fault.status}` } }, headers);
    }
    const activityId = `1:${this.requests}`;
    this.posts.push({ ...post, activityId, receivedAt: this.now() });
    this.reply(res, 201, { id: activityId });
  }

  private reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}
