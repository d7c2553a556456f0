import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication, type Activity, type Storage, type StoreItems } from 'botbuilder';
import { ClaimsIdentity, type ConnectorClientOptions } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/state/boundedMemoryStorage.js';
import { post, replyTexts, startBot, userMessage, type RunningBot } from '../helpers.js';
import { health, hungServer } from './slowClient.js';

/**
 * Issue 20, timeouts: an outgoing call that never returns, or a turn that never ends, frees its
 * conversation within the configured time, with a log line, and the bot goes on serving.
 */

/** Posts with a deadline of its own, so a hang fails the test instead of stalling it. */
async function postWithin(url: string, body: unknown, ms: number): Promise<{ status: number; afterMs: number; text: string }> {
  const started = Date.now();
  try {
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(ms) });
    return { status: response.status, afterMs: Date.now() - started, text: await response.text() };
  } catch {
    return { status: 0, afterMs: Date.now() - started, text: 'no answer in time' };
  }
}

describe('a reply call that never returns (normal delivery, a hung service URL)', () => {
  let bot: RunningBot;
  let service: Awaited<ReturnType<typeof hungServer>>;
  beforeAll(async () => {
    service = await hungServer();
    bot = await startBot({ OUTGOING_TIMEOUT_MS: '500', TURN_TIMEOUT_MS: '20000' });
  });
  afterAll(async () => {
    await bot.close();
    await service.close();
  });

  it('is cut off at OUTGOING_TIMEOUT_MS, logged, and the conversation answers its next turn', async () => {
    const conversation = 'hung-reply';
    const stuck = await postWithin(bot.url, userMessage('What is ICORN?', conversation, { channelId: 'webchat', serviceUrl: service.url, deliveryMode: 'normal' }), 8000);
    expect(service.requests()).toBeGreaterThanOrEqual(1);
    expect(stuck.status).toBe(200);
    // The reply and the apology each wait at most 0.5 s, retries included.
    expect(stuck.afterMs).toBeLessThan(4000);
    const failed = bot.logs.filter((l) => l.includes('"msg":"turn failed"'));
    expect(failed.length).toBeGreaterThanOrEqual(1);
    const next = await post(bot.url, userMessage('What is ICORN?', conversation, { channelId: 'webchat' }));
    expect(next.status).toBe(200);
    expect(replyTexts(next)).toEqual([bot.app.engine.entry('what-is-icorn')?.answer]);
    expect((await health(bot.url)).status).toBe(200);
  }, 20_000);
});

describe('the SDK defect TimedConnectorFactory works around', () => {
  it('the SDK still drops the request policies given to ConfigurationBotFrameworkAuthentication in ConnectorClientOptions', async () => {
    // A service URL that answers at once: the call completes, and the policy would have seen it.
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"1"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    let seen = 0;
    const spy: Extract<NonNullable<ConnectorClientOptions['requestPolicyFactories']>, unknown[]>[number] = {
      create: (next) => ({
        sendRequest: (request) => {
          seen += 1;
          return next.sendRequest(request);
        },
      }),
    };
    const authentication = new ConfigurationBotFrameworkAuthentication({}, undefined, undefined, undefined, { requestPolicyFactories: [spy] });
    const client = await authentication.createConnectorFactory(new ClaimsIdentity([], true)).create(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, undefined);
    const sent = await client.conversations.replyToActivity('c', 'a', { type: 'message', text: 'x' } as Activity);
    server.close();
    expect(sent.id).toBe('1');
    // When this fails the SDK honours the option: give the timeout policy to the SDK's own factory and drop TimedConnectorFactory.
    expect(seen).toBe(0);
  });
});

describe('a turn that never ends', () => {
  let bot: RunningBot;
  let hang = false;
  /** The bot's own store, except that reads hang while `hang` is set (storage that stopped answering). */
  class HangingStorage implements Storage {
    private readonly inner = new BoundedMemoryStorage({ ttlMs: 60_000, maxItems: 100 });
    read(keys: string[]): Promise<StoreItems> {
      return hang ? new Promise(() => undefined) : this.inner.read(keys);
    }
    write(changes: StoreItems): Promise<void> {
      return this.inner.write(changes);
    }
    delete(keys: string[]): Promise<void> {
      return this.inner.delete(keys);
    }
  }
  beforeAll(async () => {
    bot = await startBot({ TURN_TIMEOUT_MS: '700' }, { storage: new HangingStorage() });
  });
  afterAll(() => bot.close());

  it('frees its conversation at TURN_TIMEOUT_MS with a log line; the next turn of that conversation runs', async () => {
    const conversation = 'stuck-turn';
    hang = true;
    const first = postWithin(bot.url, userMessage('What is ICORN?', conversation), 8000);
    // A second turn of the same conversation waits behind the stuck one, then runs.
    await new Promise((resolve) => setTimeout(resolve, 100));
    hang = false;
    const second = postWithin(bot.url, userMessage('What is ICORN?', conversation), 8000);
    expect((await health(bot.url)).status).toBe(200);
    const [stuck, next] = await Promise.all([first, second]);
    expect(stuck.status).toBe(200);
    expect(stuck.afterMs).toBeGreaterThanOrEqual(600);
    expect(stuck.afterMs).toBeLessThan(3000);
    expect(next.status).toBe(200);
    expect(next.afterMs).toBeLessThan(3000);
    expect(next.text).toContain(JSON.stringify(bot.app.engine.entry('what-is-icorn')?.answer).slice(1, 40));
    const timedOut = bot.logs.filter((l) => l.includes('turn timed out'));
    expect(timedOut).toHaveLength(1);
    expect(JSON.parse(timedOut[0]!)).toMatchObject({ level: 40, timeoutMs: 700 });
    expect(timedOut[0]).not.toContain(conversation);
  }, 20_000);
});

describe('the Direct Line token exchange', () => {
  let bot: RunningBot;
  let directLine: Awaited<ReturnType<typeof hungServer>>;
  beforeAll(async () => {
    directLine = await hungServer();
    bot = await startBot({ WEBCHAT_BRIDGE: 'false', DIRECT_LINE_SECRET: 'secret-not-used', DIRECT_LINE_ENDPOINT: directLine.url, OUTGOING_TIMEOUT_MS: '500' });
  });
  afterAll(async () => {
    await bot.close();
    await directLine.close();
  });

  it('gives up on a Direct Line that does not answer at OUTGOING_TIMEOUT_MS: 502 with a short reason', async () => {
    const started = Date.now();
    const response = await fetch(`${bot.url}/directline/token`, { method: 'POST', signal: AbortSignal.timeout(8000) });
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ error: 'Direct Line could not be reached' });
    expect(Date.now() - started).toBeLessThan(2500);
  }, 20_000);
});
