import { ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';

/** The SDK's cache entry for a turn's state. */
interface Cached {
  state: Record<string, unknown>;
  hash: string;
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
  override createProperty<T = unknown>(name: string): StatePropertyAccessor<T> {
    return new FastPropertyAccessor<T>(this, name);
  }

  /** The SDK keeps its turn-state key private; the SDK is archived, so this will not move. */
  private get cacheKey(): symbol {
    return (this as unknown as { stateKey: symbol }).stateKey;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get(this.cacheKey) as Cached | undefined;
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    context.turnState.set(this.cacheKey, { state, hash: JSON.stringify(state) });
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get(this.cacheKey) as Cached | undefined;
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
