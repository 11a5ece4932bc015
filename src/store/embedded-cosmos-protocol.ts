/** Messages between EmbeddedCosmos and its server thread. */
export type EmbeddedCosmosCommand = { op: 'reachable'; reachable: boolean } | { op: 'stop' };

export type EmbeddedCosmosReply =
  | { op: 'listening'; port: number }
  | { op: 'failed'; message: string }
  | { op: 'reachable' }
  | { op: 'stopped' };
