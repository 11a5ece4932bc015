/**
 * Bot Framework `Storage` over our Cosmos container, so conversation and user
 * state share the process's one client. A read is a point read; a write with
 * an eTag is conditional, so two instances never silently overwrite each other.
 * It lives with the adapter: src/store keeps no Bot Framework types.
 */
import type { Container } from '@azure/cosmos';
import type { Storage, StoreItems } from 'botbuilder';
import { withDeadline } from '../store/deadline';

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

function isNotFound(err: unknown): boolean {
  return (err as { code?: number }).code === 404;
}

export class CosmosBotStateStorage implements Storage {
  constructor(
    private readonly container: Container,
    private readonly ttlSeconds: number,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await withDeadline((deadline) =>
      Promise.all(
        keys.map(async (key) => {
          const id = stateDocumentId(key);
          try {
            const { resource } = await this.container.item(id, id).read<StateDocument>(deadline);
            if (resource) items[key] = { ...resource.state, eTag: resource._etag };
          } catch (err) {
            if (!isNotFound(err)) throw err;
          }
        }),
      ),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await withDeadline((deadline) =>
      Promise.all(
        Object.entries(changes).map(async ([key, value]) => {
          const { eTag, ...state } = value as Record<string, unknown> & { eTag?: string };
          const id = stateDocumentId(key);
          const document: StateDocument = { id, key, state, ttl: this.ttlSeconds };
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
