/**
 * Bot Framework `Storage` over our Cosmos container, so conversation and user
 * state share the process's one client. A read is a point read and returns
 * the document's eTag. `writeIfUnchanged` is the conditional write the bot's
 * state uses (concurrent-bot-state.ts): it creates a document only when none
 * is there and replaces one only when its eTag still matches. The generic
 * `write` keeps botbuilder's contract (eTag '*' or none: last write wins).
 * It lives with the adapter: src/store keeps no Bot Framework types.
 */
import type { Container } from '@azure/cosmos';
import type { Storage, StoreItems } from 'botbuilder';
import { isAlreadyThere, isChangedMeanwhile, isNotFound } from '../store/cosmos-errors';
import { withDeadline } from '../store/deadline';

interface StateDocument {
  id: string;
  key: string;
  state: Record<string, unknown>;
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

export class CosmosBotStateStorage implements Storage {
  constructor(private readonly container: Container) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const { state, eTag } = await this.readOne(key);
        if (eTag !== undefined) items[key] = { ...state, eTag };
      }),
    );
    return items;
  }

  async readOne(key: string): Promise<StoredState> {
    const id = stateDocumentId(key);
    try {
      const { resource } = await withDeadline((deadline) => this.container.item(id, id).read<StateDocument>(deadline));
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
  async writeIfUnchanged(key: string, state: Record<string, unknown>, eTag: string | undefined): Promise<string | 'conflict'> {
    const id = stateDocumentId(key);
    const document: StateDocument = { id, key, state };
    try {
      const { resource } = await withDeadline((deadline) =>
        eTag === undefined
          ? this.container.items.create(document, deadline)
          : this.container.item(id, id).replace(document, { ...deadline, accessCondition: { type: 'IfMatch', condition: eTag } }),
      );
      return String(resource?._etag);
    } catch (err) {
      if (isAlreadyThere(err) || isChangedMeanwhile(err) || isNotFound(err)) return 'conflict';
      throw err;
    }
  }

  async write(changes: StoreItems): Promise<void> {
    await withDeadline((deadline) =>
      Promise.all(
        Object.entries(changes).map(async ([key, value]) => {
          const { eTag, ...state } = value as Record<string, unknown> & { eTag?: string };
          const id = stateDocumentId(key);
          const document: StateDocument = { id, key, state };
          const conditional = typeof eTag === 'string' && eTag !== '*';
          await this.container.items.upsert(document, {
            ...deadline,
            ...(conditional ? { accessCondition: { type: 'IfMatch', condition: eTag } } : {}),
          });
        }),
      ),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await withDeadline((deadline) =>
      Promise.all(
        keys.map(async (key) => {
          const id = stateDocumentId(key);
          try {
            await this.container.item(id, id).delete(deadline);
          } catch (err) {
            if (!isNotFound(err)) throw err;
          }
        }),
      ),
    );
  }
}
