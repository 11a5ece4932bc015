/**
 * The one way tests open a database of their own: an embedded Cosmos DB
 * server for the suite, reached through the real SDK — as the bot opens it
 * (`openStore`, or a bot pointed at `env`), or through separate clients, one
 * per bot instance (`container`, `client`). Bots started without a
 * COSMOS_ENDPOINT open their own embedded server, as `npm start` does.
 */
import { randomUUID } from 'node:crypto';
import { type Container, CosmosClient } from '@azure/cosmos';
import { loadConfig } from '../../src/config';
import { containerSpecs } from '../../src/store/containers';
import { type CosmosStore, openCosmosStore } from '../../src/store/cosmos-store';
import { EmbeddedCosmos, embeddedCosmosKey } from '../../src/store/embedded-cosmos';
import { silentLog } from './log-capture';

/** A client of the embedded server at `endpoint` (plain HTTP: no endpoint discovery, as openCosmosStore does). */
export function embeddedClient(endpoint: string): CosmosClient {
  return new CosmosClient({
    endpoint,
    key: embeddedCosmosKey,
    connectionPolicy: { requestTimeout: 5_000, enableEndpointDiscovery: false },
  });
}

export class TestCosmos {
  private readonly clients: CosmosClient[] = [];
  private readonly stores: CosmosStore[] = [];
  private containers = 0;

  private constructor(
    readonly embedded: EmbeddedCosmos,
    readonly databaseId: string,
  ) {}

  static async start(): Promise<TestCosmos> {
    const embedded = new EmbeddedCosmos();
    await embedded.start();
    const cosmos = new TestCosmos(embedded, 'test');
    await cosmos.client().databases.createIfNotExists({ id: cosmos.databaseId });
    return cosmos;
  }

  get endpoint(): string {
    return this.embedded.endpoint;
  }

  /** The variables that point a bot (TestBot.start, loadConfig) at this server. */
  get env(): { COSMOS_ENDPOINT: string; COSMOS_KEY: string } {
    return { COSMOS_ENDPOINT: this.endpoint, COSMOS_KEY: embeddedCosmosKey };
  }

  /** A fresh database with every container, opened as the bot opens it. */
  async openStore(): Promise<CosmosStore> {
    const store = await openCosmosStore(
      { ...loadConfig(this.env).cosmos, database: `test-${randomUUID()}` },
      silentLog,
    );
    this.stores.push(store);
    return store;
  }

  /** A new, empty container shaped like `requests` (partition key /tenantId), so tests never see each other's documents. */
  async freshContainer(): Promise<string> {
    const id = `${containerSpecs.requests.id}-${++this.containers}`;
    await this.client()
      .database(this.databaseId)
      .containers.createIfNotExists({ id, partitionKey: { paths: [containerSpecs.requests.partitionKey] } });
    return id;
  }

  /** The container through a new client, like a separate bot instance. */
  container(id: string): Container {
    return this.client().database(this.databaseId).container(id);
  }

  /** A new client, closed by stop(). */
  client(): CosmosClient {
    const client = embeddedClient(this.endpoint);
    this.clients.push(client);
    return client;
  }

  async stop(): Promise<void> {
    for (const client of this.clients) client.dispose();
    for (const store of this.stores) await store.close();
    await this.embedded.stop();
  }
}
