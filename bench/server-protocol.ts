/**
 * The messages between the benchmark (parent) and the server under test
 * (a child process, so the load generator's CPU and heap never count as the
 * bot's): the parent asks, the child answers with the same `id`.
 */
import type { CosmosRequestCounts } from './cosmos-request-counter';

/** The real bot, or one of the two baselines in echo-bot.ts. */
export type ServerKind = 'bot' | 'echo' | 'stateful-echo';

export const serverKinds: readonly ServerKind[] = ['echo', 'stateful-echo', 'bot'];

export type ServerRequest = {
  readonly id: number;
  readonly op: 'stats' | 'reset' | 'inventory' | 'live-heap' | 'stop';
};

export interface ServerStats {
  readonly rssBytes: number;
  /** The kernel's peak resident set size of the child since it started. */
  readonly peakRssBytes: number;
  readonly heapUsedBytes: number;
  /** User + system CPU time since start. */
  readonly cpuMicros: number;
  readonly cosmos: CosmosRequestCounts;
}

/** What is stored, read back through the bot's own Cosmos client (bot only). */
export interface StoredInventory {
  readonly stateDocuments: number;
  /** Each state document's key (e.g. `msteams/users/<id>`) and the stored profile's CSP model, if any. */
  readonly profiles: readonly { readonly key: string; readonly cspModel?: string }[];
  readonly supportRequests: readonly {
    readonly id: string;
    readonly tenantId: string;
    readonly serviceRequestNumber?: string;
  }[];
}

export type ServerMessage =
  | { readonly ready: string }
  | { readonly id: number; readonly result: ServerStats | StoredInventory | number | null }
  | { readonly id: number; readonly error: string };
