/**
 * Configuration: defaults with no environment, and a bad value names its variable.
 */
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../src/config';

function problemWith(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  assert.fail(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('config', () => {
  it('runs with no configuration: port 3978, anonymous, embedded Cosmos', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3978);
    assert.equal(config.host, '127.0.0.1', 'anonymous mode listens on loopback only');
    assert.equal(config.bot.appId, undefined);
    assert.equal(config.cosmos.endpoint, undefined);
    assert.equal(config.cosmos.database, 'escalation-advisor');
    assert.equal(config.logLevel, 'info');
    assert.deepEqual(config.allowedTenantIds, []);
    assert.equal(config.cosmos.stateTtlSeconds, 90 * 86_400);
    assert.equal(config.applicationInsightsConnectionString, undefined);
  });

  it('an endpoint without a key means Microsoft Entra ID, with the managed identity AZURE_CLIENT_ID names', () => {
    const config = loadConfig({
      COSMOS_ENDPOINT: 'https://example.documents.azure.com:443/',
      AZURE_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
      BOT_STATE_TTL_DAYS: '30',
    });
    assert.equal(config.cosmos.key, undefined);
    assert.equal(config.cosmos.managedIdentityClientId, '11111111-2222-3333-4444-555555555555');
    assert.equal(config.cosmos.stateTtlSeconds, 30 * 86_400);
  });

  it('treats empty values like unset ones', () => {
    const config = loadConfig({ PORT: '', MicrosoftAppId: '', COSMOS_ENDPOINT: ' ' });
    assert.equal(config.port, 3978);
    assert.equal(config.bot.appId, undefined);
    assert.equal(config.cosmos.endpoint, undefined);
  });

  it('reads a real account and an app registration', () => {
    const config = loadConfig({
      PORT: '8080',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
      COSMOS_ENDPOINT: 'https://example.documents.azure.com:443/',
      COSMOS_KEY: 'a2V5',
      ALLOWED_TENANT_IDS: '66666666-7777-8888-9999-000000000000, 11111111-2222-3333-4444-555555555555',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.host, '0.0.0.0', 'with an app id every request is authenticated, so all interfaces');
    assert.equal(config.bot.appType, 'SingleTenant');
    assert.equal(config.cosmos.endpoint, 'https://example.documents.azure.com:443/');
    assert.equal(config.allowedTenantIds.length, 2);
  });

  it('takes HOST as given in either mode, and the token issuer settings with an app id', () => {
    assert.equal(loadConfig({ HOST: '0.0.0.0' }).host, '0.0.0.0');
    const config = loadConfig({
      HOST: '10.0.0.4',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'secret',
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9999/openid',
      ToBotFromChannelTokenIssuer: 'https://issuer.example',
    });
    assert.equal(config.host, '10.0.0.4');
    assert.equal(config.bot.openIdMetadataUrl, 'http://127.0.0.1:9999/openid');
    assert.equal(config.bot.tokenIssuer, 'https://issuer.example');
  });

  it("R24: reads the tenants' own holidays, for every tenant or for one", () => {
    const one = '66666666-7777-8888-9999-000000000000';
    const config = loadConfig({ TENANT_HOLIDAYS: `2026-12-31, ${one.toUpperCase()}:2026-10-02` });
    assert.deepEqual(config.tenantHolidays(one), ['2026-12-31', '2026-10-02']);
    assert.deepEqual(config.tenantHolidays('11111111-2222-3333-4444-555555555555'), ['2026-12-31']);
    assert.deepEqual(loadConfig({}).tenantHolidays(one), []);
  });

  it('reads the extra hosts an anonymous bot may answer (serviceUrl)', () => {
    assert.deepEqual(loadConfig({}).bot.anonymousServiceHosts, []);
    assert.deepEqual(loadConfig({ ANONYMOUS_SERVICE_HOSTS: 'emulator.example, 192.0.2.7' }).bot.anonymousServiceHosts, [
      'emulator.example',
      '192.0.2.7',
    ]);
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['PORT', { PORT: 'eighty' }, /whole number/],
    ['PORT', { PORT: '70000' }, /0 to 65535/],
    ['MicrosoftAppId', { MicrosoftAppId: 'my-bot' }, /GUID/],
    ['MicrosoftAppPassword', { MicrosoftAppId: '11111111-2222-3333-4444-555555555555' }, /required/],
    ['MicrosoftAppType', { MicrosoftAppType: 'Anonymous' }, /./],
    ['MicrosoftAppTenantId', { MicrosoftAppType: 'SingleTenant' }, /required/],
    ['COSMOS_ENDPOINT', { COSMOS_ENDPOINT: 'not a url' }, /URL/],
    ['AZURE_CLIENT_ID', { AZURE_CLIENT_ID: 'my-identity' }, /GUID/],
    ['BOT_STATE_TTL_DAYS', { BOT_STATE_TTL_DAYS: '0' }, /1 to 3650/],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, /./],
    ['ALLOWED_TENANT_IDS', { ALLOWED_TENANT_IDS: 'contoso' }, /GUIDs/],
    ['TENANT_HOLIDAYS', { TENANT_HOLIDAYS: '2026-02-30' }, /YYYY-MM-DD/],
    ['TENANT_HOLIDAYS', { TENANT_HOLIDAYS: 'contoso:2026-10-02' }, /tenant-guid/],
    ['ToBotFromChannelOpenIdMetadataUrl', { ToBotFromChannelOpenIdMetadataUrl: 'login' }, /URL/],
    ['ANONYMOUS_SERVICE_HOSTS', { ANONYMOUS_SERVICE_HOSTS: 'http://emulator.example/' }, /host names/],
  ];
  for (const [variable, env, problem] of bad) {
    it(`names ${variable} when ${JSON.stringify(env)}`, () => {
      const error = problemWith(env);
      assert.equal(error.variable, variable);
      assert.match(error.message, new RegExp(`^Configuration error: ${variable} `));
      assert.match(error.message, problem);
    });
  }
});
