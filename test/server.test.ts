import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../src/conversation/messages.js';
import { fixtureKnowledge, post, replyTexts, startBot, userMessage, type RunningBot } from './helpers.js';

describe('the HTTP server', () => {
  let bot: RunningBot;
  let failOn: string | undefined;
  beforeAll(async () => {
    bot = await startBot({}, {
      onOutcome: (_context, outcome) => {
        if (failOn && outcome.entryId === failOn) throw new Error('simulated failure inside a turn');
      },
    });
  });
  afterAll(() => bot.close());

  it('reports health with the knowledge it serves', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; knowledge: { entries: number; version: string; loadedAt: string } };
    expect(body.status).toBe('ok');
    expect(body.knowledge.entries).toBe(bot.app.engine.knowledge.entries.length);
    expect(body.knowledge.version).toBe(bot.app.engine.knowledge.version);
    expect(Date.parse(body.knowledge.loadedAt)).not.toBeNaN();
    // The tests' server serves the frozen fixture (test/fixtures/knowledge), not the live knowledge/.
    expect(body.knowledge.version).toBe(fixtureKnowledge().version);
  });

  it.each([
    ['What is ICORN?', 'what-is-icorn'],
    ['How can my city join?', 'how-to-join'],
    ['Who can get a residency?', 'who-can-get-a-residency'],
    ['How do I contact them?', 'contact'],
  ])('answers %j through POST /api/messages', async (text, id) => {
    const result = await post(bot.url, userMessage(text, `conv-${id}`));
    expect(result.status).toBe(200);
    expect(replyTexts(result)).toEqual([bot.app.engine.entry(id)?.answer]);
    const reply = result.body.activities?.find((a) => a['type'] === 'message') as { conversation?: { id: string }; suggestedActions?: unknown };
    expect(reply.conversation?.id).toBe(`conv-${id}`);
    expect(reply.suggestedActions).toBeDefined();
  });

  it('sends the Emulator a trace of the match, and no other channel', async () => {
    const emulator = await post(bot.url, userMessage('whats the emial', 'conv-trace'));
    const trace = emulator.body.activities?.find((a) => a['type'] === 'trace') as { name?: string; label?: string; value?: Record<string, unknown> };
    expect(trace?.name).toBe('FaqDecision');
    expect(trace?.label).toBe('FAQ match');
    expect(trace?.value?.['decision']).toBe('answer');
    expect(trace?.value?.['terms']).toContainEqual(expect.objectContaining({ word: 'email', correctedFrom: 'emial' }));
    expect((trace?.value?.['candidates'] as Array<{ id: string }>)[0]?.id).toBe('email');

    const webchat = await post(bot.url, userMessage('whats the emial', 'conv-trace-2', { channelId: 'webchat' }));
    expect(webchat.body.activities?.map((a) => a['type'])).toEqual(['message']);
  });

  it('welcomes a user who joins the conversation', async () => {
    const result = await post(bot.url, {
      ...userMessage('', 'conv-welcome'),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'bot-1' }, { id: 'user-1' }],
    });
    expect(result.status).toBe(200);
    expect(replyTexts(result)).toEqual([messages.welcome]);
  });

  it.each([
    ['malformed JSON', '{"type": "message",', 'malformed JSON'],
    ['an array', '[1, 2]', 'invalid activity: activity must be a JSON object'],
    ['JSON null', 'null', 'invalid activity: activity must be a JSON object'],
    ['no type', { conversation: { id: 'c' } }, 'invalid activity: type is required'],
    ['no conversation', { type: 'message', text: 'hi' }, 'invalid activity: conversation is required'],
    ['a conversation without id', { type: 'message', conversation: {} }, 'invalid activity: conversation.id is required'],
    ['a numeric type', { type: 5, conversation: { id: 'c' } }, 'invalid activity: type must be of type string'],
    ['a numeric text', { ...userMessage('x'), text: 42 }, 'invalid activity: text must be of type string'],
    ['a string conversation', { type: 'message', conversation: 'c' }, 'invalid activity: conversation must be of type object'],
    ['members that are not accounts', { ...userMessage('x'), membersAdded: ['bob'] }, 'invalid activity: membersAdded.0 must be of type object'],
  ])('answers 400 with a short reason for %s', async (_, body, reason) => {
    const result = await post(bot.url, body);
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error: reason });
  });

  it('answers 413 for a body over 256 KB, and keeps serving', async () => {
    const result = await post(bot.url, { ...userMessage('x'), text: 'a'.repeat(300 * 1024) });
    expect(result.status).toBe(413);
    expect(result.body.error).toMatch(/larger than 262144 bytes/);
    expect((await post(bot.url, userMessage('email'))).status).toBe(200);
  });

  it('answers 415 for a body that is not JSON', async () => {
    const result = await post(bot.url, 'hello', { 'content-type': 'text/plain' });
    expect(result.status).toBe(415);
  });

  it('recovers from an error inside a turn: apology, cleared state, logged, still serving', async () => {
    const conversation = 'conv-failing';
    expect(replyTexts(await post(bot.url, userMessage('email', conversation)))).toEqual([bot.app.engine.entry('email')?.answer]);
    failOn = 'phone';
    const failed = await post(bot.url, userMessage('phone', conversation));
    failOn = undefined;
    expect(failed.status).toBe(200);
    expect(replyTexts(failed)).toContain(messages.apology);
    expect(failed.text).not.toMatch(/simulated failure|at .*\.ts/);
    expect(bot.logs.some((line) => line.includes('turn failed') && line.includes('simulated failure inside a turn'))).toBe(true);
    // The state was cleared: the bot no longer remembers answering "email".
    expect(replyTexts(await post(bot.url, userMessage('say that again', conversation)))).toEqual([messages.nothingToRepeat]);
  });

  it('never writes what users typed into the log at the default level', async () => {
    const secret = 'my name is Ayesha and I live at 12 Hidden Street';
    await post(bot.url, userMessage(secret, 'conv-private'));
    expect(bot.logs.join('\n')).not.toContain('Hidden Street');
  });
});
