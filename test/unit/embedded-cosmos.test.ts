/**
 * The embedded Cosmos DB on its own thread: the SDK talks to it over loopback,
 * an outage refuses connections but keeps the data, and stop() ends the thread.
 */
import assert from 'node:assert/strict';
import { CosmosClient } from '@azure/cosmos';
import { EmbeddedCosmos } from '../../src/store/embedded-cosmos';
import { embeddedClient } from '../helpers/test-cosmos';

describe('EmbeddedCosmos (its own thread)', () => {
  let cosmos: EmbeddedCosmos;
  let client: CosmosClient;

  beforeEach(async () => {
    cosmos = new EmbeddedCosmos();
    await cosmos.start();
    client = embeddedClient(cosmos.endpoint);
  });
  afterEach(async () => {
    client.dispose();
    await cosmos.stop();
  });

  async function freshContainer() {
    const { database } = await client.databases.createIfNotExists({ id: 'embedded-test' });
    const { container } = await database.containers.createIfNotExists({
      id: 'items',
      partitionKey: { paths: ['/id'] },
    });
    return container;
  }

  it('answers the Cosmos SDK on a loopback port', async () => {
    assert.match(cosmos.endpoint, /^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    const container = await freshContainer();
    await container.items.create({ id: 'a', note: '요청 ${x} <b>' });
    const { resource } = await container.item('a', 'a').read<{ note: string }>();
    assert.equal(resource?.note, '요청 ${x} <b>');
  });

  it('refuses requests without the master-key signature, or signed with another key', async () => {
    await freshContainer();
    const unsigned = await fetch(`${cosmos.endpoint}/dbs`);
    assert.equal(unsigned.status, 401);
    const forged = await fetch(`${cosmos.endpoint}/dbs`, {
      headers: { authorization: 'type%3Dmaster%26ver%3D1.0%26sig%3DAAAA', 'x-ms-date': new Date().toUTCString() },
    });
    assert.equal(forged.status, 401);
    const stranger = new CosmosClient({
      endpoint: cosmos.endpoint,
      key: Buffer.from('someone else').toString('base64'),
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    try {
      await assert.rejects(stranger.database('embedded-test').read(), (err: { code?: number }) => err.code === 401);
    } finally {
      stranger.dispose();
    }
  });

  it('refuses connections during an outage and keeps the data for after', async () => {
    const container = await freshContainer();
    await container.items.create({ id: 'kept' });
    await cosmos.setReachable(false);
    await assert.rejects(fetch(cosmos.endpoint), /fetch failed/);
    await cosmos.setReachable(true);
    const { resource } = await container.item('kept', 'kept').read();
    assert.equal(resource?.id, 'kept');
  });

  it('stops its thread: the port closes, commands are refused, and a second stop is harmless', async () => {
    const endpoint = cosmos.endpoint;
    await cosmos.stop();
    await assert.rejects(fetch(endpoint), /fetch failed/);
    await assert.rejects(cosmos.setReachable(true), /not running/);
    await cosmos.stop();
  });
});
