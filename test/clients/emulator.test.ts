import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/conversation/messages.js';
import { fixtureKnowledgeDirWithAtRisk, post, startBot, userMessage, type RunningBot } from '../helpers.js';

/**
 * What Bot Framework Emulator sends on connect and on a message, in normal delivery mode: the bot
 * answers by calling the connector at the activity's serviceUrl, here a fake connector on loopback
 * that records what it receives (the Emulator's own connector cannot run here).
 */
interface Received {
  path: string;
  activity: { type: string; text?: string; name?: string; label?: string; value?: Record<string, unknown>; replyToId?: string };
}

function fakeConnector(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', activity: JSON.parse(body) as Received['activity'] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server })));
}

describe('Bot Framework Emulator', () => {
  let bot: RunningBot;
  let connector: Awaited<ReturnType<typeof fakeConnector>>;
  const conversation = { id: 'b7b4ff90-cd6c-11ef-9f4e-2b1f6c9a0c3a|livechat' };
  const user = { id: '5e1b3f0a-8f3c-4c5e-9d2e-0b8c1a2f3d4e', name: 'User', role: 'user' };
  const botAccount = { id: '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d', name: 'Bot', role: 'bot' };

  beforeAll(async () => {
    bot = await startBot();
    connector = await fakeConnector();
  });
  afterAll(async () => {
    await bot.close();
    await new Promise((resolve) => connector.server.close(resolve));
  });

  const emulatorActivity = (extra: Record<string, unknown>) => ({
    channelId: 'emulator',
    conversation,
    from: user,
    recipient: botAccount,
    serviceUrl: connector.url,
    locale: 'en-US',
    localTimestamp: '2026-11-28T11:00:00+01:00',
    timestamp: new Date().toISOString(),
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelData: { clientActivityID: `${Date.now()}${Math.random().toString(36).slice(2)}`, clientTimestamp: new Date().toISOString() },
    ...extra,
  });

  async function until(count: number): Promise<Received[]> {
    for (let i = 0; i < 100 && connector.received.length < count; i += 1) await new Promise((r) => setTimeout(r, 20));
    return connector.received;
  }

  it('welcomes on connect and answers through the connector, with a trace of the match', async () => {
    const connect = await post(
      bot.url,
      emulatorActivity({ type: 'conversationUpdate', membersAdded: [{ id: botAccount.id, name: 'Bot' }, { id: user.id, name: 'User' }] }),
    );
    expect(connect.status).toBe(200);
    const [welcome] = await until(1);
    expect(welcome?.activity.type).toBe('message');
    expect(welcome?.activity.text).toBe(messages.welcome);
    expect(welcome?.path.startsWith(`/v3/conversations/${encodeURIComponent(conversation.id)}/activities`)).toBe(true);

    const message = emulatorActivity({
      type: 'message',
      text: 'How do I contact ICORN?',
      textFormat: 'plain',
      entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
    });
    const sent = await post(bot.url, message);
    expect(sent.status).toBe(200);
    const all = await until(3);
    const turn = all.slice(1);
    const trace = turn.find((r) => r.activity.type === 'trace');
    const answer = turn.find((r) => r.activity.type === 'message');
    expect(answer?.activity.text).toBe(bot.app.engine.entry('contact')?.answer);
    expect(answer?.activity.replyToId).toBe(message.id);
    expect(answer?.path).toBe(`/v3/conversations/${encodeURIComponent(conversation.id)}/activities/${message.id}`);
    expect(trace?.activity.label).toBe('FAQ match');
    expect(trace?.activity.value?.['decision']).toBe('answer');
    expect(trace?.activity.value?.['mechanism']).toBe('match');
  });
});

describe('the Emulator trace of turns the engine does not decide', () => {
  it('traces a feedback turn and a reply in another language, as it traces answers', async () => {
    const bot = await startBot();
    try {
      const traces = async (extra: Record<string, unknown>, text: string) => {
        const result = await post(bot.url, userMessage(text, 'conv-traces', extra));
        return (result.body.activities ?? []).filter((a) => a['type'] === 'trace' && a['name'] === 'FaqDecision').map((a) => (a['value'] as Record<string, unknown>)['decision']);
      };
      expect(await traces({}, 'How do I contact ICORN?')).toEqual(['answer']);
      expect(await traces({ value: { feedback: 'helpful', entryId: 'contact' } }, 'Helpful')).toEqual(['feedback']);
      expect(await traces({}, 'Я журналист, и мне угрожают. Как подать заявку на резиденцию?')).toEqual(['language']);
    } finally {
      await bot.close();
    }
  });

  it('says which entry answered, when the at-risk entry came first, and which detail the page lacks', async () => {
    const bot = await startBot({ KNOWLEDGE_DIR: fixtureKnowledgeDirWithAtRisk() });
    try {
      const trace = async (text: string) => {
        const result = await post(bot.url, userMessage(text, 'conv-trace-detail'));
        const found = (result.body.activities ?? []).find((a) => a['type'] === 'trace' && a['name'] === 'FaqDecision');
        return found?.['value'] as Record<string, unknown> | undefined;
      };
      expect(await trace('They threatened me because of my articles. What is the phone number of ICORN?')).toMatchObject({ decision: 'answer', entryId: 'phone', mechanism: 'atRisk', atRiskFirst: true });
      expect(await trace('Is Geneva a member city?')).toMatchObject({ decision: 'notStated', detail: 'about' });
    } finally {
      await bot.close();
    }
  });
});
