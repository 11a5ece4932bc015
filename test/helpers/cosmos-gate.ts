/**
 * A reverse proxy in front of the embedded Cosmos DB that plays an account's
 * access rules: it answers 403 to the requests `forbid` picks (as Cosmos does
 * when a Microsoft Entra ID data-plane role tries to create a database or a
 * container) and records every Authorization header it forwards.
 *
 * With `tls` it serves HTTPS (the SDK sends Entra ID tokens over HTTPS only)
 * with the embedded server's self-signed certificate, and names itself as the
 * account's region so the SDK's endpoint discovery stays on the proxy.
 * With `signWith` it signs what it forwards with that master key, as the
 * embedded server expects, whatever the client sent (an Entra ID token).
 */
import { createHmac } from 'node:crypto';
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

/** The Cosmos master-key signature: HMAC-SHA256 over verb, resource type, resource link and date. */
function masterKeySignature(method: string, url: string, date: string, key: string): string {
  const segments = url
    .split('?')[0]!
    .split('/')
    .filter((segment) => segment !== '');
  // /dbs/a/colls/b is the collection b; /dbs/a/colls is the feed of collections in a.
  const [type, link] =
    segments.length === 0
      ? ['', '']
      : segments.length % 2 === 0
        ? [segments[segments.length - 2]!, segments.join('/')]
        : [segments[segments.length - 1]!, segments.slice(0, -1).join('/')];
  const text = `${method.toLowerCase()}\n${type.toLowerCase()}\n${link}\n${date.toLowerCase()}\n\n`;
  const sig = createHmac('sha256', Buffer.from(key, 'base64')).update(text).digest('base64');
  return encodeURIComponent(`type=master&ver=1.0&sig=${sig}`);
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = dirname(require.resolve('@vercel/cosmosdb-server/package.json'));
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

export async function startCosmosGate(
  target: string,
  forbid: (method: string, path: string) => boolean,
  options: { tls?: boolean; signWith?: string } = {},
): Promise<CosmosGate> {
  const authorizations: string[] = [];
  const agent = new http.Agent({ keepAlive: true });
  let self = '';
  const handler: http.RequestListener = (req, res) => {
    authorizations.push(decodeURIComponent(String(req.headers.authorization)));
    if (forbid(req.method ?? '', req.url ?? '')) {
      req.resume();
      res.writeHead(403, { 'content-type': 'application/json', 'x-ms-substatus': '5300' });
      res.end(
        JSON.stringify({
          code: 'Forbidden',
          message: 'Request blocked by Auth: the principal lacks the required RBAC permissions',
        }),
      );
      return;
    }
    const isAccount = req.method === 'GET' && req.url === '/';
    // Connection is hop-by-hop: the proxy keeps its own connections to the server alive.
    const headers = { ...req.headers, connection: 'keep-alive' };
    if (options.signWith !== undefined) {
      const date = String(req.headers['x-ms-date'] ?? new Date().toUTCString());
      Object.assign(headers, {
        'x-ms-date': date,
        authorization: masterKeySignature(req.method ?? 'GET', req.url ?? '/', date, options.signWith),
      });
    }
    const upstream = http.request(`${target}${req.url}`, { method: req.method, headers, agent }, (reply) => {
      if (!isAccount) {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      reply.on('data', (chunk: Buffer) => chunks.push(chunk));
      reply.on('end', () => {
        const body = Buffer.concat(chunks)
          .toString()
          .replace(/https:\/\/[^"]+?\//g, `${self}/`);
        res.writeHead(reply.statusCode ?? 502, { ...reply.headers, 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
    });
    req.pipe(upstream);
  };
  const server =
    options.tls === true ? https.createServer(selfSignedCertificate(), handler) : http.createServer(handler);
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
