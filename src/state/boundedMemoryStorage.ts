import type { Storage, StoreItems } from 'botbuilder';

/** Limits of the in-memory conversation store. */
export interface BoundedMemoryOptions {
  /** A conversation idle this long is forgotten. */
  ttlMs: number;
  /** Most items kept; the least recently used go first. */
  maxItems: number;
  now?: () => number;
}

/**
 * The embedded default store. botbuilder's MemoryStorage keeps every conversation forever; this one
 * forgets idle conversations (TTL) and keeps at most `maxItems` (least recently used first), and it
 * honours eTags: a write whose eTag is not the stored one is refused, as in the durable stores.
 */
export class BoundedMemoryStorage implements Storage {
  private readonly items = new Map<string, { json: string; eTag: string; touched: number }>();
  private readonly options: Required<BoundedMemoryOptions>;
  private nextETag = 1;

  constructor(options: Partial<BoundedMemoryOptions> = {}) {
    this.options = { ttlMs: 24 * 60 * 60_000, maxItems: 10_000, now: Date.now, ...options };
  }

  /** How many items are stored now. */
  get size(): number {
    return this.items.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const item = this.touch(key);
      if (!item) continue;
      const value = JSON.parse(item.json) as Record<string, unknown>;
      value['eTag'] = item.eTag;
      found[key] = value;
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const current = this.items.get(key);
      const eTag = (value as { eTag?: string } | undefined)?.eTag;
      if (current && eTag && eTag !== '*' && eTag !== current.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      const { eTag: _ignored, ...data } = (value ?? {}) as { eTag?: string };
      this.put(key, JSON.stringify(data));
    }
    this.evict(this.options.now());
  }

  /** The item, if it is there and not expired, moved to the most recently used end. */
  private touch(key: string): { json: string; eTag: string; touched: number } | undefined {
    const item = this.items.get(key);
    if (!item) return undefined;
    const now = this.options.now();
    this.items.delete(key);
    if (now - item.touched > this.options.ttlMs) return undefined;
    // Re-inserted to keep the map in least-recently-used order.
    item.touched = now;
    this.items.set(key, item);
    return item;
  }

  private put(key: string, json: string): void {
    this.items.delete(key);
    this.items.set(key, { json, eTag: String(this.nextETag++), touched: this.options.now() });
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  private evict(now: number): void {
    for (const [key, item] of this.items) {
      // The map is in least-recently-used order: stop at the first item that is neither expired nor over the cap.
      if (now - item.touched > this.options.ttlMs || this.items.size > this.options.maxItems) this.items.delete(key);
      else break;
    }
  }
}
