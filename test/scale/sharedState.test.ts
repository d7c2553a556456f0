import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/conversation/messages.js';
import { post, replyTexts, startBot, userMessage, type RunningBot } from '../helpers.js';
import { startAzurite, type Azurite } from './azurite.js';

/**
 * Two bot instances sharing conversation state in Azure Blob Storage, for real: Azurite on
 * loopback, started and stopped by the test.
 */
describe('scale-out on shared state (Azurite)', () => {
  let azurite: Azurite;
  let a: RunningBot;
  let b: RunningBot;

  beforeAll(async () => {
    azurite = await startAzurite();
    const env = { STATE_STORE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: `state-${Date.now()}` };
    a = await startBot(env);
    b = await startBot(env);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await azurite?.stop();
  });

  const say = (bot: RunningBot, text: string, conversation: string) => post(bot.url, userMessage(text, conversation, { channelId: 'webchat' }));

  it('answers on instance B a did-you-mean started on instance A', async () => {
    const asked = await say(a, 'network', 'conv-shared-1');
    expect(replyTexts(asked)[0]).toContain(messages.didYouMean);
    const none = await say(b, messages.noneOfThese, 'conv-shared-1');
    expect(replyTexts(none)[0]).toContain(messages.fallbackAfterNone);
  });

  it('loses no update when both instances take turns of one conversation at once', async () => {
    const turns = 12;
    const results = await Promise.all(Array.from({ length: turns }, (_, i) => say(i % 2 ? a : b, i % 3 ? 'email' : 'phone', 'conv-shared-2')));
    expect(results.map((r) => r.status)).toEqual(Array(turns).fill(200));
    const key = 'webchat/conversations/conv-shared-2/';
    const stored = (await a.app.storage.read([key]))[key] as { faqMemory?: { turns?: number } };
    expect(stored.faqMemory?.turns).toBe(turns);
  }, 60_000);

  it('apologises and logs clearly while the storage is down, and recovers when it returns', async () => {
    await azurite.stop();
    const down = await say(a, 'What is ICORN?', 'conv-shared-3');
    expect(down.status).toBe(200);
    expect(replyTexts(down)).toEqual([messages.apology]);
    expect(a.logs.some((line) => line.includes('turn failed'))).toBe(true);
    await azurite.start();
    const back = await say(b, 'What is ICORN?', 'conv-shared-3');
    expect(replyTexts(back)).toEqual([b.app.engine.entry('what-is-icorn')?.answer]);
  }, 60_000);
});
