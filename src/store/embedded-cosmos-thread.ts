/**
 * The embedded Cosmos DB server's own thread (see embedded-cosmos.ts): it
 * listens on loopback, reports its port, and obeys the owner's messages.
 */
import type { AddressInfo } from 'node:net';
import { parentPort } from 'node:worker_threads';
import { createHttpServer } from '@vercel/cosmosdb-server';
import type { EmbeddedCosmosCommand, EmbeddedCosmosReply } from './embedded-cosmos-protocol';

const owner = parentPort!;
// The server creates a fresh, empty account each time it starts listening.
const server = createHttpServer({ keepAlive: true });
let unreachable = false;

// An outage refuses every connection but keeps the in-memory data.
server.prependListener('connection', (socket) => {
  if (unreachable) socket.destroy();
});

function reply(message: EmbeddedCosmosReply): void {
  owner.postMessage(message);
}

owner.on('message', (command: EmbeddedCosmosCommand) => {
  switch (command.op) {
    case 'reachable':
      unreachable = !command.reachable;
      if (unreachable) server.closeAllConnections();
      return reply({ op: 'reachable' });
    case 'stop':
      server.close(() => reply({ op: 'stopped' }));
      server.closeAllConnections();
  }
});

server.once('error', (err) => reply({ op: 'failed', message: err.message }));
server.listen(0, '127.0.0.1', () => reply({ op: 'listening', port: (server.address() as AddressInfo).port }));
