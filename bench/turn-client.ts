/**
 * Posts activities to a bot's /api/messages over keep-alive HTTP (node:http,
 * one socket per simulated user at most) and times each turn: from the
 * request's start to the last byte of the expectReplies body.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface TurnResult {
  readonly status: number;
  /** The replies (expectReplies body), typing indicators left out. */
  readonly activities: readonly Record<string, unknown>[];
  readonly ms: number;
}

export class TurnClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });
  private readonly endpoint: URL;

  constructor(baseUrl: string) {
    this.endpoint = new URL('/api/messages', baseUrl);
  }

  post(activity: Record<string, unknown>): Promise<TurnResult> {
    const body = JSON.stringify(activity);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        this.endpoint,
        {
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const ms = performance.now() - started;
            const text = Buffer.concat(chunks).toString('utf8');
            const parsed = text === '' ? undefined : (JSON.parse(text) as { activities?: Record<string, unknown>[] });
            const activities = (parsed?.activities ?? []).filter((a) => a.type !== 'typing');
            resolve({ status: res.statusCode ?? 0, activities, ms });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
