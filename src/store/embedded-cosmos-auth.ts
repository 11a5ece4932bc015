/**
 * The embedded Cosmos DB server's key check: a request must carry the
 * master-key signature the Cosmos SDK computes (HMAC-SHA256 over the verb,
 * resource type, resource link and date), made with this process's key.
 * @vercel/cosmosdb-server checks none, so any local process could otherwise
 * read and change the bot's data.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The (resource type, resource link) pairs a path may have been signed as: ids as sent and decoded. */
function signedResources(path: string): [string, string][] {
  const raw = path
    .split('?')[0]!
    .split('/')
    .filter((segment) => segment !== '');
  const candidates = [raw, raw.map((segment) => decodeSegment(segment))];
  return candidates.map((segments) => {
    if (segments.length === 0) return ['', ''];
    // /dbs/a/colls/b is the collection b; /dbs/a/colls is the feed of collections in a.
    return segments.length % 2 === 0
      ? [segments[segments.length - 2]!, segments.join('/')]
      : [segments[segments.length - 1]!, segments.slice(0, -1).join('/')];
  });
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function isSignedWithKey(req: IncomingMessage, key: Buffer): boolean {
  const date = req.headers['x-ms-date'];
  const authorization = req.headers.authorization;
  if (typeof date !== 'string' || typeof authorization !== 'string') return false;
  // type=master&ver=1.0&sig=<base64>, URL-encoded once; not URLSearchParams, which reads '+' as a space.
  const fields = new Map(
    decodeSegment(authorization)
      .split('&')
      .map((field) => {
        const at = field.indexOf('=');
        return [field.slice(0, at), field.slice(at + 1)] as const;
      }),
  );
  if (fields.get('type') !== 'master' || fields.get('ver') !== '1.0') return false;
  const signature = Buffer.from(fields.get('sig') ?? '', 'base64');
  return signedResources(req.url ?? '/').some(([type, link]) => {
    const text = `${(req.method ?? '').toLowerCase()}\n${type.toLowerCase()}\n${link}\n${date.toLowerCase()}\n\n`;
    const expected = createHmac('sha256', key).update(text).digest();
    return expected.length === signature.length && timingSafeEqual(expected, signature);
  });
}
