/**
 * A stand-in for the Bot Framework's token issuer on loopback: an OpenID
 * metadata document and a JWKS with our own RSA key, and tokens signed with
 * it the way the Bot Connector signs them (RS256, iss, aud, serviceurl).
 * Tokens can be bent (no exp, wrong audience, alg none, HS256, …) to prove
 * each rejection, and the keys can be made unfetchable.
 */
import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const botFrameworkIssuer = 'https://api.botframework.com';

export interface TokenClaims {
  iss?: string;
  aud?: string;
  serviceurl?: string;
  nbf?: number;
  exp?: number;
  iat?: number;
  [claim: string]: unknown;
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

export class TokenIssuer {
  /** When false, the metadata and key endpoints answer 503. */
  available = true;
  /** Requests the server has answered (metadata + keys). */
  fetches = 0;
  private readonly privateKey: KeyObject;
  private readonly jwk: Record<string, unknown>;
  private readonly server: Server;

  private constructor(readonly kid: string) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.jwk = { ...publicKey.export({ format: 'jwk' }), kid, kty: 'RSA', use: 'sig', endorsements: ['msteams'] };
    this.server = createServer((req, res) => {
      this.fetches++;
      // Not chained: restify patches ServerResponse.prototype, and its writeHead returns nothing.
      if (!this.available) {
        res.writeHead(503);
        res.end();
        return;
      }
      const body =
        req.url === '/keys' ? { keys: [this.jwk] } : { issuer: botFrameworkIssuer, jwks_uri: `${this.baseUrl}/keys` };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  }

  static async start(kid = 'test-key-1'): Promise<TokenIssuer> {
    const issuer = new TokenIssuer(kid);
    await new Promise<void>((resolve) => issuer.server.listen(0, '127.0.0.1', resolve));
    return issuer;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get metadataUrl(): string {
    return `${this.baseUrl}/v1/.well-known/openidconfiguration`;
  }

  /** The environment that points the bot at this issuer. */
  env(appId: string): Record<string, string> {
    return {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: 'not-a-real-secret',
      ToBotFromChannelOpenIdMetadataUrl: this.metadataUrl,
    };
  }

  /** Claims a Teams channel token carries, valid for the next hour. */
  static claims(appId: string, serviceUrl: string, overrides: TokenClaims = {}): TokenClaims {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: botFrameworkIssuer,
      aud: appId,
      serviceurl: serviceUrl,
      nbf: now - 60,
      iat: now - 60,
      exp: now + 3600,
      ...overrides,
    };
  }

  /** An RS256 token signed with this issuer's key (`header` may change the kid). */
  sign(claims: TokenClaims, header: Record<string, unknown> = {}): string {
    return this.token({ alg: 'RS256', ...header }, claims, (data) => sign('sha256', data, this.privateKey));
  }

  /** The same claims signed by a key the issuer never published, under its kid. */
  signWithStrangerKey(claims: TokenClaims): string {
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    return this.token({ alg: 'RS256' }, claims, (data) => sign('sha256', data, stranger));
  }

  /** `alg: none`, no signature. */
  unsigned(claims: TokenClaims): string {
    return this.token({ alg: 'none' }, claims, () => Buffer.alloc(0));
  }

  /** HS256 with the public key as the secret (the classic algorithm confusion). */
  hmacWithPublicKey(claims: TokenClaims): string {
    return this.token({ alg: 'HS256' }, claims, (data) =>
      createHmac('sha256', JSON.stringify(this.jwk)).update(data).digest(),
    );
  }

  private token(header: Record<string, unknown>, claims: TokenClaims, signature: (data: Buffer) => Buffer): string {
    const head = base64url(JSON.stringify({ typ: 'JWT', kid: this.kid, ...header }));
    const payload = base64url(JSON.stringify(dropUndefined(claims)));
    return `${head}.${payload}.${base64url(signature(Buffer.from(`${head}.${payload}`)))}`;
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}

function dropUndefined(claims: TokenClaims): TokenClaims {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}
