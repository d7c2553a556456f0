import { ConversationState, type TurnContext } from 'botbuilder';

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
 */
export class FastConversationState extends ConversationState {
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
