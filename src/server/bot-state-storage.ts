/**
 * Bot Framework `Storage` over the store's state container, so conversation
 * and user state share the process's one Cosmos client. The bot's own state
 * uses the conditional write (concurrent-bot-state.ts); this generic
 * `write` keeps botbuilder's contract (eTag '*' or none: last write wins).
 * It lives with the adapter: src/store keeps no Bot Framework types.
 */
import type { Storage, StoreItems } from 'botbuilder';
import type { StateRepository } from '../store/state-repository';

export class CosmosBotStateStorage implements Storage {
  constructor(readonly states: StateRepository) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const { state, eTag } = await this.states.read(key);
        if (eTag !== undefined) items[key] = { ...state, eTag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(([key, value]) => {
        const { eTag, ...state } = value as Record<string, unknown> & { eTag?: string };
        return this.states.write(key, state, typeof eTag === 'string' && eTag !== '*' ? eTag : undefined);
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.states.delete(key)));
  }
}
