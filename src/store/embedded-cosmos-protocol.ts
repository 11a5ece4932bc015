/** Messages between EmbeddedCosmos and its server thread, and what the thread starts with. */
export interface EmbeddedCosmosStart {
  /** Base64 master key every request must be signed with. */
  readonly key: string;
}

export type EmbeddedCosmosCommand = { op: 'reachable'; reachable: boolean } | { op: 'stop' };

export type EmbeddedCosmosReply =
  { op: 'listening'; port: number } | { op: 'failed'; message: string } | { op: 'reachable' } | { op: 'stopped' };
