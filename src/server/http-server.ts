/**
 * The HTTP surface: POST /api/messages (through the adapter), GET /healthz
 * (alive) and GET /readyz (storage reachable). Tracks in-flight turns so a
 * shutdown can let them finish.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pagesDir } from '../repo-paths';
import restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../log';
import { activityEnvelopeProblem } from './activity-envelope';

const pages = {
  privacy: readFileSync(join(pagesDir, 'privacy.html'), 'utf8'),
  terms: readFileSync(join(pagesDir, 'terms.html'), 'utf8'),
};

/** Teams messages are far smaller; a larger body is refused before parsing. */
const maxBodyBytes = 512 * 1024;

export interface HttpServerDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  ready: () => Promise<boolean>;
  log: Logger;
  /** Observes each turn (src/telemetry.ts); default: none. */
  observeTurn?: (activity: unknown, process: () => Promise<void>, status: () => number) => Promise<void>;
}

export interface HttpServer {
  listen(port: number, host: string): Promise<string>;
  /** Stop accepting, then wait (up to graceMs) for in-flight turns. */
  close(graceMs: number): Promise<void>;
  readonly inFlight: number;
}

export function createHttpServer({ adapter, logic, ready, log, observeTurn = (_activity, process) => process() }: HttpServerDeps): HttpServer {
  const server = restify.createServer({ name: 'escalation-advisor', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false, rejectUnknown: true }));
  let inFlight = 0;
  let idle: (() => void) | undefined;

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  // The Teams app manifest links here (privacyUrl, termsOfUseUrl, websiteUrl).
  for (const [path, page] of [['/privacy', 'privacy'], ['/terms', 'terms'], ['/', 'privacy']] as const) {
    server.get(path, async (_req, res) => {
      res.sendRaw(200, pages[page], { 'content-type': 'text/html; charset=utf-8' });
    });
  }

  server.get('/readyz', async (_req, res) => {
    const ok = await ready();
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'storage unavailable' });
  });

  server.post('/api/messages', async (req, res) => {
    if (!req.is('json')) {
      res.send(415, { error: 'Content-Type must be application/json' });
      return;
    }
    const problem = activityEnvelopeProblem(req.body);
    if (problem !== undefined) {
      log.info({ problem }, 'rejected a malformed activity');
      res.send(400, { error: problem });
      return;
    }
    inFlight++;
    try {
      await observeTurn(req.body, () => adapter.process(req, res, logic), () => res.statusCode);
    } catch (err) {
      log.error({ err }, 'adapter failed outside a turn');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
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
