/**
 * Bot state whose saves never lose a concurrent change. botbuilder's
 * BotState writes with eTag '*' (last write wins), so two turns of one user
 * at the same moment ("language ko" and a profile save) each overwrote the
 * other's change and both said it worked. Here a save is conditional on the
 * document as this turn read it; when another turn wrote first, the fresh
 * document is read and this turn's changes are merged into it (a three-way
 * merge against what this turn read), then written again.
 */
import { isDeepStrictEqual } from 'node:util';
import { BotState, type TurnContext } from 'botbuilder';
import type { StateRepository } from '../store/state-repository';
import { CosmosBotStateStorage } from './bot-state-storage';

type State = Record<string, unknown>;

interface Loaded {
  readonly key: string;
  /** The object the turn's property accessors change. */
  readonly state: State;
  /** The state as read, to tell this turn's changes from everyone else's. */
  base: State;
  eTag: string | undefined;
}

/** Writes that find someone else's change first this many times in a row fail the turn (its reply says try again). */
const maxConflicts = 10;

function isRecord(value: unknown): value is State {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Three-way merge of plain JSON: what only one side changed comes from that
 * side, objects merge key by key, and where both changed the same value this
 * turn's (the later write) wins.
 */
export function mergeChanges(base: unknown, ours: unknown, theirs: unknown): unknown {
  if (isDeepStrictEqual(base, ours)) return theirs;
  if (isDeepStrictEqual(base, theirs)) return ours;
  if (!isRecord(ours) || !isRecord(theirs) || (base !== undefined && !isRecord(base))) return ours;
  const from = (base ?? {}) as State;
  const merged: State = {};
  for (const key of new Set([...Object.keys(from), ...Object.keys(ours), ...Object.keys(theirs)])) {
    const value = mergeChanges(from[key], ours[key], theirs[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function replaceContents(target: State, source: State): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, source);
}

export class ConcurrentBotState extends BotState {
  private readonly loadedKey = Symbol('concurrent-bot-state');

  constructor(
    private readonly store: StateRepository,
    /** The document key of the turn's state. */
    private readonly keyOf: (context: TurnContext) => string,
  ) {
    super(new CosmosBotStateStorage(store), (context) => Promise.resolve(keyOf(context)));
  }

  override async load(context: TurnContext, force = false): Promise<State> {
    const loaded = context.turnState.get<Loaded | undefined>(this.loadedKey);
    if (loaded !== undefined && !force) return loaded.state;
    const key = this.keyOf(context);
    const { state, eTag } = await this.store.read(key);
    context.turnState.set(this.loadedKey, { key, state, base: structuredClone(state), eTag } satisfies Loaded);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const loaded = context.turnState.get<Loaded | undefined>(this.loadedKey);
    if (loaded === undefined || (!force && isDeepStrictEqual(loaded.base, loaded.state))) return;
    let { base, eTag } = loaded;
    let next = structuredClone(loaded.state);
    for (let conflicts = 0; conflicts <= maxConflicts; conflicts++) {
      const written = await this.store.writeIfUnchanged(loaded.key, next, eTag);
      if (written !== 'conflict') {
        replaceContents(loaded.state, next);
        loaded.base = structuredClone(next);
        loaded.eTag = written;
        return;
      }
      const fresh = await this.store.read(loaded.key);
      next = mergeChanges(base, next, fresh.state) as State;
      base = fresh.state;
      eTag = fresh.eTag;
    }
    throw new Error(`state ${loaded.key} kept changing under ${maxConflicts} conditional writes`);
  }
}
