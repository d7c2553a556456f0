import { ConversationState, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { FaqBot } from '../../src/bot/faqBot.js';
import { createFaqEngine } from '../../src/faq/faqEngine.js';
import { BoundedMemoryStorage } from '../../src/state/boundedMemoryStorage.js';
import { fixtureKnowledge } from '../helpers.js';

const engine = createFaqEngine(fixtureKnowledge());

describe('the embedded conversation store', () => {
  it('stays bounded after 10,000 conversations through the real bot', async () => {
    const storage = new BoundedMemoryStorage({ maxItems: 1000, ttlMs: 60 * 60_000 });
    const bot = new FaqBot(engine, new ConversationState(storage));
    const adapter = new TestAdapter(async (context) => bot.run(context));
    for (let i = 0; i < 10_000; i += 1) {
      await adapter.send({ type: 'message', text: i % 2 ? 'email' : 'network', conversation: { id: `conversation-${i}` } as never });
    }
    expect(storage.size).toBe(1000);
    // The most recent conversations are the ones kept.
    expect(Object.keys(await storage.read(['test/conversations/conversation-9999/']))).toHaveLength(1);
    expect(Object.keys(await storage.read(['test/conversations/conversation-0/']))).toHaveLength(0);
  }, 120_000);

  it('forgets conversations idle longer than the TTL', async () => {
    let now = 0;
    const storage = new BoundedMemoryStorage({ ttlMs: 1000, maxItems: 100, now: () => now });
    await storage.write({ a: { value: 1 }, b: { value: 2 } });
    now = 600;
    expect(await storage.read(['a'])).toMatchObject({ a: { value: 1 } });
    now = 1500;
    await storage.write({ c: { value: 3 } });
    expect(storage.size).toBe(2);
    expect(Object.keys(await storage.read(['a', 'b', 'c'])).sort()).toEqual(['a', 'c']);
    now = 5000;
    expect(await storage.read(['a', 'c'])).toEqual({});
  });

  it('refuses a write with a stale eTag', async () => {
    const storage = new BoundedMemoryStorage();
    await storage.write({ k: { n: 1 } });
    const first = (await storage.read(['k']))['k'] as { n: number; eTag: string };
    await storage.write({ k: { ...first, n: 2 } });
    await expect(storage.write({ k: { ...first, n: 3 } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ k: { n: 4, eTag: '*' } });
    expect((await storage.read(['k']))['k']).toMatchObject({ n: 4 });
  });
});

describe('the conversation state over the embedded store', () => {
  const KEY = 'test/conversations/c1/';
  /** Runs one turn of conversation c1 against `state`, letting `body` change it, and saves. */
  async function turn(state: ConversationState, body: (memory: { n?: number; list?: number[] }) => void, save = true): Promise<void> {
    const adapter = new TestAdapter(async (context) => {
      const memory = await state.createProperty<{ n?: number; list?: number[] }>('memory').get(context, {});
      body(memory);
      if (save) await state.saveChanges(context);
    });
    await adapter.send({ type: 'message', text: 'x', conversation: { id: 'c1' } as never });
  }

  it('keeps what a saved turn wrote, and nothing of a turn that was not saved', async () => {
    const storage = new BoundedMemoryStorage();
    const state = new ConversationState(storage);
    await turn(state, (m) => {
      m.n = 1;
      m.list = [1];
    });
    await turn(state, (m) => m.list?.push(2));
    await turn(state, (m) => (m.n = 99), false);
    expect((await storage.read([KEY]))[KEY]).toMatchObject({ memory: { n: 1, list: [1, 2] } });
  });
});
