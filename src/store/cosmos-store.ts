/**
 * One Cosmos client for the process: a real account when COSMOS_ENDPOINT is
 * set, otherwise the embedded in-memory server, through the same SDK.
 *
 * A real account is reached with COSMOS_KEY when set, else with Microsoft
 * Entra ID (many tenants disable key auth). Entra ID data-plane roles cannot
 * create databases or containers, so the bot creates what is missing only
 * where it may, and otherwise stops naming what to create (see ensure-containers.ts).
 */
import type { Agent } from 'node:https';
import { CosmosClient, type Container, type Database } from '@azure/cosmos';
import type { TokenCredential } from '@azure/identity';
import type { Config } from '../config';
import type { Logger } from '../log';
import { StartupError } from '../startup-error';
import { withCallTimeout } from './call-timeout';
import type { ContainerName } from './containers';
import { EmbeddedCosmos, embeddedCosmosKey } from './embedded-cosmos';
import { ensureContainers } from './ensure-containers';

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

export interface CosmosStoreOptions {
  /** The Entra ID credential when no key is set (tests pass their own); default cosmosCredential's. */
  readonly credential?: TokenCredential;
  /** The HTTPS agent (tests trust their own proxy's certificate). */
  readonly agent?: Agent;
}

/**
 * The managed identity AZURE_CLIENT_ID names (App Service), else whatever
 * DefaultAzureCredential finds (a developer's Azure CLI or VS Code sign-in).
 * Loaded only when used: key and embedded mode never load @azure/identity.
 */
export function cosmosCredential(managedIdentityClientId: string | undefined): TokenCredential {
  // require, not import(): import() would load the package's ES module build beside the CommonJS one the SDK uses.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when used (see above)
  const identity = require('@azure/identity') as typeof import('@azure/identity');
  return managedIdentityClientId === undefined
    ? new identity.DefaultAzureCredential()
    : new identity.ManagedIdentityCredential({ clientId: managedIdentityClientId });
}

/** The embedded server is a development dependency: a production install (npm ci --omit=dev) has none. */
function embeddedServerInstalled(): boolean {
  try {
    require.resolve('@vercel/cosmosdb-server');
    return true;
  } catch {
    return false;
  }
}

async function startEmbedded(log: Logger): Promise<EmbeddedCosmos> {
  if (!embeddedServerInstalled()) {
    throw new StartupError(
      'COSMOS_ENDPOINT is not set and the embedded Cosmos DB (@vercel/cosmosdb-server, a development dependency) is not installed: set COSMOS_ENDPOINT to your Cosmos DB account, or run npm install for local use',
    );
  }
  const embedded = new EmbeddedCosmos((err) => log.error({ err }, 'the embedded Cosmos DB failed'));
  await embedded.start();
  log.warn(
    { endpoint: embedded.endpoint },
    'COSMOS_ENDPOINT is not set: using the embedded Cosmos DB server; data lives in memory only and is lost when the bot stops',
  );
  return embedded;
}

export async function openCosmosStore(
  settings: Config['cosmos'],
  log: Logger,
  options: CosmosStoreOptions = {},
): Promise<CosmosStore> {
  const embedded = settings.endpoint === undefined ? await startEmbedded(log) : undefined;
  const endpoint = embedded?.endpoint ?? settings.endpoint!;
  const key = embedded === undefined ? settings.key : embeddedCosmosKey;
  const auth =
    key !== undefined
      ? { key }
      : { aadCredentials: options.credential ?? cosmosCredential(settings.managedIdentityClientId) };
  const client = new CosmosClient({
    endpoint,
    ...auth,
    ...(options.agent === undefined ? {} : { agent: options.agent }),
    // Fail fast so a Cosmos outage reaches the user as "try again" within a turn. A plain-HTTP
    // endpoint is an emulator: it advertises https:// regions that discovery would switch to.
    connectionPolicy: { requestTimeout: 5_000, enableEndpointDiscovery: endpoint.startsWith('https:') },
  });
  let opened;
  try {
    opened = await ensureContainers(client, settings);
  } catch (err) {
    client.dispose();
    await embedded?.stop();
    throw err;
  }
  const { database, containers } = opened;
  log.info(
    {
      database: settings.database,
      containers: [...containers.keys()],
      embedded: embedded !== undefined,
      auth: 'key' in auth ? 'key' : 'entra-id',
    },
    'cosmos ready',
  );

  return {
    database,
    embedded,
    container(name) {
      return containers.get(name)!;
    },
    async ping() {
      try {
        await withCallTimeout((timeout) => database.read(timeout), pingTimeoutMs);
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
