/**
 * The HTTP surface: POST /api/messages (through the adapter), GET /healthz
 * (alive) and GET /readyz (storage reachable). Tracks in-flight turns so a
 * shutdown can let them finish.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TurnContext } from 'botbuilder';
import restify from 'restify';
import type { Logger } from '../log';
import { pagesDir } from '../repo-paths';
import { activityEnvelopeProblem, toActivity } from './activity-envelope';
import type { BotCloudAdapter } from './create-adapter';
import { BodyRejected, readJsonBody, type BodyLimits } from './read-body';
import { RequestRefused } from './request-refused';

const pages = {
  privacy: readFileSync(join(pagesDir, 'privacy.html'), 'utf8'),
  terms: readFileSync(join(pagesDir, 'terms.html'), 'utf8'),
};

const bodyLimits: BodyLimits = {
  // Teams messages are far smaller; counted after decompression.
  maxBytes: 512 * 1024,
  // Activities nest a few levels (card data, entities); JSON deeper than this only attacks.
  maxDepth: 64,
  // A Teams activity arrives in milliseconds; a body still arriving after this is a stalled or hostile client.
  timeoutMs: 10_000,
};

/** What a refused request is told: the status in words, nothing about why. */
const refusedAnswer: Record<RequestRefused['status'], string> = {
  401: 'unauthorized',
  403: 'forbidden',
  503: 'authentication is unavailable, try again later',
};

export interface HttpServerDeps {
  adapter: BotCloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  ready: () => Promise<boolean>;
  log: Logger;
  /** Observes each turn (src/telemetry.ts); default: none. */
  observeTurn?: (activity: unknown, process: () => Promise<void>, status: () => number) => Promise<void>;
  /** How long a request body may take to arrive (tests pass a short one). */
  bodyReadTimeoutMs?: number;
}

export interface HttpServer {
  listen(port: number, host: string): Promise<string>;
  /** Stop accepting, then wait (up to graceMs) for in-flight turns. */
  close(graceMs: number): Promise<void>;
  readonly inFlight: number;
}

export function createHttpServer({
  adapter,
  logic,
  ready,
  log,
  bodyReadTimeoutMs = bodyLimits.timeoutMs,
  observeTurn = (_activity, process) => process(),
}: HttpServerDeps): HttpServer {
  // restify logs through ours (level, redaction, no headers or bodies). No body parser:
  // /api/messages reads its own body (read-body.ts) and nothing else takes one.
  const server = restify.createServer({
    name: 'escalation-advisor',
    handleUncaughtExceptions: false,
    // restify 12 takes a pino logger; @types/restify still describes bunyan's.
    log: log.child({ component: 'restify' }) as unknown as restify.ServerOptions['log'],
  });
  let inFlight = 0;
  let idle: (() => void) | undefined;

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  // The Teams app manifest links here (privacyUrl, termsOfUseUrl, websiteUrl).
  for (const [path, page] of [
    ['/privacy', 'privacy'],
    ['/terms', 'terms'],
    ['/', 'privacy'],
  ] as const) {
    server.get(path, async (_req, res) => {
      res.sendRaw(200, pages[page], { 'content-type': 'text/html; charset=utf-8' });
    });
  }

  server.get('/readyz', async (_req, res) => {
    const ok = await ready();
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'storage unavailable' });
  });

  server.post('/api/messages', async (req, res) => {
    let body: unknown;
    try {
      body = await readJsonBody(req, { ...bodyLimits, timeoutMs: bodyReadTimeoutMs });
    } catch (err) {
      const { status, message } =
        err instanceof BodyRejected ? err : new BodyRejected(400, 'the body could not be read');
      log.info({ status, reason: message }, 'rejected a request body');
      // The rest of the body is not read: close the connection rather than drain it.
      res.setHeader('connection', 'close');
      res.send(status, { error: message });
      return;
    }
    const problem = activityEnvelopeProblem(body);
    if (problem !== undefined) {
      log.info({ problem }, 'rejected a malformed activity');
      res.send(400, { error: problem });
      return;
    }
    inFlight++;
    try {
      await observeTurn(
        body,
        async () => {
          const authorization = req.headers.authorization ?? '';
          const answer = await adapter.handle(authorization, toActivity(body as Record<string, unknown>), logic);
          res.send(answer?.status ?? 200, answer?.body);
        },
        () => res.statusCode,
      );
    } catch (err) {
      if (err instanceof RequestRefused) {
        log.warn({ status: err.status, reason: err.reason }, 'request refused');
        res.send(err.status, { error: refusedAnswer[err.status] });
      } else {
        log.error({ err }, 'adapter failed outside a turn');
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      }
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  });

  return {
    get inFlight() {
      return inFlight;
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: actual } = server.address() as AddressInfo;
          resolve(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}`);
        });
      });
    },
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        log.info({ inFlight }, 'waiting for in-flight turns');
        await Promise.race([
          new Promise<void>((resolve) => (idle = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      server.server.closeAllConnections();
      await closed;
    },
  };
}
