/**
 * One Cosmos client for the process: a real account when COSMOS_ENDPOINT is
 * set, otherwise the embedded in-memory server, through the same SDK.
 */
import { CosmosClient, type Container, type Database } from '@azure/cosmos';
import type { Config } from '../config';
import type { Logger } from '../log';
import { containerSpecs, type ContainerName } from './containers';
import { withDeadline } from './deadline';
import { EmbeddedCosmos, embeddedCosmosKey } from './embedded-cosmos';

const pingTimeoutMs = 2_000;

export interface CosmosStore {
  readonly database: Database;
  container(name: ContainerName): Container;
  /** Present only in embedded mode. */
  readonly embedded: EmbeddedCosmos | undefined;
  /** True when the database answers within a couple of seconds (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openCosmosStore(settings: Config['cosmos'], log: Logger): Promise<CosmosStore> {
  let embedded: EmbeddedCosmos | undefined;
  let endpoint = settings.endpoint;
  let key = settings.key;
  if (endpoint === undefined) {
    embedded = new EmbeddedCosmos((err) => log.error({ err }, 'the embedded Cosmos DB failed'));
    await embedded.start();
    endpoint = embedded.endpoint;
    key = embeddedCosmosKey;
    log.warn({ endpoint }, 'COSMOS_ENDPOINT is not set: using the embedded Cosmos DB server; data lives in memory only and is lost when the bot stops');
  }
  const client = new CosmosClient({
    endpoint,
    key: key!,
    // Fail fast so a Cosmos outage reaches the user as "try again" within a turn. A plain-HTTP
    // endpoint is an emulator: it advertises https:// regions that discovery would switch to.
    connectionPolicy: { requestTimeout: 5_000, enableEndpointDiscovery: endpoint.startsWith('https:') },
  });
  const { database } = await client.databases.createIfNotExists({ id: settings.database });
  const containers = new Map<ContainerName, Container>();
  for (const [name, spec] of Object.entries(containerSpecs) as [ContainerName, (typeof containerSpecs)[ContainerName]][]) {
    const { container } = await database.containers.createIfNotExists({
      id: spec.id,
      partitionKey: { paths: [spec.partitionKey] },
      ...('defaultTtl' in spec ? { defaultTtl: spec.defaultTtl } : {}),
    });
    containers.set(name, container);
  }
  log.info({ database: settings.database, containers: [...containers.keys()], embedded: embedded !== undefined }, 'cosmos ready');

  return {
    database,
    embedded,
    container(name) {
      return containers.get(name)!;
    },
    async ping() {
      try {
        await withDeadline((deadline) => database.read(deadline), pingTimeoutMs);
        return true;
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'cosmos ping failed');
        return false;
      }
    },
    async close() {
      client.dispose();
      await embedded?.stop();
    },
  };
}
