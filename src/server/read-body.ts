/**
 * Reads a request body the way the Bot Framework sends it, and nothing else:
 * JSON, plain or gzip. The size limit counts bytes after decompression (a
 * small gzip can inflate to gigabytes), the whole body must arrive within a
 * deadline (a client that dribbles bytes does not hold a connection open),
 * and nothing is written to disk. Anything else is a BodyRejected with the
 * status to answer.
 */
import type { IncomingMessage } from 'node:http';
import { createGunzip } from 'node:zlib';

export interface BodyLimits {
  /** Largest body, counted after decompression (and before it). */
  readonly maxBytes: number;
  /** The whole body must have arrived this long after the handler starts reading. */
  readonly timeoutMs: number;
  /** Deepest nesting of arrays and objects; deeper JSON is refused before it is parsed. */
  readonly maxDepth: number;
}

export class BodyRejected extends Error {
  constructor(
    readonly status: 400 | 408 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'BodyRejected';
  }
}

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function contentEncoding(req: IncomingMessage): string {
  const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
  return encoding === '' ? 'identity' : encoding;
}

export async function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  if (mediaType(req) !== 'application/json') throw new BodyRejected(415, 'Content-Type must be application/json');
  const encoding = contentEncoding(req);
  if (encoding !== 'identity' && encoding !== 'gzip')
    throw new BodyRejected(415, 'Content-Encoding must be gzip or none');
  if (Number(req.headers['content-length']) > limits.maxBytes) throw new BodyRejected(413, 'the body is too large');
  const text = (await readBytes(req, encoding === 'gzip', limits)).toString('utf8');
  if (nestedDeeperThan(text, limits.maxDepth)) throw new BodyRejected(400, 'the body is nested too deeply');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyRejected(400, 'the body is not valid JSON');
  }
}

function readBytes(req: IncomingMessage, gzip: boolean, limits: BodyLimits): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let decoded = 0;
    const gunzip = gzip ? createGunzip() : undefined;
    const output = gunzip ?? req;

    const onReceived = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxBytes) fail(new BodyRejected(413, 'the body is too large'));
    };
    const onDecoded = (chunk: Buffer) => {
      decoded += chunk.length;
      if (decoded > limits.maxBytes) fail(new BodyRejected(413, 'the body is too large'));
      else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onGzipError = () => fail(new BodyRejected(400, 'the body is not valid gzip'));
    const onAborted = () => fail(new BodyRejected(400, 'the request ended before its body'));
    const timer = setTimeout(() => fail(new BodyRejected(408, 'the body took too long to arrive')), limits.timeoutMs);

    function stop(): void {
      clearTimeout(timer);
      req.off('data', onReceived).off('error', onAborted).off('aborted', onAborted);
      output.off('data', onDecoded).off('end', onEnd);
      if (gunzip !== undefined) {
        req.unpipe(gunzip);
        gunzip.off('error', onGzipError).destroy();
      }
    }
    function fail(err: BodyRejected): void {
      stop();
      // Read no more of it: the answer closes the connection.
      req.pause();
      reject(err);
    }

    req.on('data', onReceived).on('error', onAborted).on('aborted', onAborted);
    output.on('data', onDecoded).on('end', onEnd);
    if (gunzip !== undefined) {
      gunzip.on('error', onGzipError);
      req.pipe(gunzip);
    }
  });
}

/** True when arrays and objects nest deeper than `max` (strings skipped), without parsing. */
export function nestedDeeperThan(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
