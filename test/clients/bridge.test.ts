import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/conversation/messages.js';
import { startBot, type RunningBot } from '../helpers.js';

/** Reads server-sent events from the bridge's stream until `done` says enough. */
async function readStream(url: string, token: string, done: (activities: Array<Record<string, unknown>>) => boolean, signal: AbortSignal) {
  const response = await fetch(url, { signal, headers: { authorization: `Bearer ${token}` } });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = response.body!.getReader();
  const activities: Array<Record<string, unknown>> = [];
  let buffer = '';
  while (!done(activities)) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    buffer += Buffer.from(value).toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame.split('\n').find((line) => line.startsWith('data: '));
      if (data) activities.push(JSON.parse(data.slice(6)) as Record<string, unknown>);
    }
  }
  await reader.cancel();
  return activities;
}

describe('the local Direct Line bridge', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  it('streams the welcome, echoes the user activity with its clientActivityID, and streams the answer', async () => {
    const created = await fetch(`${bot.url}/directline/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: { id: 'dl_user-1' } }) });
    expect(created.status).toBe(201);
    const { conversationId, token } = (await created.json()) as { conversationId: string; token: string };
    const controller = new AbortController();
    const texts = (list: Array<Record<string, unknown>>) => list.map((a) => a['text']);
    const streaming = readStream(
      `${bot.url}/directline/conversations/${conversationId}/stream`,
      token,
      (list) => texts(list).includes(bot.app.engine.entry('phone')?.answer),
      controller.signal,
    );
    // The welcome arrives once the stream is open; then the user asks.
    await new Promise((r) => setTimeout(r, 200));
    const posted = await fetch(`${bot.url}/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ type: 'message', text: 'phone', from: { id: 'dl_user-1', role: 'user' }, channelData: { clientActivityID: 'client-42' } }),
    });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    const activities = await streaming;
    controller.abort();

    expect(activities[0]?.['text']).toBe(messages.welcome);
    const echo = activities.find((a) => a['id'] === id);
    expect(echo?.['channelData']).toEqual({ clientActivityID: 'client-42' });
    expect(echo?.['from']).toMatchObject({ id: 'dl_user-1', role: 'user' });
    const answer = activities.find((a) => a['text'] === bot.app.engine.entry('phone')?.answer);
    expect(answer?.['from']).toMatchObject({ role: 'bot' });
    expect(answer?.['replyToId']).toBe(id);
    // The serviceUrl the bot replies to holds the conversation's bot key: the user never sees it.
    expect(JSON.stringify(activities)).not.toContain('/directline/bot/');
  });

  it('answers 404 for an unknown conversation and 400 for a bad activity, with the reason', async () => {
    const unknown = await fetch(`${bot.url}/directline/conversations/nope/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' });
    expect(unknown.status).toBe(404);
    const created = (await (await fetch(`${bot.url}/directline/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const activities = `${bot.url}/directline/conversations/${created.conversationId}/activities`;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${created.token}` };
    const bad = await fetch(activities, { method: 'POST', headers, body: '[]' });
    expect(bad.status).toBe(400);
    // What the bot would refuse is refused by the bridge, with the reason.
    const refused = await fetch(activities, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 42 }) });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^invalid activity: text /);
  });

  it('is off with an app id unless enabled; the page then gets a Direct Line token and never sees the secret', async () => {
    // Azure Direct Line cannot run here: a stand-in on loopback answers the token exchange.
    const seen: string[] = [];
    const directLine = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ conversationId: 'abc', token: 'short-lived-token', expires_in: 3600 }));
    });
    await new Promise<void>((resolve) => directLine.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(directLine.address() as AddressInfo).port}`;
    const production = await startBot({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', DIRECT_LINE_SECRET: 'dl-secret-value', DIRECT_LINE_ENDPOINT: endpoint });
    try {
      expect((await fetch(`${production.url}/directline/conversations`, { method: 'POST' })).status).toBe(404);
      expect(await (await fetch(`${production.url}/webchat/config`)).json()).toEqual({ mode: 'directline' });
      const token = await fetch(`${production.url}/directline/token`, { method: 'POST' });
      expect(await token.json()).toEqual({ token: 'short-lived-token', conversationId: 'abc', expiresIn: 3600 });
      expect(seen).toEqual(['POST /v3/directline/tokens/generate Bearer dl-secret-value']);
      const page = await (await fetch(`${production.url}/`)).text();
      expect(page).toContain('/webchat/webchat.js');
      expect(page).not.toContain('dl-secret-value');
    } finally {
      await production.close();
      await new Promise((resolve) => directLine.close(resolve));
    }
  });
});
