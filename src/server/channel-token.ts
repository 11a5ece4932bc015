/**
 * Checks a channel's bearer token before botbuilder sees it. botbuilder's own
 * check answers some bad tokens with a 500 carrying its message, prints stack
 * traces and keys through console.error, and accepts a token without `exp`;
 * this one is strict and quiet: RS256/384/512 only, the configured issuer,
 * our app id as audience, `exp` required, `nbf` honoured (five minutes' clock
 * tolerance, as botbuilder), a published key endorsed for the channel, and a
 * `serviceurl` claim equal to the activity's serviceUrl. Every failure is a
 * RequestRefused: 401 for the token, 503 when the keys cannot be fetched.
 */
import { createPublicKey, verify } from 'node:crypto';
import { z } from 'zod';
import { RequestRefused } from './request-refused';

export interface ChannelTokenSettings {
  readonly appId: string;
  readonly openIdMetadataUrl: string;
  readonly issuer: string;
}

const clockToleranceSeconds = 5 * 60;
const fetchTimeoutMs = 5_000;
/** Keys are re-read daily, and at most this often when a token names a key we do not know. */
const keysMaxAgeMs = 24 * 60 * 60 * 1000;
const unknownKeyRefreshMs = 5 * 60 * 1000;
const allowedAlgorithms: Record<string, string> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

const metadataSchema = z.object({ jwks_uri: z.url() });
const jwkSchema = z.looseObject({
  kid: z.string(),
  kty: z.literal('RSA'),
  n: z.string(),
  e: z.string(),
  endorsements: z.array(z.string()).optional(),
});
type SigningKey = z.infer<typeof jwkSchema>;
const keySetSchema = z.object({ keys: z.array(z.unknown()) });

const headerSchema = z.object({ alg: z.string(), kid: z.string().optional() });
const claimsSchema = z.looseObject({
  iss: z.unknown(),
  aud: z.unknown(),
  exp: z.unknown(),
  nbf: z.unknown(),
  serviceurl: z.unknown(),
});

const rejected = (reason: string) => new RequestRefused(401, reason);

/** The channel's published signing keys, fetched on demand and cached. */
class SigningKeys {
  private keys: SigningKey[] | undefined;
  private fetchedAt = 0;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly metadataUrl: string) {}

  async find(kid: string): Promise<SigningKey | undefined> {
    const age = Date.now() - this.fetchedAt;
    const known = this.keys?.some((key) => key.kid === kid) ?? false;
    if (this.keys === undefined || age > keysMaxAgeMs || (!known && age > unknownKeyRefreshMs)) {
      try {
        await (this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined)));
      } catch (err) {
        // Stale keys still check tokens; no keys at all means no verdict.
        if (this.keys === undefined)
          throw new RequestRefused(503, `signing keys unavailable: ${(err as Error).message}`);
      }
    }
    return this.keys?.find((key) => key.kid === kid);
  }

  private async refresh(): Promise<void> {
    const metadata = metadataSchema.parse(await fetchJson(this.metadataUrl));
    const { keys } = keySetSchema.parse(await fetchJson(metadata.jwks_uri));
    // Keys of other types (or malformed ones) are skipped, as botbuilder does.
    this.keys = keys.flatMap((key) => {
      const parsed = jwkSchema.safeParse(key);
      return parsed.success ? [parsed.data] : [];
    });
    this.fetchedAt = Date.now();
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(fetchTimeoutMs) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

function decodePart(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw rejected('malformed token');
  }
}

export class ChannelTokenValidator {
  private readonly keys: SigningKeys;

  constructor(private readonly settings: ChannelTokenSettings) {
    this.keys = new SigningKeys(settings.openIdMetadataUrl);
  }

  /** Resolves when `authHeader` carries a valid channel token for `activity`; else throws RequestRefused. */
  async check(authHeader: string, activity: { channelId?: string; serviceUrl?: string }): Promise<void> {
    const token = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]*)$/.exec(authHeader);
    if (token === null) throw rejected(authHeader === '' ? 'no token' : 'not a bearer JWT');
    const [, headerPart = '', payloadPart = '', signaturePart = ''] = token;
    const header = headerSchema.safeParse(decodePart(headerPart));
    const claims = claimsSchema.safeParse(decodePart(payloadPart));
    if (!header.success || !claims.success) throw rejected('malformed token');
    const digest = allowedAlgorithms[header.data.alg];
    if (digest === undefined) throw rejected('signing algorithm not allowed');
    if (claims.data.iss !== this.settings.issuer) throw rejected('wrong issuer');

    const key = header.data.kid === undefined ? undefined : await this.keys.find(header.data.kid);
    if (key === undefined) throw rejected('unknown signing key');
    const signed = verify(
      digest,
      Buffer.from(`${headerPart}.${payloadPart}`),
      createPublicKey({ key, format: 'jwk' }),
      Buffer.from(signaturePart, 'base64url'),
    );
    if (!signed) throw rejected('bad signature');

    const { aud, exp, nbf, serviceurl } = claims.data;
    const now = Date.now() / 1000;
    if (typeof exp !== 'number') throw rejected('no expiry');
    if (now > exp + clockToleranceSeconds) throw rejected('expired');
    if (nbf !== undefined && (typeof nbf !== 'number' || now < nbf - clockToleranceSeconds))
      throw rejected('not yet valid');
    if (aud !== this.settings.appId) throw rejected('wrong audience');
    if (
      key.endorsements !== undefined &&
      key.endorsements.length > 0 &&
      !key.endorsements.includes(activity.channelId ?? '')
    ) {
      throw rejected('key not endorsed for the channel');
    }
    if (serviceurl !== activity.serviceUrl) throw rejected('serviceUrl does not match the token');
  }
}
