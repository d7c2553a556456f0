import fc from 'fast-check';
import { EmulatorValidation } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, replyTexts, startBot, userMessage, type RunningBot } from '../helpers.js';
import { unsignedToken } from './openIdServer.js';

describe('activity shapes, fuzzed (fast-check)', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ LOG_LEVEL: 'silent' });
  });
  afterAll(() => bot.close());

  const anyJson = fc.jsonValue({ maxDepth: 3 });
  const account = fc.oneof(fc.record({ id: fc.oneof(fc.string(), fc.integer()), name: fc.oneof(fc.string(), fc.constant(null)) }, { requiredKeys: [] }), anyJson);
  const activity = fc.record(
    {
      type: fc.oneof(fc.constantFrom('message', 'conversationUpdate', 'installationUpdate', 'event', 'invoke', 'typing', 'messageReaction', ''), fc.string(), anyJson),
      text: fc.oneof(fc.string({ maxLength: 600 }), fc.string({ unit: 'grapheme', maxLength: 50 }), anyJson),
      id: fc.oneof(fc.string(), anyJson),
      channelId: fc.oneof(fc.constantFrom('emulator', 'webchat', 'msteams', 'directline'), fc.string(), anyJson),
      conversation: fc.oneof(fc.record({ id: fc.oneof(fc.string(), anyJson), conversationType: fc.oneof(fc.constantFrom('personal', 'channel', 'groupChat'), anyJson) }, { requiredKeys: [] }), anyJson),
      from: account,
      recipient: account,
      membersAdded: fc.oneof(fc.array(account, { maxLength: 3 }), anyJson),
      entities: fc.oneof(fc.array(fc.record({ type: fc.oneof(fc.constant('mention'), fc.string()), text: fc.string() }), { maxLength: 3 }), anyJson),
      value: anyJson,
      channelData: anyJson,
      timestamp: fc.oneof(fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'not a date' : d.toISOString())), anyJson),
      deliveryMode: fc.constantFrom('expectReplies', 'normal', undefined),
      serviceUrl: fc.constantFrom('http://127.0.0.1:9/', undefined),
      action: fc.oneof(fc.constantFrom('add', 'remove'), anyJson),
    },
    { requiredKeys: [] },
  );

  // Mostly-valid activities: a real message with none to two of its fields replaced by anything.
  const mutated = fc
    .tuple(fc.constantFrom('What is ICORN?', 'network', 'thanks', 'start over', 'None of these', ''), activity, fc.nat({ max: 2 }))
    .map(([text, changes, keep]) => ({ ...userMessage(text, 'conv-fuzz'), ...Object.fromEntries(Object.entries(changes).slice(0, keep)) }));

  it('never answers a client error with a 5xx, and the server stays up', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 2, arbitrary: activity }, { weight: 1, arbitrary: anyJson }), async (body) => {
        const result = await post(bot.url, JSON.stringify(body));
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        expect(result.status, JSON.stringify(body).slice(0, 300)).toBeLessThan(500);
        expect(result.text).not.toMatch(/\bat \S+\.(js|ts):\d+/);
      }),
      { numRuns: 400, seed: 20261128 },
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    // The property exercised both sides: valid activities answered and invalid ones refused.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(10);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(10);
  }, 120_000);
});

describe('junk tokens', () => {
  it('leave the SDK\'s issuer list the same size after 2,000 tenants it has never seen', async () => {
    const bot = await startBot({ MicrosoftAppId: '3f7c9d2e-1b4a-4c6d-8e9f-0a1b2c3d4e5f', MicrosoftAppPassword: 'x', LOG_LEVEL: 'silent' });
    try {
      const issuers = EmulatorValidation.ToBotFromEmulatorTokenValidationParameters.issuer as string[];
      const before = issuers.length;
      for (let i = 0; i < 2000; i += 1) {
        const tid = `${(i + 0x10000000).toString(16)}-1111-2222-3333-444455556666`;
        // Not a skill token (no version claim): the SDK checks it as a possible Emulator token.
        const token = unsignedToken({ iss: `https://sts.windows.net/${tid}/`, tid, aud: 'x' });
        const result = await post(bot.url, userMessage('hi', `junk-${i}`), { authorization: `Bearer ${token}` });
        expect(result.status).toBe(401);
      }
      expect(issuers.length).toBe(before);
    } finally {
      await bot.close();
    }
  }, 120_000);
});

describe('no lost turns', () => {
  it('counts every one of 30 turns sent at once in one conversation', async () => {
    const bot = await startBot({ LOG_LEVEL: 'silent' });
    try {
      // Questions the bot cannot answer: each turn writes to the feedback log on disk between
      // loading and saving the conversation state, so unserialised turns would overlap.
      const questions = ['can you book a hotel', 'what is the weather', 'play some music', 'order a taxi', 'email', 'what is the capital of peru'];
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => post(bot.url, userMessage(questions[i % questions.length]!, 'conv-concurrent', { channelId: 'webchat' }))),
      );
      expect(results.every((r) => r.status === 200 && replyTexts(r).length === 1)).toBe(true);
      const key = 'webchat/conversations/conv-concurrent/';
      const stored = (await bot.app.storage.read([key]))[key] as { faqMemory?: { turns?: number } };
      expect(stored.faqMemory?.turns).toBe(30);
    } finally {
      await bot.close();
    }
  });
});
