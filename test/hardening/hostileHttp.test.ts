import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validHost } from '../../src/http/httpGuard.js';
import { post, startBot, userMessage, type RunningBot } from '../helpers.js';

/** Sends raw bytes and returns the status line (or what happened). */
function raw(url: string, request: string | Buffer, waitMs = 2000): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    let out = '';
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    socket.on('data', (chunk) => (out += chunk.toString('latin1')));
    socket.on('close', () => resolve(out.split('\r\n')[0] ?? ''));
    socket.on('error', (error) => resolve(`error ${error.message}`));
    setTimeout(() => {
      socket.destroy();
      resolve(out.split('\r\n')[0] || 'no answer');
    }, waitMs);
  });
}

describe('hostile HTTP', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ MAX_IN_FLIGHT: '3' });
  });
  afterAll(() => bot.close());
  const alive = async () => (await fetch(`${bot.url}/healthz`)).status;

  it.each(['foo|bar', 'a b', 'exa mple.com', 'http://x/y', 'example.com:99999', '[::1', 'host/path', ''])('answers 400 to the Host %j and keeps serving', async (host) => {
    const status = await raw(bot.url, `POST /api/messages HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
    expect(status).toBe('HTTP/1.1 400 Bad Request');
    expect(await alive()).toBe(200);
  });

  it('accepts the Hosts real clients send', () => {
    for (const host of ['localhost:3978', '127.0.0.1', '[::1]:3978', 'icorn-bot.azurewebsites.net', 'a.b-c.d:443']) expect(validHost(host), host).toBe(true);
  });

  it('answers 415 to a body marked gzip that is not gzip, and keeps serving', async () => {
    const result = await post(bot.url, 'not gzip at all', { 'content-encoding': 'gzip' });
    expect(result.status).toBe(415);
    expect(await alive()).toBe(200);
  });

  it('never inflates a compressed body (a few KB that would become 100 MB)', async () => {
    const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 'a'));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const before = process.memoryUsage().rss;
    for (const encoding of ['gzip', 'deflate', 'br', 'GZIP', 'identity, gzip']) {
      const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: bomb });
      expect(response.status, encoding).toBe(415);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    expect(await alive()).toBe(200);
  });

  it('accepts an identity content encoding', async () => {
    expect((await post(bot.url, userMessage('email'), { 'content-encoding': 'identity' })).status).toBe(200);
  });

  it('answers 503 when too many turns are in flight, not a slow death, and /healthz still answers', async () => {
    // Three requests that send their headers and then stall mid-body hold the three places.
    const { port } = new URL(bot.url);
    const stalled = [1, 2, 3].map(
      () =>
        new Promise<ReturnType<typeof connect>>((resolve) => {
          const socket = connect(Number(port), '127.0.0.1', () => {
            socket.write(`POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"type":`);
            setTimeout(() => resolve(socket), 100);
          });
        }),
    );
    const sockets = await Promise.all(stalled);
    const busy = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(userMessage('email')) });
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    // The health check has no cap: the platform must not take a busy bot for a dead one.
    expect(await alive()).toBe(200);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await alive()).toBe(200);
  });

  it('sets header, request and keep-alive timeouts', () => {
    const server = bot.app.server.server;
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(30_000);
    expect(server.keepAliveTimeout).toBe(5_000);
  });
});
