/**
 * How the bot opens Cosmos DB: the containers it creates carry the indexing
 * and expiry policies of src/store/cosmos-containers.json (read back from the
 * server), Microsoft Entra ID is used when no key is set, and a database or
 * container that the identity may not create stops start-up with one line.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import https from 'node:https';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { ManagedIdentityCredential, DefaultAzureCredential } from '@azure/identity';
import { loadConfig } from '../../src/config';
import { StartupError } from '../../src/startup-error';
import { containerSpecs } from '../../src/store/containers';
import { cosmosCredential, openCosmosStore } from '../../src/store/cosmos-store';
import { embeddedCosmosKey } from '../../src/store/embedded-cosmos';
import { dueRemindersQuery } from '../../src/store/requests-repository';
import { startCosmosGate, type CosmosGate } from '../helpers/cosmos-gate';
import { silentLog } from '../helpers/log-capture';
import { TestCosmos } from '../helpers/test-cosmos';

const days = 86_400;

/** A credential that hands out a fixed token, standing in for a managed identity. */
const fakeIdentity: TokenCredential = {
  async getToken(): Promise<AccessToken> {
    return { token: 'entra-id-test-token', expiresOnTimestamp: Date.now() + 3_600_000 };
  },
};

describe('Cosmos DB set-up', function () {
  this.timeout(30_000);
  let server: TestCosmos;
  let gate: CosmosGate | undefined;

  before(async () => {
    server = await TestCosmos.start();
  });
  afterEach(async () => {
    await gate?.close();
    gate = undefined;
  });
  after(() => server.stop());

  function settings(overrides: Record<string, string> = {}) {
    return {
      ...loadConfig({ ...server.env, ...overrides }).cosmos,
      database: `setup-${randomUUID()}`,
    };
  }

  async function readBack(database: string, id: string) {
    const { resource } = await server.client().database(database).container(id).read();
    return resource!;
  }

  it('bot-state indexes nothing and expires after BOT_STATE_TTL_DAYS (default 90) without a write', async () => {
    for (const [env, ttl] of [
      [{}, 90 * days],
      [{ BOT_STATE_TTL_DAYS: '30' }, 30 * days],
    ] as const) {
      const config = settings(env);
      const store = await openCosmosStore(config, silentLog);
      await store.close();
      const state = await readBack(config.database, 'bot-state');
      assert.equal(state.defaultTtl, ttl);
      assert.deepEqual(state.indexingPolicy?.includedPaths, []);
      assert.deepEqual(state.indexingPolicy?.excludedPaths, [{ path: '/*' }]);
    }
  });

  it('requests indexes only its query paths, with a composite index for the due query; only records carrying ttl expire', async () => {
    const config = settings();
    await (await openCosmosStore(config, silentLog)).close();
    const requests = await readBack(config.database, 'requests');
    assert.equal(requests.defaultTtl, -1);
    assert.deepEqual(requests.indexingPolicy?.excludedPaths, [{ path: '/*' }]);
    assert.deepEqual(
      requests.indexingPolicy?.compositeIndexes?.[0]?.map((index) => `${index.path} ${index.order}`),
      ['/type ascending', '/status ascending', '/nextReminderAt ascending'],
    );
    const feedback = await readBack(config.database, 'feedback');
    assert.deepEqual(feedback.indexingPolicy?.excludedPaths, [{ path: '/*' }]);
  });

  it('R27: every path the due query compares or sorts on is indexed (Cosmos refuses ORDER BY on an unindexed path)', () => {
    const included = new Set(containerSpecs.requests.indexingPolicy.includedPaths?.map((p) => p.path));
    const compared = [...dueRemindersQuery.replace(/IS_DEFINED\([^)]*\)/g, '').matchAll(/\bc\.([\w.]+)/g)].map(
      (m) => `/${m[1]!.replaceAll('.', '/')}/?`,
    );
    assert.ok(compared.length >= 4, compared.join(', '));
    for (const path of compared) assert.ok(included.has(path), `${path} is not in the requests indexing policy`);
  });

  it("uses Microsoft Entra ID when no key is set: requests carry the identity's token", async () => {
    gate = await startCosmosGate(server.endpoint, () => false, { tls: true, signWith: embeddedCosmosKey });
    const config = { ...settings(), endpoint: gate.endpoint, key: undefined };
    // The proxy's certificate is the embedded server's self-signed one.
    const agent = new https.Agent({ rejectUnauthorized: false });
    const store = await openCosmosStore(config, silentLog, { credential: fakeIdentity, agent });
    await store.container('state').items.upsert({ id: 'x' });
    await store.close();
    assert.ok(gate.authorizations.length > 0);
    for (const header of gate.authorizations) assert.equal(header, 'type=aad&ver=1.0&sig=entra-id-test-token');
  });

  it("picks the managed identity AZURE_CLIENT_ID names, else the developer's own sign-in", () => {
    assert.ok(cosmosCredential('11111111-2222-3333-4444-555555555555') instanceof ManagedIdentityCredential);
    assert.ok(cosmosCredential(undefined) instanceof DefaultAzureCredential);
  });

  it('opens existing containers that the identity may not create (a data-plane role)', async () => {
    const config = settings();
    await (await openCosmosStore(config, silentLog)).close();
    gate = await startCosmosGate(server.endpoint, (method) => method === 'POST' || method === 'PUT');
    const store = await openCosmosStore({ ...config, endpoint: gate.endpoint }, silentLog);
    assert.equal(await store.ping(), true);
    await store.close();
  });

  async function startupFailure(config: ReturnType<typeof settings>): Promise<string> {
    try {
      await openCosmosStore(config, silentLog);
    } catch (err) {
      if (err instanceof StartupError) return err.message;
      throw err;
    }
    assert.fail('expected a StartupError');
  }

  it('stops with one line naming a missing database that may not be created, and how to create it', async () => {
    gate = await startCosmosGate(server.endpoint, (method, path) => method === 'POST' && path === '/dbs');
    const config = { ...settings(), endpoint: gate.endpoint };
    const message = await startupFailure(config);
    assert.match(
      message,
      new RegExp(
        `database "${config.database}" is missing .*\\(403\\).*infra/main\\.bicep.*az cosmosdb sql database create`,
      ),
    );
    assert.doesNotMatch(message, /\n/);
  });

  it('stops with one line naming a missing container that may not be created', async () => {
    const config = settings();
    await server.client().databases.create({ id: config.database });
    gate = await startCosmosGate(server.endpoint, (method, path) => method === 'POST' && /\/colls$/.test(path));
    const message = await startupFailure({ ...config, endpoint: gate.endpoint });
    assert.match(
      message,
      new RegExp(
        `container "bot-state" in database "${config.database}" is missing .*az cosmosdb sql container create`,
      ),
    );
    assert.doesNotMatch(message, /\n/);
  });

  it('stops with one line when the identity has no data-plane role at all', async () => {
    gate = await startCosmosGate(server.endpoint, () => true);
    const message = await startupFailure({ ...settings(), endpoint: gate.endpoint });
    assert.match(message, /Cosmos DB Built-in Data Contributor/);
  });
});
