import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { messages } from '../../src/conversation/messages.js';
import { BRIDGE_LIMITS } from '../../src/limits.js';
import { createLogger } from '../../src/logger.js';
import { FIXTURE_KNOWLEDGE, post, startBot, userMessage, type RunningBot } from '../helpers.js';

/**
 * Issue 20, the Web Chat bridge: each attack of the session, the status it now gets, and `/healthz`
 * answering within 1 s during and after.
 */

const JSON_TYPE = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface Created {
  conversationId: string;
  token: string;
}

async function create(url: string): Promise<Response> {
  return fetch(`${url}/directline/conversations`, { method: 'POST', headers: JSON_TYPE, body: '{}' });
}

async function conversation(url: string): Promise<Created> {
  const response = await create(url);
  expect(response.status).toBe(201);
  return (await response.json()) as Created;
}

function postActivity(url: string, created: Created, activity: unknown): Promise<Response> {
  return fetch(`${url}/directline/conversations/${created.conversationId}/activities`, {
    method: 'POST',
    headers: { ...JSON_TYPE, ...bearer(created.token) },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
}

/** An activity of about `bytes` bytes that the bot takes and does not answer. */
const bulky = (bytes: number) => ({ type: 'typing', value: 'x'.repeat(bytes) });

/** `/healthz` answers 200 within 1 s. */
async function expectHealthy(url: string): Promise<void> {
  const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
  expect(response.status).toBe(200);
}

/** An open stream: its raw text so far, and the activities in it. */
interface OpenStream {
  status: number;
  text: () => string;
  activities: () => Array<Record<string, unknown>>;
  ended: Promise<void>;
  until(done: (stream: OpenStream) => boolean, timeoutMs?: number): Promise<void>;
}

async function openStream(url: string, created: Created, signal: AbortSignal, headers: Record<string, string> = bearer(created.token)): Promise<OpenStream> {
  const response = await fetch(`${url}/directline/conversations/${created.conversationId}/stream`, { headers, signal });
  let text = '';
  const waiters = new Set<() => void>();
  const ended = (async () => {
    if (!response.ok || !response.body) return;
    try {
      for await (const chunk of response.body) {
        text += Buffer.from(chunk as Uint8Array).toString('utf8');
        for (const wake of waiters) wake();
      }
    } catch {
      // aborted by the test
    }
    for (const wake of waiters) wake();
  })();
  let finished = false;
  void ended.then(() => (finished = true));
  const stream: OpenStream = {
    status: response.status,
    text: () => text,
    ended,
    // Complete frames only; a frame with an `event:` line is not an activity.
    activities: () =>
      text
        .slice(0, text.lastIndexOf('\n\n') + 1)
        .split('\n\n')
        .map((frame) => frame.split('\n'))
        .filter((lines) => !lines.some((line) => line.startsWith('event: ')))
        .map((lines) => lines.find((line) => line.startsWith('data: ')))
        .filter((line): line is string => line !== undefined)
        .map((line) => JSON.parse(line.slice(6)) as Record<string, unknown>),
    async until(done, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!done(stream)) {
        if (finished) throw new Error(`the stream ended first: ${text.slice(0, 300)}`);
        if (Date.now() > deadline) throw new Error(`not seen within ${timeoutMs} ms: ${text.slice(0, 300)}`);
        await new Promise<void>((resolve) => {
          waiters.add(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
  };
  return stream;
}

const welcomed = (stream: OpenStream) => stream.activities().some((a) => a['text'] === messages.welcome);

describe('the Web Chat bridge under attack (issue 20)', () => {
  const running: RunningBot[] = [];
  const controllers: AbortController[] = [];
  afterEach(async () => {
    for (const controller of controllers.splice(0)) controller.abort();
    for (const bot of running.splice(0)) {
      const closed = bot.close();
      // Idle keep-alive connections of hundreds of requests would hold the close up for seconds.
      bot.app.server.server.closeAllConnections();
      await closed;
    }
  });
  async function bot(options: Parameters<typeof startBot>[1] = {}): Promise<RunningBot> {
    const started = await startBot({}, options);
    running.push(started);
    return started;
  }
  function signal(): AbortSignal {
    const controller = new AbortController();
    controllers.push(controller);
    return controller.signal;
  }

  it('refuses a value nested 30,000 arrays deep with 400; the stream then opens and the process lives', async () => {
    const { url } = await bot();
    const created = await conversation(url);
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    const posted = await postActivity(url, created, `{"type":"event","name":"deep","value":${deep}}`);
    expect(posted.status).toBe(400);
    expect(((await posted.json()) as { error: string }).error).toMatch(/nested|deep/i);
    await expectHealthy(url);
    const stream = await openStream(url, created, signal());
    expect(stream.status).toBe(200);
    await stream.until(welcomed);
    await expectHealthy(url);
  }, 30_000);

  it('refuses the 1,001st conversation with 503 and evicts none in use', async () => {
    const { url, app } = await bot();
    const first = await conversation(url);
    const stream = await openStream(url, first, signal());
    await stream.until(welcomed);
    for (let made = 1; made < BRIDGE_LIMITS.maxConversations; made += 50) {
      const batch = await Promise.all(Array.from({ length: Math.min(50, BRIDGE_LIMITS.maxConversations - made) }, () => create(url)));
      expect(batch.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    }
    const refused = await create(url);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toMatch(/too many/);
    await expectHealthy(url);
    // The first conversation still works: its stream is open and it gets an answer.
    expect((await postActivity(url, first, { type: 'message', text: 'phone' })).status).toBe(200);
    await stream.until((s) => s.activities().some((a) => a['text'] === app.engine.entry('phone')?.answer));
    await expectHealthy(url);
  }, 60_000);

  it('256 streams do not fill the in-flight cap: 4 per conversation (429), BRIDGE_LIMITS.maxStreams in all (503)', async () => {
    const started = await bot();
    const { url } = started;
    const created = await Promise.all(Array.from({ length: 64 }, () => conversation(url)));
    // Four streams on one conversation, then a fifth (before the HTTP guard's own stream pool,
    // MAX_STREAMS, is full: then the guard answers 503 first).
    const firstFour = await Promise.all(Array.from({ length: 4 }, () => openStream(url, created[0]!, signal())));
    expect(firstFour.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    expect((await openStream(url, created[0]!, signal())).status).toBe(429);
    const streams = [...firstFour, ...(await Promise.all(created.slice(1).flatMap((c) => Array.from({ length: 4 }, () => openStream(url, c, signal())))))];
    // Today's symptom first: with every stream in flight, /healthz got 503.
    await expectHealthy(url);
    const statuses = streams.map((s) => s.status);
    const open = statuses.filter((s) => s === 200).length;
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThanOrEqual(BRIDGE_LIMITS.maxStreams);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    await expectHealthy(url);
    // The bot still answers its channels.
    expect((await post(url, userMessage('phone', 'conv-streams'))).status).toBe(200);
    for (const controller of controllers.splice(0)) controller.abort();
    await expect.poll(() => started.app.bridge!.stats().streams).toBe(0);
    await expectHealthy(url);
  }, 60_000);

  it('a conversation nobody reads keeps at most maxBacklogBytes: further posts get 429, and its stream gets what was kept', async () => {
    const started = await bot();
    const { url } = started;
    const created = await conversation(url);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) statuses.push((await postActivity(url, created, bulky(60_000))).status);
    const kept = statuses.filter((s) => s === 200).length;
    expect(kept).toBeGreaterThan(0);
    expect(statuses.slice(kept)).toEqual(Array(20 - kept).fill(429));
    expect(started.app.bridge!.stats().bytes).toBeLessThanOrEqual(BRIDGE_LIMITS.maxBacklogBytes);
    await expectHealthy(url);
    const stream = await openStream(url, created, signal());
    await stream.until((s) => s.activities().filter((a) => a['type'] === 'typing').length === kept);
    await expectHealthy(url);
  }, 30_000);

  it('the whole bridge holds at most maxTotalBytes: past it, posts get 503', async () => {
    const started = await bot({ bridgeLimits: { maxTotalBytes: 1024 * 1024 } });
    const { url } = started;
    const statuses: number[] = [];
    for (let c = 0; c < 3; c += 1) {
      const created = await conversation(url);
      for (let i = 0; i < 10; i += 1) statuses.push((await postActivity(url, created, bulky(60_000))).status);
    }
    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s !== 200 && s !== 429 && s !== 503)).toEqual([]);
    expect(started.app.bridge!.stats().bytes).toBeLessThanOrEqual(1024 * 1024);
    await expectHealthy(url);
  }, 30_000);

  it('drops a stream whose reader does not read once maxStreamQueueBytes wait on it', async () => {
    const started = await bot();
    const { url } = started;
    const created = await conversation(url);
    const { port } = new URL(url);
    // A client that asks for the stream and never reads a byte of it.
    const socket = connect(Number(port), '127.0.0.1');
    socket.pause();
    socket.on('error', () => undefined);
    socket.write(`GET /directline/conversations/${created.conversationId}/stream HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${created.token}\r\n\r\n`);
    await expect.poll(() => started.app.bridge!.stats().streams).toBe(1);
    let posts = 0;
    while (started.app.bridge!.stats().streams === 1 && posts < 600) {
      expect((await postActivity(url, created, bulky(60_000))).status).toBe(200);
      posts += 1;
      expect(started.app.bridge!.stats().bytes).toBeLessThanOrEqual(BRIDGE_LIMITS.maxStreamQueueBytes);
    }
    expect(started.app.bridge!.stats().streams).toBe(0);
    expect(started.app.bridge!.stats().bytes).toBe(0);
    await expectHealthy(url);
    socket.destroy();
  }, 60_000);

  it('the stream, posts and delete need the conversation token; only the bot can post as the bot', async () => {
    const { url } = await bot();
    const mine = await conversation(url);
    const theirs = await conversation(url);
    expect(mine.token).toMatch(/^[\w-]{43}$/);
    const base = `${url}/directline/conversations/${mine.conversationId}`;

    for (const headers of [{}, bearer('wrong'), bearer(theirs.token), { authorization: mine.token }]) {
      expect((await openStream(url, mine, signal(), headers)).status).toBe(401);
      expect((await fetch(`${base}/activities`, { method: 'POST', headers: { ...JSON_TYPE, ...headers }, body: '{"type":"message","text":"hi"}' })).status).toBe(401);
      expect((await fetch(base, { method: 'DELETE', headers })).status).toBe(401);
    }
    // EventSource cannot send headers: the stream also takes the token as `t`.
    const viaQuery = await fetch(`${base}/stream?t=${encodeURIComponent(mine.token)}`, { signal: signal() });
    expect(viaQuery.status).toBe(200);
    await expectHealthy(url);

    // Posting as the bot: the connector's routes live under a secret path only the bot is given.
    const asBot = JSON.stringify({ type: 'message', text: 'I am the bot' });
    expect((await fetch(`${url}/directline/v3/conversations/${mine.conversationId}/activities`, { method: 'POST', headers: JSON_TYPE, body: asBot })).status).toBe(404);
    for (const key of ['guess', mine.token]) {
      const response = await fetch(`${url}/directline/bot/${key}/v3/conversations/${mine.conversationId}/activities`, { method: 'POST', headers: JSON_TYPE, body: asBot });
      expect(response.status).toBe(401);
    }

    expect((await fetch(base, { method: 'DELETE', headers: bearer(mine.token) })).status).toBe(204);
    expect((await fetch(base, { method: 'DELETE', headers: bearer(mine.token) })).status).toBe(404);
    await expectHealthy(url);
  }, 30_000);

  it('tells the user when the bot refuses a forwarded activity, instead of saying nothing', async () => {
    // An app id with the bridge forced on (config.ts refuses this at start): the bot answers 401.
    const config = { ...loadConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, KNOWLEDGE_WATCH: 'false', FEEDBACK_DIR: mkdtempSync(path.join(tmpdir(), 'icorn-bridge-')) }), webChatBridge: true };
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const app = createApp(config, { logger: createLogger('silent', sink) });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    running.push({ url, app, logs: [], close: () => new Promise((resolve) => (app.close(), app.server.close(() => resolve()))) });
    const created = await conversation(url);
    const stream = await openStream(url, created, signal());
    await stream.until((s) => s.activities().some((a) => String(a['text']).includes('cannot be reached')));
    await expectHealthy(url);
  }, 30_000);

  it('close() ends every stream with a shutdown event and refuses new conversations with 503', async () => {
    const started = await bot();
    const { url } = started;
    const created = await conversation(url);
    const stream = await openStream(url, created, signal());
    await stream.until(welcomed);
    started.app.bridge!.close();
    await stream.ended;
    expect(stream.text()).toMatch(/event: shutdown\ndata: \{"reason":"[^"]+"\}\n\n$/);
    expect((await create(url)).status).toBe(503);
    expect((await openStream(url, created, signal())).status).toBe(503);
    await expectHealthy(url);
  }, 30_000);
});
