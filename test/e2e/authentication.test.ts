/**
 * Authentication through the real HTTP endpoint and the real CloudAdapter,
 * offline: the bot reads its signing keys from a local OpenID metadata + JWKS
 * server (test/helpers/token-issuer.ts). A good Teams token is accepted; every
 * bad one is a 401 with a short body, one warn line in the log and nothing on
 * the console; unreachable signing keys are a 503 that names nothing internal.
 */
import assert from 'node:assert/strict';
import { TestBot, activityFrom, newUser, type UserContext } from '../helpers/bot-harness';
import { cardText } from '../helpers/card-inspect';
import { capturingLogger, watchConsole, warnLevel, type LogLine } from '../helpers/log-capture';
import { TokenIssuer, type TokenClaims } from '../helpers/token-issuer';

const appId = '11111111-2222-3333-4444-555555555555';
const now = () => Math.floor(Date.now() / 1000);

function postWithToken(bot: TestBot, user: UserContext, authorization: string | undefined) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  return bot.post(activityFrom(user, { type: 'message', text: 'help' }), headers);
}

/** A bot with an app id whose keys come from a local issuer (its keys fetchable or not), and its log. */
function botWithIssuer(kid: string, keysAvailable: boolean) {
  const setup = {} as { issuer: TokenIssuer; bot: TestBot; lines: LogLine[] };
  before(async () => {
    setup.issuer = await TokenIssuer.start(kid);
    setup.issuer.available = keysAvailable;
    const capture = capturingLogger('info');
    setup.lines = capture.lines;
    setup.bot = await TestBot.start(setup.issuer.env(appId), {}, capture.log);
  });
  after(async () => {
    await setup.bot.stop();
    await setup.issuer.stop();
  });
  return setup;
}

describe('authentication with an app id (local token issuer)', () => {
  const setup = botWithIssuer('test-key-1', true);
  const user = newUser();
  const claims = (overrides: TokenClaims = {}) =>
    TokenIssuer.claims(appId, 'https://smba.trafficmanager.net/teams/', overrides);

  it('accepts a correctly signed Teams token and answers the turn', async () => {
    const reply = await postWithToken(setup.bot, user, `Bearer ${setup.issuer.sign(claims())}`);
    assert.equal(reply.status, 200);
    assert.match(cardText(reply.cards[0]), /What I can do/);
  });

  it('accepts a token that expired within the five-minute clock tolerance', async () => {
    const reply = await postWithToken(setup.bot, user, `Bearer ${setup.issuer.sign(claims({ exp: now() - 60 }))}`);
    assert.equal(reply.status, 200);
  });

  it('answers 401 with a short body, one warn line and no console output to every invalid token', async () => {
    const cases: [string, string | undefined][] = [
      ['no Authorization header', undefined],
      ['not a Bearer token', `Basic ${Buffer.from('user:pass').toString('base64')}`],
      ['not a JWT', 'Bearer abc'],
      ['a forged HS256 token without an issuer', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
      ['a bad signature', `Bearer ${setup.issuer.signWithStrangerKey(claims())}`],
      ['alg none', `Bearer ${setup.issuer.unsigned(claims())}`],
      ['HS256 keyed with the public key', `Bearer ${setup.issuer.hmacWithPublicKey(claims())}`],
      [
        'expired beyond the clock tolerance',
        `Bearer ${setup.issuer.sign(claims({ exp: now() - 600, nbf: now() - 4000, iat: now() - 4000 }))}`,
      ],
      ['not valid before an hour from now', `Bearer ${setup.issuer.sign(claims({ nbf: now() + 3600 }))}`],
      ['no exp', `Bearer ${setup.issuer.sign(claims({ exp: undefined }))}`],
      ['another audience', `Bearer ${setup.issuer.sign(claims({ aud: '99999999-2222-3333-4444-555555555555' }))}`],
      ['another issuer', `Bearer ${setup.issuer.sign(claims({ iss: 'https://sts.windows.net/evil/' }))}`],
      ['an unknown key id', `Bearer ${setup.issuer.sign(claims(), { kid: 'not-published' })}`],
      [
        'a serviceurl claim for another service',
        `Bearer ${setup.issuer.sign(claims({ serviceurl: 'https://evil.example/' }))}`,
      ],
      ['no serviceurl claim', `Bearer ${setup.issuer.sign(claims({ serviceurl: undefined }))}`],
    ];
    const console = watchConsole();
    try {
      for (const [name, authorization] of cases) {
        const before = setup.lines.length;
        const reply = await postWithToken(setup.bot, user, authorization);
        assert.equal(reply.status, 401, name);
        assert.equal(reply.activities.length, 0, name);
        const body = JSON.stringify(reply.body ?? '');
        assert.ok(
          body.length < 200 && !/http|key|stack|Error:/i.test(body),
          `${name}: a short body naming nothing internal, got ${body}`,
        );
        const logged = setup.lines.slice(before);
        assert.equal(logged.length, 1, `${name}: one log line, got ${JSON.stringify(logged)}`);
        assert.equal(logged[0]!.level, warnLevel, name);
        assert.equal(typeof logged[0]!.reason, 'string', name);
        assert.doesNotMatch(
          JSON.stringify(logged[0]),
          /eyJ|BEGIN|\n\s+at /,
          `${name}: no token, key or stack in the log`,
        );
      }
      assert.deepEqual(console.calls(), []);
    } finally {
      console.restore();
    }
  });
});

describe('authentication when the signing keys cannot be fetched', () => {
  const setup = botWithIssuer('test-key-2', false);

  it('answers 503 naming nothing internal, logs one warn line, and accepts the token once the keys are back', async () => {
    const { issuer, bot, lines } = setup;
    const user = newUser();
    const token = `Bearer ${issuer.sign(TokenIssuer.claims(appId, 'https://smba.trafficmanager.net/teams/'))}`;
    const console = watchConsole();
    try {
      const before = lines.length;
      const reply = await postWithToken(bot, user, token);
      assert.equal(reply.status, 503);
      const body = JSON.stringify(reply.body ?? '');
      assert.doesNotMatch(body, /http|127\.0\.0\.1|Failed to load/i);
      const logged = lines.slice(before);
      assert.equal(logged.length, 1, JSON.stringify(logged));
      assert.equal(logged[0]!.level, warnLevel);
      assert.deepEqual(console.calls(), []);
    } finally {
      console.restore();
    }
    issuer.available = true;
    const recovered = await postWithToken(bot, user, token);
    assert.equal(recovered.status, 200);
  });
});

describe('authentication in anonymous mode (no app id)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await TestBot.start();
  });
  after(() => bot.stop());

  it('answers without a token', async () => {
    const reply = await postWithToken(bot, newUser(), undefined);
    assert.equal(reply.status, 200);
  });

  it('answers 401 to any token, which it has no app id to check, without reaching out for keys', async () => {
    const console = watchConsole();
    try {
      const reply = await postWithToken(
        bot,
        newUser(),
        'Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2ln',
      );
      assert.equal(reply.status, 401);
      assert.deepEqual(console.calls(), []);
    } finally {
      console.restore();
    }
  });
});
