/**
 * A reverse proxy in front of the embedded Cosmos DB that plays an account's
 * access rules: it answers 403 to the requests `forbid` picks (as Cosmos does
 * when a Microsoft Entra ID data-plane role tries to create a database or a
 * container) and records every Authorization header it forwards.
 *
 * With `tls` it serves HTTPS (the SDK sends Entra ID tokens over HTTPS only)
 * with the embedded server's self-signed certificate, and names itself as the
 * account's region so the SDK's endpoint discovery stays on the proxy.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';

export interface CosmosGate {
  readonly endpoint: string;
  readonly authorizations: string[];
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = dirname(require.resolve('@vercel/cosmosdb-server/package.json'));
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

export async function startCosmosGate(
  target: string,
  forbid: (method: string, path: string) => boolean,
  options: { tls?: boolean } = {},
): Promise<CosmosGate> {
  const authorizations: string[] = [];
  const agent = new http.Agent({ keepAlive: true });
  let self = '';
  const handler: http.RequestListener = (req, res) => {
    authorizations.push(decodeURIComponent(String(req.headers.authorization)));
    if (forbid(req.method ?? '', req.url ?? '')) {
      req.resume();
      res.writeHead(403, { 'content-type': 'application/json', 'x-ms-substatus': '5300' });
      res.end(JSON.stringify({ code: 'Forbidden', message: 'Request blocked by Auth: the principal lacks the required RBAC permissions' }));
      return;
    }
    const isAccount = req.method === 'GET' && req.url === '/';
    // Connection is hop-by-hop: the proxy keeps its own connections to the server alive.
    const headers = { ...req.headers, connection: 'keep-alive' };
    const upstream = http.request(`${target}${req.url}`, { method: req.method, headers, agent }, (reply) => {
      if (!isAccount) {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      reply.on('data', (chunk: Buffer) => chunks.push(chunk));
      reply.on('end', () => {
        const body = Buffer.concat(chunks).toString().replace(/https:\/\/[^"]+?\//g, `${self}/`);
        res.writeHead(reply.statusCode ?? 502, { ...reply.headers, 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
    });
    req.pipe(upstream);
  };
  const server = options.tls === true ? https.createServer(selfSignedCertificate(), handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self = `${options.tls === true ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint: self,
    authorizations,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
