/**
 * The database and containers the bot needs, created when missing. Under
 * Microsoft Entra ID the bot's data-plane role may read them but not create
 * them (403): then start-up stops with one line naming what is missing and
 * how to create it, instead of a stack trace on the first turn.
 */
import type { Container, CosmosClient, Database } from '@azure/cosmos';
import type { Config } from '../config';
import { StartupError } from '../startup-error';
import { containerDefinition, containerSpecs, type ContainerName } from './containers';
import { cosmosStatus, isAlreadyThere, isNotFound } from './cosmos-errors';

const howToCreate = 'deploy infra/main.bicep, or create it in the Azure portal (Data Explorer) or with the Azure CLI';

async function exists(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    if (cosmosStatus(err) === 403) {
      throw new StartupError(
        'Cosmos DB refused to read the database (403): give the bot\'s identity the "Cosmos DB Built-in Data Contributor" role on the account (infra/main.bicep assigns it), or set COSMOS_KEY',
      );
    }
    throw err;
  }
}

async function create(what: string, cliCommand: string, make: () => Promise<unknown>): Promise<void> {
  try {
    await make();
  } catch (err) {
    if (isAlreadyThere(err)) return; // another instance created it first
    if (cosmosStatus(err) === 403) {
      throw new StartupError(
        `Cosmos DB ${what} is missing and the bot's identity may not create it (403): ${howToCreate} (${cliCommand})`,
      );
    }
    throw err;
  }
}

export async function ensureContainers(
  client: CosmosClient,
  settings: Pick<Config['cosmos'], 'database' | 'stateTtlSeconds'>,
): Promise<{ database: Database; containers: Map<ContainerName, Container> }> {
  const database = client.database(settings.database);
  if (!(await exists(() => database.read()))) {
    await create(`database "${settings.database}"`, `az cosmosdb sql database create --name ${settings.database}`, () =>
      client.databases.create({ id: settings.database }),
    );
  }
  const containers = new Map<ContainerName, Container>();
  for (const spec of Object.values(containerSpecs)) {
    const container = database.container(spec.id);
    if (!(await exists(() => container.read()))) {
      const definition = containerDefinition(spec, settings.stateTtlSeconds);
      await create(
        `container "${spec.id}" in database "${settings.database}"`,
        `az cosmosdb sql container create --database-name ${settings.database} --name ${spec.id} --partition-key-path ${spec.partitionKey}, with the indexing policy in src/store/cosmos-containers.json`,
        () => database.containers.create(definition),
      );
    }
    containers.set(spec.name, container);
  }
  return { database, containers };
}
