/**
 * The Cosmos containers the bot uses: their partition keys, indexing and
 * expiry, declared once in cosmos-containers.json, which infra/main.bicep
 * reads too, so the containers Azure deploys are the ones the bot creates.
 *
 * - bot-state is read by id only: it indexes nothing, and a conversation's or
 *   user's state expires after BOT_STATE_TTL_DAYS without a write.
 * - requests indexes only the paths its queries filter or sort on, with a
 *   composite index for the reminder due query (src/store/requests-repository.ts);
 *   a query on another path must add it here. TTL is on with no default: only
 *   delivery records (which carry `ttl`) expire.
 * - feedback is read by partition (tenant) only.
 *
 * The embedded server ignores the partitionKey option on queries, so queries
 * always filter on the partition key in WHERE too.
 */
import type { ContainerRequest, IndexingPolicy } from '@azure/cosmos';
import declared from './cosmos-containers.json';

export type ContainerName = 'state' | 'requests' | 'feedback';

export interface ContainerSpec {
  readonly name: ContainerName;
  readonly id: string;
  readonly partitionKey: string;
  /** -1: TTL on, documents expire only when they carry `ttl`. */
  readonly defaultTtl?: number;
  /** The container's default TTL is this setting's (BOT_STATE_TTL_DAYS, in days). */
  readonly defaultTtlSetting?: 'BOT_STATE_TTL_DAYS';
  readonly indexingPolicy: IndexingPolicy;
}

const specs = declared.containers as readonly ContainerSpec[];

export const containerSpecs = Object.fromEntries(specs.map((spec) => [spec.name, spec])) as Record<
  ContainerName,
  ContainerSpec
>;

/** What the SDK is asked to create; `stateTtlSeconds` is BOT_STATE_TTL_DAYS in seconds. */
export function containerDefinition(spec: ContainerSpec, stateTtlSeconds: number): ContainerRequest {
  const defaultTtl = spec.defaultTtlSetting === 'BOT_STATE_TTL_DAYS' ? stateTtlSeconds : spec.defaultTtl;
  return {
    id: spec.id,
    partitionKey: { paths: [spec.partitionKey] },
    indexingPolicy: spec.indexingPolicy,
    ...(defaultTtl === undefined ? {} : { defaultTtl }),
  };
}
