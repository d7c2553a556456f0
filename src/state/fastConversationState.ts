import { ConversationState, type StatePropertyAccessor, type Storage, type TurnContext } from 'botbuilder';

/** The SDK's cache entry for a turn's state. */
interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

/** A store that keeps each item as JSON text (the in-memory one): state is then parsed once per turn and compared as text. */
interface TextStore {
  readText(key: string): string | undefined;
  writeText(key: string, json: string): void;
}

function isTextStore(storage: Storage): storage is Storage & TextStore {
  const candidate = storage as Partial<TextStore>;
  return typeof candidate.readText === 'function' && typeof candidate.writeText === 'function';
}

/**
 * ConversationState that tells changed state from unchanged with plain `JSON.stringify`. The SDK
 * hashes the state on every load and every save with a cycle-safe stringify and SHA-256, which
 * costs more per turn than answering the question; this bot's state is plain JSON, so comparing
 * the serialised text is enough. Same storage keys, same eTag behaviour as the SDK's own.
 * Its properties are read and written by plain async functions: the SDK's accessors run through
 * generator-based `__awaiter` wrappers, a few of which every turn makes.
 */
export class FastConversationState extends ConversationState {
  private readonly textStore: TextStore | undefined;

  constructor(storage: Storage) {
    super(storage);
    // With a text store the stored text is the state as it was loaded: no eTag (the SDK saves with
    // eTag "*" anyway), no second serialisation to compare with, no copy.
    this.textStore = isTextStore(storage) ? storage : undefined;
  }

  override createProperty<T = unknown>(name: string): StatePropertyAccessor<T> {
    return new FastPropertyAccessor<T>(this, name);
  }

  /** The storage key of the turn's conversation (the SDK's, without its promise). */
  private keyOf(context: TurnContext): string {
    const key = this.getStorageKey(context);
    if (!key) throw new Error('ConversationState: overridden getStorageKey method did not return a key.');
    return key;
  }

  /** The SDK keeps its turn-state key private; the SDK is archived, so this will not move. */
  private get cacheKey(): symbol {
    return (this as unknown as { stateKey: symbol }).stateKey;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get(this.cacheKey) as Cached | undefined;
    if (!force && cached?.state) return cached.state;
    if (this.textStore) {
      const text = this.textStore.readText(this.keyOf(context)) ?? '{}';
      const state = JSON.parse(text) as Record<string, unknown>;
      context.turnState.set(this.cacheKey, { state, hash: text });
      return state;
    }
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    context.turnState.set(this.cacheKey, { state, hash: JSON.stringify(state) });
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get(this.cacheKey) as Cached | undefined;
    if (this.textStore) {
      if (!cached && !force) return;
      cached ??= { state: {}, hash: '' };
      const text = JSON.stringify(cached.state);
      if (!force && text === cached.hash) return;
      this.textStore.writeText(this.keyOf(context), text);
      cached.hash = text;
      context.turnState.set(this.cacheKey, cached);
      return;
    }
    if (!force && (!cached || cached.hash === JSON.stringify(cached.state))) return;
    const key = await this.storageKey(context);
    cached ??= { state: {}, hash: '' };
    cached.state['eTag'] = '*';
    await this.storage.write({ [key]: cached.state });
    cached.hash = JSON.stringify(cached.state);
    context.turnState.set(this.cacheKey, cached);
  }
}

/** A property of the conversation state: what the SDK's `BotStatePropertyAccessor` does, as plain async code. */
class FastPropertyAccessor<T> implements StatePropertyAccessor<T> {
  constructor(
    private readonly state: FastConversationState,
    readonly name: string,
  ) {}

  async get(context: TurnContext, defaultValue?: T): Promise<T> {
    const object = await this.state.load(context);
    if (!Object.prototype.hasOwnProperty.call(object, this.name) && defaultValue !== undefined) {
      // A copy, so that the default itself is never changed by the turn (as in the SDK).
      object[this.name] = typeof defaultValue === 'object' ? (JSON.parse(JSON.stringify(defaultValue)) as unknown) : defaultValue;
    }
    return object[this.name] as T;
  }

  async set(context: TurnContext, value: T): Promise<void> {
    const object = await this.state.load(context);
    object[this.name] = value;
  }

  async delete(context: TurnContext): Promise<void> {
    const object = await this.state.load(context);
    delete object[this.name];
  }
}
