/**
 * The embedded Cosmos DB server's own thread (see embedded-cosmos.ts): it
 * listens on loopback, reports its port, and obeys the owner's messages.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { isSignedWithKey } from './embedded-cosmos-auth';
import type { EmbeddedCosmosCommand, EmbeddedCosmosReply, EmbeddedCosmosStart } from './embedded-cosmos-protocol';

const owner = parentPort!;
const key = Buffer.from((workerData as EmbeddedCosmosStart).key, 'base64');
// The server creates a fresh, empty account each time it starts listening.
const server = createHttpServer({ keepAlive: true });
let unreachable = false;

// Only requests signed with the owner's key reach the database.
const [serve] = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
server.removeAllListeners('request');
server.on('request', (req: IncomingMessage, res: ServerResponse) => {
  if (isSignedWithKey(req, key)) return serve!(req, res);
  req.resume();
  res.writeHead(401, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code: 'Unauthorized', message: 'The input authorization token cannot serve the request.' }));
});

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
