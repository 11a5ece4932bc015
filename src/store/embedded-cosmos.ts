/**
 * The embedded Cosmos DB server used when no account is configured: it runs
 * in-process on loopback over plain HTTP (about twice as fast as its HTTPS)
 * with keep-alive, and keeps data in memory only.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';

/** The embedded server checks no signature; the SDK only needs a base64 key. */
export const embeddedCosmosKey = Buffer.from('escalation-advisor-embedded-cosmos').toString('base64');

export class EmbeddedCosmos {
  // The server creates a fresh, empty account each time it starts listening.
  private readonly server: Server = createHttpServer({ keepAlive: true });
  private unreachable = false;

  constructor() {
    // An outage refuses every connection but keeps the in-memory data.
    this.server.prependListener('connection', (socket) => {
      if (this.unreachable) socket.destroy();
    });
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  /** Make the server unreachable (an outage) or reachable again; data stays. */
  setReachable(reachable: boolean): void {
    this.unreachable = !reachable;
    if (!reachable) this.server.closeAllConnections();
  }

  async stop(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}
