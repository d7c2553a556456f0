import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { post, replyTexts, startBot, userMessage, type RunningBot } from '../helpers.js';
import { appIdSettings, signToken, startOpenIdServer, type OpenIdServer } from './openIdServer.js';
import { health, hungServer, settle, slowBody, slowClient, type SlowClient } from './slowClient.js';

/**
 * Issue 20, admission: no anonymous client takes the places of real turns, every cap refuses with
 * a status at once, timeouts fire when configured, and `/healthz` answers within 1 s during and
 * after each attack.
 */

const APP_ID = '3f7c9d2e-1b4a-4c6d-8e9f-0a1b2c3d4e5f';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const now = () => Math.floor(Date.now() / 1000);

/** Statuses of many outcomes, counted: `{ 'HTTP/1.1 401 Unauthorized': 300 }`. */
async function statuses(clients: SlowClient[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { status } of await Promise.all(clients.map((c) => c.outcome))) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe('admission with an app id', () => {
  let openId: OpenIdServer;
  let directLine: Awaited<ReturnType<typeof hungServer>>;
  let bot: RunningBot;
  const token = () => signToken(openId.privateKey, openId.keyId, { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now() - 60, exp: now() + 600 });
  const turn = (text = 'What is ICORN?') =>
    post(bot.url, userMessage(text, `adm-${Math.random()}`, { channelId: 'webchat', serviceUrl: SERVICE_URL }), { authorization: `Bearer ${token()}` });

  beforeAll(async () => {
    openId = await startOpenIdServer();
    directLine = await hungServer();
    bot = await startBot({
      ...appIdSettings(openId, APP_ID),
      MAX_IN_FLIGHT: '8',
      MAX_UNAUTHENTICATED: '8',
      REQUEST_TIMEOUT_MS: '1000',
      HEADERS_TIMEOUT_MS: '1000',
      DIRECT_LINE_SECRET: 'secret-not-used',
      DIRECT_LINE_ENDPOINT: directLine.url,
      OUTGOING_TIMEOUT_MS: '1500',
    });
    // The SDK writes some token rejections to console.error; kept out of the test output.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await turn()).status).toBe(200);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await bot.close();
    await directLine.close();
    await openId.close();
  });

  it.each([
    ['no Authorization header', ''],
    ['a token that does not verify', 'Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3Qta2V5LTEifQ.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2lnbmF0dXJl\r\n'],
  ])('300 slow bodies with %s get 401 before their body is read, and turns and /healthz go on', async (_, header) => {
    const attackers = Array.from({ length: 300 }, () => slowClient(bot.url, slowBody(header), 5000));
    await settle();
    const during = await health(bot.url);
    const turnDuring = await turn();
    const counts = await statuses(attackers);
    for (const attacker of attackers) attacker.socket.destroy();
    expect(counts).toEqual({ 'HTTP/1.1 401 Unauthorized': 300 });
    expect(Math.max(...(await Promise.all(attackers.map((a) => a.outcome))).map((o) => o.afterMs))).toBeLessThan(3000);
    expect(during.status).toBe(200);
    expect(turnDuring.status).toBe(200);
    expect(replyTexts(turnDuring)).toEqual([bot.app.engine.entry('what-is-icorn')?.answer]);
    expect((await health(bot.url)).status).toBe(200);
  }, 20_000);

  it('a slow body with a valid token gets 408 when REQUEST_TIMEOUT_MS (1 s) is up, not 30-40 s later', async () => {
    const slow = slowClient(bot.url, slowBody(`Authorization: Bearer ${token()}\r\n`), 10_000);
    await settle();
    expect(bot.app.guard.usage().turns).toBe(1);
    const { status, afterMs } = await slow.outcome;
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(afterMs).toBeGreaterThanOrEqual(900);
    expect(afterMs).toBeLessThan(2500);
    await settle(100);
    expect(bot.app.guard.usage().turns).toBe(0);
    expect((await health(bot.url)).status).toBe(200);
  }, 20_000);

  it('headers that never finish get 408 when HEADERS_TIMEOUT_MS (1 s) is up', async () => {
    const slow = slowClient(bot.url, 'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 10_000);
    const { status, afterMs } = await slow.outcome;
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(afterMs).toBeGreaterThanOrEqual(900);
    expect(afterMs).toBeLessThan(2500);
  }, 20_000);

  it('a POST /directline/token flood while Direct Line hangs: a few wait (then 502), the rest get 503 at once; turns and /healthz go on', async () => {
    const started = Date.now();
    const flood = Array.from({ length: 100 }, () =>
      fetch(`${bot.url}/directline/token`, { method: 'POST' }).then(
        async (r) => ({ status: r.status, afterMs: Date.now() - started, body: await r.text() }),
        () => ({ status: 0, afterMs: Date.now() - started, body: '' }),
      ),
    );
    await settle();
    const during = await health(bot.url);
    const turnDuring = await turn();
    const results = await Promise.all(flood);
    expect(during.status).toBe(200);
    expect(turnDuring.status).toBe(200);
    const busy = results.filter((r) => r.status === 503);
    const failed = results.filter((r) => r.status === 502);
    expect(busy.length + failed.length).toBe(100);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThanOrEqual(8);
    expect(Math.max(...failed.map((r) => r.afterMs))).toBeLessThan(4000);
    expect(JSON.parse(failed[0]!.body)).toEqual({ error: 'Direct Line could not be reached' });
    expect((await health(bot.url)).status).toBe(200);
  }, 20_000);
});

describe('admission in local mode (nothing authenticates)', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ MAX_IN_FLIGHT: '8', UNAUTHENTICATED_TIMEOUT_MS: '1000', MAX_STREAMS: '3', WEBCHAT_BRIDGE: 'true' });
  });
  afterAll(() => bot.close());

  it('slow bodies hold turn places for UNAUTHENTICATED_TIMEOUT_MS (1 s) only, the rest get 503 at once, and /healthz answers throughout', async () => {
    const attackers = Array.from({ length: 40 }, () => slowClient(bot.url, slowBody(), 5000));
    await settle();
    const during = await health(bot.url);
    const turnDuring = await post(bot.url, userMessage('email', 'local-adm'));
    const counts = await statuses(attackers);
    expect(during.status).toBe(200);
    expect(turnDuring.status).toBe(503);
    expect(counts).toEqual({ 'HTTP/1.1 503 Service Unavailable': 32, 'HTTP/1.1 408 Request Timeout': 8 });
    const timedOut = (await Promise.all(attackers.map((a) => a.outcome))).filter((o) => o.status.includes('408'));
    expect(Math.max(...timedOut.map((o) => o.afterMs))).toBeLessThan(2500);
    await settle(100);
    expect((await post(bot.url, userMessage('email', 'local-adm'))).status).toBe(200);
    expect((await health(bot.url)).status).toBe(200);
  }, 20_000);

  it('Web Chat streams have a pool of their own (MAX_STREAMS): not in flight, a turn still runs', async () => {
    const created = await fetch(`${bot.url}/directline/conversations`, { method: 'POST' });
    const { conversationId, token } = (await created.json()) as { conversationId: string; token: string };
    const open = (signal: AbortSignal) => fetch(`${bot.url}/directline/conversations/${conversationId}/stream?t=${token}`, { signal });
    const abort = new AbortController();
    const streams = await Promise.all([1, 2, 3].map(() => open(abort.signal)));
    expect(streams.map((s) => s.status)).toEqual([200, 200, 200]);
    const fourth = await open(abort.signal);
    expect(fourth.status).toBe(503);
    expect(bot.app.guard.usage().streams).toBe(3);
    // Shutdown waits for requests in flight, not for streams that never end.
    expect(bot.app.guard.inFlight()).toBe(0);
    await expect(bot.app.guard.idle()).resolves.toBeUndefined();
    expect((await post(bot.url, userMessage('email', 'local-streams'))).status).toBe(200);
    expect((await health(bot.url)).status).toBe(200);
    abort.abort();
  }, 20_000);
});

describe('the connection cap', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ MAX_CONNECTIONS: '100', HEADERS_TIMEOUT_MS: '1000' });
  });
  afterAll(() => bot.close());

  it('more connections than MAX_CONNECTIONS are refused, with one log line, and the bot serves again after', async () => {
    const before = bot.logs.length;
    const sockets = Array.from({ length: 150 }, () => slowClient(bot.url, '', 3000));
    await settle(500);
    const counts = await statuses(sockets);
    // Refused connections close at once; the 100 admitted stay open until the headers timeout (408).
    expect(counts['closed without an answer']).toBeGreaterThanOrEqual(40);
    const lines = bot.logs.slice(before).filter((l) => l.includes('connection cap reached'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, maxConnections: 100 });
    for (const socket of sockets) socket.socket.destroy();
    await settle();
    expect((await health(bot.url)).status).toBe(200);
  }, 20_000);
});
