/**
 * The `state` container: one document per Bot Framework state key (the
 * user's profile and language, a check under way). Plain JSON in and out;
 * src/server/bot-state-storage.ts adapts it to botbuilder's Storage.
 */
import type { Container } from '@azure/cosmos';
import { withCallTimeout } from './call-timeout';
import { isAlreadyThere, isChangedMeanwhile, isNotFound } from './cosmos-errors';

interface StateDocument {
  id: string;
  key: string;
  state: Record<string, unknown>;
  /** Seconds without a write before Cosmos deletes it (BOT_STATE_TTL_DAYS), also on a container made before the setting changed. */
  ttl: number;
  _etag?: string;
}

/** Cosmos ids may not contain '/', '\\', '?' or '#'; state keys contain '/'. */
export function stateDocumentId(key: string): string {
  return encodeURIComponent(key);
}

export interface StoredState {
  readonly state: Record<string, unknown>;
  /** Undefined when no document is stored under the key. */
  readonly eTag: string | undefined;
}

export class StateRepository {
  constructor(
    private readonly container: Container,
    private readonly ttlSeconds: number,
  ) {}

  async read(key: string): Promise<StoredState> {
    const id = stateDocumentId(key);
    try {
      const { resource } = await withCallTimeout((timeout) => this.container.item(id, id).read<StateDocument>(timeout));
      return resource === undefined ? { state: {}, eTag: undefined } : { state: resource.state, eTag: resource._etag };
    } catch (err) {
      if (isNotFound(err)) return { state: {}, eTag: undefined };
      throw err;
    }
  }

  /**
   * Writes `state` only if the stored document is still the one read with
   * `eTag` (undefined: only if there is none). Returns the new eTag, or
   * 'conflict' when someone else wrote (or deleted) it first.
   */
  async writeIfUnchanged(
    key: string,
    state: Record<string, unknown>,
    eTag: string | undefined,
  ): Promise<string | 'conflict'> {
    const id = stateDocumentId(key);
    const document: StateDocument = { id, key, state, ttl: this.ttlSeconds };
    try {
      const { resource } = await withCallTimeout((timeout) =>
        eTag === undefined
          ? this.container.items.create(document, timeout)
          : this.container
              .item(id, id)
              .replace(document, { ...timeout, accessCondition: { type: 'IfMatch', condition: eTag } }),
      );
      return String(resource?._etag);
    } catch (err) {
      if (isAlreadyThere(err) || isChangedMeanwhile(err) || isNotFound(err)) return 'conflict';
      throw err;
    }
  }

  /** Writes `state` whatever is stored (eTag undefined), or only over `eTag`. */
  async write(key: string, state: Record<string, unknown>, eTag: string | undefined): Promise<void> {
    const id = stateDocumentId(key);
    const document: StateDocument = { id, key, state, ttl: this.ttlSeconds };
    await withCallTimeout((timeout) =>
      this.container.items.upsert(document, {
        ...timeout,
        ...(eTag === undefined ? {} : { accessCondition: { type: 'IfMatch', condition: eTag } }),
      }),
    );
  }

  async delete(key: string): Promise<void> {
    const id = stateDocumentId(key);
    try {
      await withCallTimeout((timeout) => this.container.item(id, id).delete(timeout));
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
}
