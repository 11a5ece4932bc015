/**
 * The Cosmos containers the bot uses and their partition keys. The embedded
 * server ignores the partitionKey option on queries, so queries always filter
 * on the partition key in WHERE too.
 */
export const containerSpecs = {
  /** Bot Framework conversation and user state: one document per state key. */
  state: { id: 'bot-state', partitionKey: '/id' },
  /**
   * Tracked support requests (src/domain/requests), partitioned by tenant for
   * isolation, with tenant settings and reminder delivery records beside them.
   * TTL on with no default: only delivery records (which carry `ttl`) expire.
   */
  requests: { id: 'requests', partitionKey: '/tenantId', defaultTtl: -1 },
  /** "Was this helpful?" votes on answer cards, per tenant, for tuning the answers later. */
  feedback: { id: 'feedback', partitionKey: '/tenantId' },
} as const;

export type ContainerName = keyof typeof containerSpecs;
