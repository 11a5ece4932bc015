/**
 * Who may talk to the bot, in front of botbuilder's own authentication.
 * With an app id, every token passes ChannelTokenValidator before botbuilder
 * checks it again. Without one (anonymous local mode) no token is accepted —
 * there is no app id to check it against — and only activities whose
 * serviceUrl is on loopback, or on a host in ANONYMOUS_SERVICE_HOSTS, are
 * served, so a stranger cannot make the bot post to a URL of their choosing.
 * Every refusal, botbuilder's included, is a RequestRefused.
 */
import { isIP } from 'node:net';
import type { Activity } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationError,
  BotFrameworkAuthentication,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { ChannelTokenValidator, type ChannelTokenSettings } from './channel-token';
import { RequestRefused } from './request-refused';

export type ChannelGate = (activity: Activity, authHeader: string) => Promise<void>;

export function tokenGate(settings: ChannelTokenSettings): ChannelGate {
  const validator = new ChannelTokenValidator(settings);
  return (activity, authHeader) => validator.check(authHeader, activity);
}

/** localhost, 127.0.0.0/8 or ::1 (brackets allowed). */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1';
}

export function anonymousGate(allowedHosts: readonly string[]): ChannelGate {
  return async (activity, authHeader) => {
    if (authHeader !== '') throw new RequestRefused(401, 'a token was sent, but no app id is configured to check it');
    let host: string;
    try {
      host = new URL(activity.serviceUrl).hostname.toLowerCase();
    } catch {
      throw new RequestRefused(403, 'serviceUrl is not a URL');
    }
    if (!isLoopback(host) && !allowedHosts.includes(host.replace(/^\[|\]$/g, ''))) {
      throw new RequestRefused(403, 'serviceUrl host is not on loopback or in ANONYMOUS_SERVICE_HOSTS');
    }
  };
}

/** botbuilder's verdicts as RequestRefused: its 401s stay 401, anything else means the keys could not be read. */
function refusal(err: unknown): unknown {
  if (err instanceof RequestRefused) return err;
  if (err instanceof AuthenticationError && err.statusCode === 401)
    return new RequestRefused(401, `botbuilder: ${err.message}`);
  return new RequestRefused(503, `could not check the token: ${(err as Error).message}`);
}

export class GatedAuthentication extends BotFrameworkAuthentication {
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly gate: ChannelGate,
  ) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    await this.gate(activity, authHeader);
    try {
      return await this.inner.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw refusal(err);
    }
  }

  /** The bot serves no streaming (Direct Line ASE) connections. */
  authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    return Promise.reject(new RequestRefused(401, 'streaming connections are not served'));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.inner.createConnectorFactory(claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }
}
